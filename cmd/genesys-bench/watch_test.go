package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestParseVmHWMReadsTheHighWaterMarkInBytes(t *testing.T) {
	status := []byte("Name:\tterraform-provi\nVmPeak:\t 1300000 kB\nVmHWM:\t   38124 kB\nVmRSS:\t   30000 kB\n")
	if got, ok := parseVmHWM(status); !ok || got != 38124*1024 {
		t.Errorf("parseVmHWM = %d, %v; want %d", got, ok, 38124*1024)
	}
	if _, ok := parseVmHWM([]byte("Name:\tkthreadd\n")); ok {
		t.Error("a status without VmHWM (a kernel thread) gave a value")
	}
}

func TestWatchProcessesFindsTheProcessesOfAnExecutable(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc on this system")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if self, err = filepath.EvalSymlinks(self); err != nil {
		t.Fatal(err)
	}
	w := watchProcesses(self, time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	seen := w.finish()
	if seen.processes != 1 || seen.peakRSS <= 0 {
		t.Errorf("watching this test's own executable: %+v, want this one process and its memory", seen)
	}
}
