package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"

	"golang.org/x/sys/unix"
)

// waitCommand waits for a started command and returns, besides Wait's error, the CPU time of the
// command's children that exited and were waited for. Terraform waits for every provider process
// it starts, so that is the CPU the provider processes used, short-lived ones and last moments
// included, which sampling cannot promise. The command is left a zombie until its /proc/<pid>/stat
// is read (waitid with WNOWAIT), then reaped by Wait.
func waitCommand(cmd *exec.Cmd) (childrenCPU statCPU, known bool, err error) {
	var info unix.Siginfo
	for {
		err = unix.Waitid(unix.P_PID, cmd.Process.Pid, &info, unix.WEXITED|unix.WNOWAIT, nil)
		if !errors.Is(err, unix.EINTR) {
			break
		}
	}
	if err == nil {
		stat, readErr := os.ReadFile(fmt.Sprintf("/proc/%d/stat", cmd.Process.Pid))
		if readErr == nil {
			childrenCPU, known = parseStatCPU(stat)
		}
	}
	return childrenCPU, known, cmd.Wait()
}
