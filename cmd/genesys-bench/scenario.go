package main

import (
	"context"
	"fmt"
	"os"
)

// phase is one terraform command of a run.
type phase string

const (
	phaseApply         phase = "apply"
	phasePlan          phase = "plan"               // a plan after the apply: it must find nothing to change
	phasePlanNoRefresh phase = "plan-refresh-false" // the same without reading the objects back
	phaseDestroy       phase = "destroy"
)

func (p phase) isPlan() bool { return p == phasePlan || p == phasePlanNoRefresh }

// benchRun is one emulator and one terraform working directory: a configuration with its provider
// settings, the emulator's limits, and the phases run on it in turn.
type benchRun struct {
	// name is also the run's work directory. Scenarios that name the same run share it: it runs
	// once per invocation.
	name     string
	about    string
	spec     configSpec
	emulator emulatorSettings
	phases   []phase
	reported map[phase]bool // phases whose figures are printed; setup phases are not
}

// runResults are the measured phases of the runs done, by run name.
type runResults map[string]map[phase]phaseResult

// scenario is the runs a question needs and the targets that answer it.
type scenario struct {
	name  string
	about string
	runs  []benchRun
	// targets turns the runs' measurements into pass/fail lines; nil for none.
	targets func(runResults) []targetResult
	// notes turns them into lines worth reading beside the targets; nil for none.
	notes func(runResults) []string
}

// throughputSpec is the configuration the throughput targets are set on: 200 roles with
// permission policies, each granted to a client-credentials OAuth client of its own.
var throughputSpec = configSpec{roles: 200, oauthClients: 200}

// Provider settings of the runs.
const (
	providerDefault = -1 // cloudBudget: the provider's default, 300 requests per minute per token
	budgetOff       = 0  // cloudBudget: no client-side budget
	defaultTokens   = 0  // maxTokens: the provider's default, 3
)

// throughputRun is a run of throughputSpec with the given settings.
func throughputRun(name, about string, emu emulatorSettings, cloudBudget, maxTokens int, phases ...phase) benchRun {
	spec := throughputSpec
	spec.cloudBudget, spec.maxTokens = cloudBudget, maxTokens
	reported := map[phase]bool{}
	for _, ph := range phases {
		reported[ph] = true
	}
	return benchRun{name: name, about: about, spec: spec, emulator: emu, phases: phases, reported: reported}
}

// Runs shared between scenarios, by name.
const (
	runBaseline  = "baseline"
	runRateLimit = "ratelimit-default-tokens"
	runOneToken  = "ratelimit-one-token"
	runUnlimited = "unlimited-defaults"
	runPerClient = "perclient"
	runNoop      = "noop"
	runMemory    = "memory"
	runCPUFloor  = "cpu-floor"
	runFull      = "full"
)

