package main

import (
	"errors"
	"os/exec"
	"testing"
)

// The CPU of a child that its parent waited for is counted, and the exit status still comes
// through; the grandchild here does a fixed amount of work, so the test does not depend on time.
func TestWaitCommandCountsTheCPUOfWaitedForChildren(t *testing.T) {
	cmd := exec.CommandContext(t.Context(), "sh", "-c", `sh -c 'i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done'; exit 3`)
	if err := cmd.Start(); err != nil {
		t.Skip("no sh:", err)
	}
	children, known, err := waitCommand(cmd)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Errorf("waitCommand error = %v, want exit status 3", err)
	}
	if !known || children.children <= 0 {
		t.Errorf("children's CPU = %+v (known %v), want the inner shell's loop counted", children, known)
	}
}
