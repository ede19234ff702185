package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// phase is one terraform command of a scenario.
type phase string

const (
	phaseApply   phase = "apply"
	phasePlan    phase = "plan" // a plan right after the apply: it must find nothing to change
	phaseDestroy phase = "destroy"
)

// scenario is a configuration, the phases run on it, and the targets it checks.
type scenario struct {
	name     string
	about    string
	spec     configSpec
	phases   []phase
	reported map[phase]bool // phases whose figures are printed; setup phases are not
	// rateLimit is the emulator's limit for this scenario; 0 takes the -rate-limit flag.
	rateLimit int
	// targets turns the measured phases into pass/fail lines; nil for none.
	targets func(map[phase]phaseResult) []targetResult
}

// Targets of the scenarios.
const (
	noopMaxRequests   = 15
	noopTokenRequests = 1
	ratePerMinute     = 300
	rateSlackPercent  = 15
	memoryLimitBytes  = 150 << 20
)

// scenarios returns the scenarios by name; n sizes the full one.
func scenarios(n int) map[string]scenario {
	all := []phase{phaseApply, phasePlan, phaseDestroy}
	return map[string]scenario{
		"full": {
			name:     "full",
			about:    fmt.Sprintf("%d roles, %d OAuth clients bound to them, %d GAuth environments with contact centers, data centers and CORS origins", n, n, n/10),
			spec:     configSpec{roles: n, oauthClients: n, gauthSets: n / 10},
			phases:   all,
			reported: map[phase]bool{phaseApply: true, phasePlan: true, phaseDestroy: true},
		},
		"noop": {
			name:     "noop",
			about:    "(a) a no-op plan over 1000 roles and 200 OAuth clients, after an apply that is not measured",
			spec:     configSpec{roles: 1000, oauthClients: 200},
			phases:   []phase{phaseApply, phasePlan},
			reported: map[phase]bool{phasePlan: true},
			targets:  noopTargets,
		},
		"ratelimit": {
			name:      "ratelimit",
			about:     fmt.Sprintf("(b) an apply of 500 roles against an emulator allowing %d requests per minute per token", ratePerMinute),
			spec:      configSpec{roles: 500},
			phases:    []phase{phaseApply},
			reported:  map[phase]bool{phaseApply: true},
			rateLimit: ratePerMinute,
			targets:   rateLimitTargets,
		},
		"memory": {
			name:     "memory",
			about:    "(c) the full scenario at N = 1000, checking the provider's peak memory",
			spec:     configSpec{roles: 1000, oauthClients: 1000, gauthSets: 100},
			phases:   all,
			reported: map[phase]bool{phaseApply: true, phasePlan: true, phaseDestroy: true},
			targets:  memoryTargets,
		},
	}
}

// targetResult is one checked target.
type targetResult struct {
	what string // the target, with the measurement
	met  bool
}

func noopTargets(r map[phase]phaseResult) []targetResult {
	plan := r[phasePlan]
	return []targetResult{
		{
			what: fmt.Sprintf("no-op plan: %d API requests (target at most %d)", plan.apiRequests(), noopMaxRequests),
			met:  plan.apiRequests() <= noopMaxRequests,
		},
		{
			what: fmt.Sprintf("no-op plan: %d token requests (target %d)", plan.stats.TokenRequests, noopTokenRequests),
			met:  plan.stats.TokenRequests == noopTokenRequests,
		},
	}
}

// rateLimitBound is the least time requests take at perMinute requests a minute, and that time
// plus slackPercent: the wall time must stay within the second.
func rateLimitBound(requests, perMinute, slackPercent int) (ideal, bound time.Duration) {
	ideal = time.Duration(requests) * time.Minute / time.Duration(perMinute)
	return ideal, ideal * time.Duration(100+slackPercent) / 100
}

// rateLimitTargets judges the apply's wall time; that the apply succeeded at all is checked by its
// exit status, as for every phase.
func rateLimitTargets(r map[phase]phaseResult) []targetResult {
	apply := r[phaseApply]
	ideal, bound := rateLimitBound(apply.apiRequests(), ratePerMinute, rateSlackPercent)
	return []targetResult{{
		what: fmt.Sprintf("apply without error (%d answers 429 on the way) in %s: within %d%% of %d requests / %d per minute = %s, so at most %s",
			apply.tooMany(), round(apply.wall), rateSlackPercent, apply.apiRequests(), ratePerMinute, round(ideal), round(bound)),
		met: apply.wall <= bound,
	}}
}

func memoryTargets(r map[phase]phaseResult) []targetResult {
	var peak int64
	for _, res := range r {
		peak = max(peak, res.peakRSS)
	}
	return []targetResult{{
		what: fmt.Sprintf("peak provider memory %s over apply, plan and destroy (target under %s)",
			megabytes(peak), megabytes(memoryLimitBytes)),
		met: peak > 0 && peak < memoryLimitBytes,
	}}
}

// runScenario runs a scenario's phases against a fresh emulator in dir and prints the figures of
// its reported phases.
func runScenario(ctx context.Context, sc scenario, o options, bin, dir string, out *printer) (map[phase]phaseResult, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("work directory: %w", err)
	}
	rateLimit := sc.rateLimit
	if rateLimit == 0 {
		rateLimit = o.rateLimit
	}
	emu, err := startEmulator(ctx, bin, rateLimit, dir)
	if err != nil {
		return nil, err
	}
	defer emu.stop()

	spec := sc.spec
	spec.url, spec.cloudBudget = emu.url, o.cloudBudget
	tf, err := newTerraform(o.terraform, bin, dir, spec)
	if err != nil {
		return nil, err
	}
	out.printf("\n### scenario %s: %s\n", sc.name, sc.about)
	out.printf("emulator rate limit: %s; provider cloud budget: %s; terraform parallelism: 10 (its default)\n",
		perMinute(rateLimit), perMinute(o.cloudBudget))

	results := map[phase]phaseResult{}
	for _, ph := range sc.phases {
		res, err := runPhase(ctx, emu, tf, ph)
		if err != nil {
			return nil, err
		}
		results[ph] = res
		if sc.reported[ph] {
			out.phase(ph, res)
		}
	}
	out.summary(sc, results)
	return results, nil
}

// runPhase runs one terraform command and measures it; the emulator's counters are read before
// and after, so the difference is that phase's traffic alone.
func runPhase(ctx context.Context, emu *emulatorProcess, tf *terraformRunner, ph phase) (phaseResult, error) {
	before, err := emu.stats(ctx)
	if err != nil {
		return phaseResult{}, err
	}
	run, err := tf.run(ctx, ph)
	if err != nil {
		return phaseResult{}, err
	}
	after, err := emu.stats(ctx)
	if err != nil {
		return phaseResult{}, err
	}
	return phaseResult{stats: subtractStats(after, before), wall: run.wall, peakRSS: run.peakRSS, processes: run.processes}, nil
}

// perMinute describes a request budget: negative is the provider's default, 0 none.
func perMinute(v int) string {
	switch {
	case v < 0:
		return "the provider's default"
	case v == 0:
		return "none"
	}
	return fmt.Sprintf("%d per minute", v)
}
