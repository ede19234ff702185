package main

import (
	"strings"
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

// phases builds measurements: wall times and API requests by phase.
func phases(p ...phaseResult) map[phase]phaseResult {
	order := []phase{phaseApply, phaseDestroy}
	out := map[phase]phaseResult{}
	for i, r := range p {
		out[order[i]] = r
	}
	return out
}

func timed(api int, wall time.Duration) phaseResult {
	return phaseResult{stats: emulator.Stats{Total: api}, wall: wall}
}

func throttled(r phaseResult, tooMany int) phaseResult {
	r.stats.Requests = append(r.stats.Requests, emulator.RequestCount{Method: "POST", Route: "/api/v2/authorization/roles", Status: 429, Count: tooMany})
	return r
}

func withTokens(r phaseResult, requests ...int) phaseResult {
	for i, n := range requests {
		r.stats.Tokens = append(r.stats.Tokens, emulator.TokenCount{Token: i + 1, Requests: n})
	}
	return r
}

func cpuSpent(wall, cpu time.Duration) phaseResult {
	return phaseResult{wall: wall, cpu: cpu, cpuKnown: true, resources: 400}
}

func TestTargetsJudgeTheMeasurements(t *testing.T) {
	noop := func(api, tokens int) runResults {
		return runResults{runNoop: {phasePlan: {stats: emulator.Stats{Total: api + tokens, TokenRequests: tokens}}}}
	}
	// The baseline: apply 20 s, destroy 40 s. One token at 300/min: 400 requests take 80 s at least.
	rateLimited := func(limited, one map[phase]phaseResult) runResults {
		return runResults{runBaseline: phases(timed(400, 20*time.Second), timed(600, 40*time.Second)), runRateLimit: limited, runOneToken: one}
	}
	fastOne := phases(timed(300, 60*time.Second), timed(600, 130*time.Second))
	fastLimited := phases(timed(400, 25*time.Second), timed(600, 50*time.Second))
	unlimited := func(wall time.Duration) runResults {
		return runResults{runBaseline: phases(timed(400, 20*time.Second)), runUnlimited: phases(timed(400, wall))}
	}
	perClient := func(r phaseResult) runResults { return runResults{runPerClient: phases(r)} }
	cpu := func(noRefresh, plan phaseResult) runResults {
		return runResults{runBaseline: {phasePlanNoRefresh: noRefresh, phasePlan: plan}}
	}
	memory := func(peak int64) runResults {
		return runResults{runMemory: {phaseApply: {peakRSS: 10 << 20}, phaseDestroy: {peakRSS: peak}}}
	}
	for _, tc := range []struct {
		name    string
		targets []targetResult
		met     bool
	}{
		{"no-op plan within the targets", noopTargets(noop(15, 1)), true},
		{"no-op plan with one request too many", noopTargets(noop(16, 1)), false},
		{"no-op plan with a second token", noopTargets(noop(10, 2)), false},

		{"rate-limited runs near the baseline, one token fast", rateLimitTargets(rateLimited(fastLimited, fastOne)), true},
		{"rate-limited apply over 1.25 times the baseline", rateLimitTargets(rateLimited(
			phases(timed(400, 25100*time.Millisecond), timed(600, 50*time.Second)), fastOne)), false},
		{"rate-limited destroy over 1.25 times the baseline", rateLimitTargets(rateLimited(
			phases(timed(400, 25*time.Second), timed(600, 50100*time.Millisecond)), fastOne)), false},
		{"rate-limited apply with a 429", rateLimitTargets(rateLimited(
			phases(throttled(timed(400, 25*time.Second), 1), timed(600, 50*time.Second)), fastOne)), false},
		{"one-token apply past its bound", rateLimitTargets(rateLimited(fastLimited,
			phases(timed(300, 70*time.Second), timed(600, 130*time.Second)))), false},
		{"one-token apply within its bound but slower than before", rateLimitTargets(rateLimited(fastLimited,
			phases(timed(400, 77*time.Second), timed(600, 130*time.Second)))), false},
		{"one-token destroy slower than before", rateLimitTargets(rateLimited(fastLimited,
			phases(timed(300, 60*time.Second), timed(800, 147*time.Second)))), false},
		{"one-token destroy with a 429", rateLimitTargets(rateLimited(fastLimited,
			phases(timed(300, 60*time.Second), throttled(timed(600, 130*time.Second), 2)))), false},

		{"unlimited apply within 1.25 times the baseline", unlimitedTargets(unlimited(25 * time.Second)), true},
		{"unlimited apply slower", unlimitedTargets(unlimited(26 * time.Second)), false},

		{"per-client limit: one token and the single 429 that finds it", perClientTargets(perClient(
			throttled(withTokens(timed(400, 80*time.Second), 3, 396, 1), 1))), true},
		{"per-client limit: two 429s", perClientTargets(perClient(
			throttled(withTokens(timed(400, 80*time.Second), 3, 396, 1), 2))), false},
		{"per-client limit: the pool kept two tokens", perClientTargets(perClient(
			withTokens(timed(400, 80*time.Second), 3, 200, 197))), false},
		{"per-client limit: slower than one token", perClientTargets(perClient(
			withTokens(timed(400, 93*time.Second), 3, 397))), false},

		{"CPU within the targets", cpuTargets(cpu(cpuSpent(5*time.Second, 400*time.Millisecond), cpuSpent(6500*time.Millisecond, time.Second))), true},
		{"plan -refresh=false over 1 ms per resource", cpuTargets(cpu(cpuSpent(5*time.Second, 410*time.Millisecond), cpuSpent(5*time.Second, time.Second))), false},
		{"no-op plan over 1.3 times plan -refresh=false", cpuTargets(cpu(cpuSpent(5*time.Second, 400*time.Millisecond), cpuSpent(6600*time.Millisecond, time.Second))), false},
		{"CPU unknown", cpuTargets(cpu(phaseResult{wall: 5 * time.Second, resources: 400}, cpuSpent(5*time.Second, time.Second))), false},

		{"memory under the limit in every phase", memoryTargets(memory(50 << 20)), true},
		{"memory over the limit in one phase", memoryTargets(memory(50<<20 + 1)), false},
		{"memory unknown", memoryTargets(runResults{runMemory: {phaseApply: {}}}), false},
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

func TestDestroyNotesGiveTheRequestsPerPair(t *testing.T) {
	r := runResults{
		runBaseline:  {phaseDestroy: timed(600, time.Second)},
		runRateLimit: {phaseDestroy: timed(610, time.Second)},
		runOneToken:  {phaseDestroy: timed(601, time.Second)},
	}
	notes := destroyNotes(r)
	if len(notes) != 3 || !strings.Contains(notes[0], "3.00 per pair") || !strings.Contains(notes[1], "3.05 per pair") {
		t.Errorf("destroyNotes = %q", notes)
	}
}
