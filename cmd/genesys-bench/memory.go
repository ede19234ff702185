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

// memoryWatch samples, until finished, the peak resident memory (VmHWM, Linux's high-water mark)
// of every running process of one executable. Terraform starts the provider itself, several times
// per command, so the processes are found by their executable in /proc. A process's high-water
// mark is read while it runs; growth in the last moments of a process's life may go unseen.
type memoryWatch struct {
	stop chan struct{}
	done chan struct{}
	peak map[int]int64 // by pid, bytes
}

func watchMemory(exe string, every time.Duration) *memoryWatch {
	w := &memoryWatch{stop: make(chan struct{}), done: make(chan struct{}), peak: map[int]int64{}}
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

// finish stops sampling and returns the highest peak seen and how many processes were seen.
func (w *memoryWatch) finish() (peakBytes int64, processes int) {
	close(w.stop)
	<-w.done
	for _, p := range w.peak {
		peakBytes = max(peakBytes, p)
	}
	return peakBytes, len(w.peak)
}

// sample records the high-water mark of each running process of exe. Without /proc (not Linux)
// nothing is recorded, and the benchmark reports the memory as unknown.
func (w *memoryWatch) sample(exe string) {
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
		status, err := os.ReadFile(filepath.Join(dir, "status")) //nolint:gosec // a /proc path built from a pid
		if err != nil {
			continue // it exited meanwhile
		}
		if hwm, ok := parseVmHWM(status); ok {
			w.peak[pid] = max(w.peak[pid], hwm)
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
