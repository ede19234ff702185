package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseStatCPUReadsOwnAndChildrenTimes(t *testing.T) {
	// A terraform process whose command name holds a space and a parenthesis: fields are counted
	// from the last ')'. utime 475, stime 25, cutime 1200, cstime 30 (ticks of 10 ms).
	line := "4242 (terraform (x) y) S 1 4242 4242 0 -1 4194304 5000 100 0 0 475 25 1200 30 20 0 12 0 900 1300000000 9000 18446744073709551615\n"
	got, ok := parseStatCPU([]byte(line))
	want := statCPU{own: 5 * time.Second, children: 12300 * time.Millisecond}
	if !ok || got != want {
		t.Errorf("parseStatCPU = %+v, %v; want %+v", got, ok, want)
	}
	for _, bad := range []string{"", "4242 terraform S 1", "4242 (terraform) S 1 2 3", strings.Replace(line, " 475 ", " x ", 1)} {
		if _, ok := parseStatCPU([]byte(bad)); ok {
			t.Errorf("parseStatCPU(%q) gave a value", bad)
		}
	}
}
