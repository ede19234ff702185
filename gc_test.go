package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// The provider paces its collector unless the environment does; an explicit GOGC or GOMEMLIMIT
// is the user's and stays.
func TestTuneGCLeavesTheEnvironmentsSettings(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(1 << 40)
	tuneGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC percent = %d, want the environment's 100 kept", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("with GOMEMLIMIT set, memory limit = %d, want the environment's kept", got)
	}
}

func TestTuneGCPacesTheCollectorByDefault(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	unsetenv(t, "GOGC")
	unsetenv(t, "GOMEMLIMIT")
	tuneGC()
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GC percent = %d, want %d", got, gcPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != memoryLimit {
		t.Errorf("memory limit = %d, want %d", got, memoryLimit)
	}
}

// unsetenv removes key for the test, restoring it afterwards.
func unsetenv(t *testing.T, key string) {
	t.Setenv(key, "") // restores the old value at the end
	if err := os.Unsetenv(key); err != nil {
		t.Fatal(err)
	}
}