// scenarios returns the scenarios by name; o sizes and sets up the full one.
func scenarios(o options) map[string]scenario {
	all := []phase{phaseApply, phasePlan, phaseDestroy}
	everyPhase := map[phase]bool{phaseApply: true, phasePlan: true, phaseDestroy: true}
	baseline := throughputRun(runBaseline, "unlimited emulator, provider budget off, default max_tokens",
		emulatorSettings{}, budgetOff, defaultTokens, phaseApply, phasePlanNoRefresh, phasePlan, phaseDestroy)
	return map[string]scenario{
		"full": {
			name:  "full",
			about: fmt.Sprintf("%d roles, %d OAuth clients bound to them, %d GAuth environments with contact centers, data centers and CORS origins", o.n, o.n, o.n/10),
			runs: []benchRun{{
				name: runFull, about: "the settings of the command line",
				spec:     configSpec{roles: o.n, oauthClients: o.n, gauthSets: o.n / 10, cloudBudget: o.cloudBudget, maxTokens: o.maxTokens},
				emulator: emulatorSettings{rateLimit: o.rateLimit, perClient: o.perClient},
				phases:   all, reported: everyPhase,
			}},
		},
		"noop": {
			name:  "noop",
			about: "a no-op plan over 1000 roles and 200 OAuth clients, after an apply that is not measured",
			runs: []benchRun{{
				name: runNoop, about: "unlimited emulator, provider defaults",
				spec:   configSpec{roles: 1000, oauthClients: 200, cloudBudget: providerDefault},
				phases: []phase{phaseApply, phasePlan}, reported: map[phase]bool{phasePlan: true},
			}},
			targets: noopTargets,
		},
		"ratelimit": {
			name: "ratelimit",
			about: fmt.Sprintf("apply and destroy of 200 roles and 200 OAuth clients, emulator at %d requests per minute per token, "+
				"against the same without limits", ratePerMinute),
			runs: []benchRun{
				baseline,
				throughputRun(runRateLimit, "emulator limits each token, provider defaults",
					emulatorSettings{rateLimit: ratePerMinute}, providerDefault, defaultTokens, phaseApply, phaseDestroy),
				throughputRun(runOneToken, "emulator limits each token, provider at max_tokens = 1",
					emulatorSettings{rateLimit: ratePerMinute}, providerDefault, 1, phaseApply, phaseDestroy),
			},
			targets: rateLimitTargets,
			notes:   destroyNotes,
		},
		"unlimited": {
			name:  "unlimited",
			about: "apply of 200 roles and 200 OAuth clients, emulator without limits, provider defaults against provider budget off",
			runs: []benchRun{
				baseline,
				throughputRun(runUnlimited, "unlimited emulator, provider defaults",
					emulatorSettings{}, providerDefault, defaultTokens, phaseApply),
			},
			targets: unlimitedTargets,
		},
		"perclient": {
			name:  "perclient",
			about: fmt.Sprintf("apply of 200 roles and 200 OAuth clients, emulator at %d requests per minute per OAuth client", ratePerMinute),
			runs: []benchRun{throughputRun(runPerClient, "emulator limits the OAuth client over all its tokens, provider defaults",
				emulatorSettings{rateLimit: ratePerMinute, perClient: true}, providerDefault, defaultTokens, phaseApply)},
			targets: perClientTargets,
		},
		"cpu": {
			name:  "cpu",
			about: "the provider processes' CPU time per resource over 200 roles and 200 OAuth clients",
			runs: []benchRun{baseline, {
				name: runCPUFloor, about: "one role and one OAuth client: what a plan costs the provider whatever its size",
				spec:   configSpec{roles: 1, oauthClients: 1, cloudBudget: budgetOff},
				phases: []phase{phaseApply, phasePlanNoRefresh}, reported: map[phase]bool{phasePlanNoRefresh: true},
			}},
			targets: cpuTargets,
			notes:   cpuNotes,
		},
		"memory": {
			name:  "memory",
			about: "the full scenario at N = 1000, checking the provider's peak memory",
			runs: []benchRun{{
				name: runMemory, about: "unlimited emulator, provider defaults",
				spec:   configSpec{roles: 1000, oauthClients: 1000, gauthSets: 100, cloudBudget: providerDefault},
				phases: all, reported: everyPhase,
			}},
			targets: memoryTargets,
		},
	}
}

// targetScenarios are the scenarios `-scenario targets` runs, in turn.
var targetScenarios = []string{"noop", "ratelimit", "unlimited", "perclient", "cpu", "memory"}

// runBench runs a run's phases against a fresh emulator in dir and prints the figures of its
// reported phases.
func runBench(ctx context.Context, r benchRun, o options, bin, dir string, out *printer) (map[phase]phaseResult, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("work directory: %w", err)
	}
	emu, err := startEmulator(ctx, bin, r.emulator, dir)
	if err != nil {
		return nil, err
	}
	defer emu.stop()

	spec := r.spec
	spec.url = emu.url
	tf, err := newTerraform(o.terraform, bin, dir, spec)
	if err != nil {
		return nil, err
	}
	out.printf("\n#### run %s: %s\n", r.name, r.about)
	out.printf("%d resources; emulator rate limit: %s; provider budget: %s; max_tokens: %s; terraform parallelism: 10 (its default)\n",
		spec.resources(), r.emulator, perMinute(spec.cloudBudget), tokens(spec.maxTokens))

	results := map[phase]phaseResult{}
	for _, ph := range r.phases {
		res, err := runPhase(ctx, emu, tf, ph)
		if err != nil {
			return nil, err
		}
		res.resources = spec.resources()
		results[ph] = res
		if r.reported[ph] {
			out.phase(ph, res)
		}
	}
	out.summary(r, results)
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
	return phaseResult{
		stats: subtractStats(after, before), wall: run.wall, peakRSS: run.peakRSS, processes: run.processes,
		cpu: run.cpu, cpuKnown: run.cpuKnown, sampledCPU: run.sampledCPU,
	}, nil
}

// perMinute describes a request budget: negative is the provider's default, 0 none.
func perMinute(v int) string {
	switch {
	case v < 0:
		return "the provider's default (300 per minute per token)"
	case v == 0:
		return "none"
	}
	return fmt.Sprintf("%d per minute per token", v)
}

// tokens describes max_tokens: 0 is the provider's default.
func tokens(v int) string {
	if v == 0 {
		return "the provider's default (3)"
	}
	return fmt.Sprint(v)
}
