package main

import (
	"strings"
	"testing"
	"time"
)

func TestCPUFloorNoteSplitsAPlanIntoWhatAnyPlanCostsAndWhatEachResourceAdds(t *testing.T) {
	plan := phaseResult{cpu: time.Second, cpuKnown: true, resources: 400, processes: 3}
	small := phaseResult{cpu: 240 * time.Millisecond, cpuKnown: true, resources: 2, processes: 3}
	got := cpuFloorNote(plan, small)
	for _, want := range []string{"of its 1s, 240ms is what the same plan of 2 resources costs (3 processes started)",
		"0.60 ms per resource at 400", "each further resource adds 1.91 ms"} {
		if !strings.Contains(got, want) {
			t.Errorf("note %q lacks %q", got, want)
		}
	}
	for name, small := range map[string]phaseResult{
		"CPU unknown":        {resources: 2},
		"no smaller than it": {cpu: time.Second, cpuKnown: true, resources: 400},
	} {
		if got := cpuFloorNote(plan, small); got != "" {
			t.Errorf("%s: note %q, want none", name, got)
		}
	}
}
