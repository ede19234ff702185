package main

import (
	"bytes"
	"strconv"
	"time"
)

// clockTick is the unit of the CPU times in /proc/<pid>/stat: USER_HZ, 100 on every Linux
// architecture the provider is built for.
const clockTick = 10 * time.Millisecond

// statCPU is the CPU time of a /proc/<pid>/stat line.
type statCPU struct {
	own      time.Duration // utime + stime: the process itself
	children time.Duration // cutime + cstime: its children that exited and were waited for
}

// parseStatCPU reads utime, stime, cutime and cstime (fields 14 to 17) of a /proc/<pid>/stat
// line. The command name (field 2) is in parentheses and may itself hold spaces and parentheses,
// so fields are counted from the last ')'.
func parseStatCPU(stat []byte) (statCPU, bool) {
	end := bytes.LastIndexByte(stat, ')')
	if end < 0 {
		return statCPU{}, false
	}
	fields := bytes.Fields(stat[end+1:]) // from field 3, the state
	const utime = 14 - 3
	if len(fields) < utime+4 {
		return statCPU{}, false
	}
	var ticks [4]int64
	for i := range ticks {
		n, err := strconv.ParseInt(string(fields[utime+i]), 10, 64)
		if err != nil || n < 0 {
			return statCPU{}, false
		}
		ticks[i] = n
	}
	return statCPU{
		own:      time.Duration(ticks[0]+ticks[1]) * clockTick,
		children: time.Duration(ticks[2]+ticks[3]) * clockTick,
	}, true
}
