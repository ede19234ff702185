package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// processWatch samples, until finished, every running process of one executable: its peak
// resident memory (VmHWM, Linux's high-water mark) and the CPU time it has used. Terraform starts
// the provider itself, several times per command, so the processes are found by their executable
// in /proc. A sample is read while a process runs: growth and CPU in the last moments of a
// process's life may go unseen (the exact CPU total comes from the terraform process, cpu_linux.go).
type processWatch struct {
	stop chan struct{}
	done chan struct{}
	peak map[int]int64         // by pid, bytes
	cpu  map[int]time.Duration // by pid, the latest utime+stime seen
}

func watchProcesses(exe string, every time.Duration) *processWatch {
	w := &processWatch{stop: make(chan struct{}), done: make(chan struct{}), peak: map[int]int64{}, cpu: map[int]time.Duration{}}
	go func() {
		defer close(w.done)
		ticker := time.NewTicker(every)
		defer ticker.Stop()
		for {
			w.sample(exe)
			select {
			case <-w.stop:
				return
			case <-ticker.C:
			}
		}
	}()
	return w
}

// watched is what a processWatch saw.
type watched struct {
	peakRSS   int64         // the highest high-water mark, bytes
	cpu       time.Duration // the sum over the processes of the CPU time last seen
	processes int
}

// finish stops sampling and returns what was seen.
func (w *processWatch) finish() watched {
	close(w.stop)
	<-w.done
	var out watched
	for _, p := range w.peak {
		out.peakRSS = max(out.peakRSS, p)
	}
	for _, c := range w.cpu {
		out.cpu += c
	}
	out.processes = max(len(w.peak), len(w.cpu))
	return out
}

// sample records the high-water mark and CPU time of each running process of exe. Without /proc
// (not Linux) nothing is recorded, and the benchmark reports the figures as unknown.
func (w *processWatch) sample(exe string) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		dir := filepath.Join("/proc", e.Name())
		if target, err := os.Readlink(filepath.Join(dir, "exe")); err != nil || target != exe {
			continue
		}
		if status, err := os.ReadFile(filepath.Join(dir, "status")); err == nil { //nolint:gosec // a /proc path built from a pid
			if hwm, ok := parseVmHWM(status); ok {
				w.peak[pid] = max(w.peak[pid], hwm)
			}
		}
		if stat, err := os.ReadFile(filepath.Join(dir, "stat")); err == nil { //nolint:gosec // a /proc path built from a pid
			if cpu, ok := parseStatCPU(stat); ok {
				w.cpu[pid] = max(w.cpu[pid], cpu.own)
			}
		}
	}
}

// parseVmHWM returns the VmHWM line of a /proc/<pid>/status file in bytes.
func parseVmHWM(status []byte) (int64, bool) {
	lines := bufio.NewScanner(bytes.NewReader(status))
	for lines.Scan() {
		value, ok := strings.CutPrefix(lines.Text(), "VmHWM:")
		if !ok {
			continue
		}
		fields := strings.Fields(value)
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, false
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, false
		}
		return kb << 10, true
	}
	return 0, false
}
