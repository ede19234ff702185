package main

import (
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestRateLimitBoundIsTheRequestsAtTheLimitPlusTheSlack(t *testing.T) {
	ideal, bound := rateLimitBound(500, 300, 15)
	if ideal != 100*time.Second || bound != 115*time.Second {
		t.Errorf("rateLimitBound(500, 300, 15%%) = %s, %s; want 1m40s, 1m55s", ideal, bound)
	}
}

func TestTargetsJudgeTheMeasurements(t *testing.T) {
	plan := func(api, tokens int) map[phase]phaseResult {
		return map[phase]phaseResult{phasePlan: {stats: emulator.Stats{Total: api + tokens, TokenRequests: tokens}}}
	}
	apply := func(api int, wall time.Duration) map[phase]phaseResult {
		return map[phase]phaseResult{phaseApply: {stats: emulator.Stats{Total: api}, wall: wall}}
	}
	memory := func(peak int64) map[phase]phaseResult {
		return map[phase]phaseResult{phaseApply: {peakRSS: 10 << 20}, phaseDestroy: {peakRSS: peak}}
	}
	for _, tc := range []struct {
		name    string
		targets []targetResult
		met     bool
	}{
		{"no-op plan within the targets", noopTargets(plan(15, 1)), true},
		{"no-op plan with one request too many", noopTargets(plan(16, 1)), false},
		{"no-op plan with a second token", noopTargets(plan(10, 2)), false},
		{"apply at the limit's pace", rateLimitTargets(apply(500, 114*time.Second)), true},
		{"apply slower than the limit allows", rateLimitTargets(apply(500, 116*time.Second)), false},
		{"memory under the limit in every phase", memoryTargets(memory(149 << 20)), true},
		{"memory over the limit in one phase", memoryTargets(memory(150 << 20)), false},
		{"memory unknown", memoryTargets(map[phase]phaseResult{phaseApply: {}}), false},
	} {
		met := true
		for _, target := range tc.targets {
			met = met && target.met
		}
		if met != tc.met {
			t.Errorf("%s: met = %v, want %v (%+v)", tc.name, met, tc.met, tc.targets)
		}
	}
}

func TestParseFlagsRejectsUnknownScenarios(t *testing.T) {
	if _, err := parseFlags([]string{"-scenario", "huge"}, discard{}); err == nil {
		t.Error("an unknown scenario was accepted")
	}
	o, err := parseFlags([]string{"-n", "1000", "-scenario", "targets"}, discard{})
	if err != nil || o.n != 1000 || o.scenario != "targets" || o.cloudBudget != -1 {
		t.Errorf("parseFlags = %+v, %v", o, err)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
