package main

import (
	"fmt"
	"time"
)

// Targets of the scenarios.
const (
	noopMaxRequests   = 15
	noopTokenRequests = 1
	ratePerMinute     = 300 // the emulator's limit in the rate-limited runs, a real org's per token
	rateSlackPercent  = 15  // over the least time requests take at ratePerMinute
	// baselineSlackPercent is how much slower than the run without limits and without a client
	// budget a run may be.
	baselineSlackPercent    = 25
	noRefreshCPUPerResource = time.Millisecond
	// noopPlanSlackPercent is how much slower a no-op plan may be than plan -refresh=false.
	noopPlanSlackPercent = 30
	memoryLimitBytes     = 50 << 20
)

// The one-token figures before the token pool and the cheaper destroy (200 roles and 200 OAuth
// clients, emulator at 300 requests per minute per token): max_tokens = 1 must do as well.
const (
	oneTokenApplyBefore   = 76900 * time.Millisecond
	oneTokenDestroyBefore = 146 * time.Second
)

// targetResult is one checked target.
type targetResult struct {
	what string // the target, with the measurement
	met  bool
}

func noopTargets(r runResults) []targetResult {
	plan := r[runNoop][phasePlan]
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

// atOneTokenBound judges a phase's wall time against the pace of one token at ratePerMinute.
func atOneTokenBound(what string, res phaseResult) targetResult {
	ideal, bound := rateLimitBound(res.apiRequests(), ratePerMinute, rateSlackPercent)
	return targetResult{
		what: fmt.Sprintf("%s in %s: within %d%% of %d requests / %d per minute = %s, so at most %s",
			what, round(res.wall), rateSlackPercent, res.apiRequests(), ratePerMinute, round(ideal), round(bound)),
		met: res.wall <= bound,
	}
}

// nearBaseline judges a phase's wall time against the same phase of the baseline run.
func nearBaseline(what string, ph phase, res, base phaseResult) targetResult {
	bound := base.wall * (100 + baselineSlackPercent) / 100
	return targetResult{
		what: fmt.Sprintf("%s in %s: within %d%% of the %s of %s (unlimited emulator, provider budget off: %s), so at most %s",
			what, round(res.wall), baselineSlackPercent, ph, runBaseline, round(base.wall), round(bound)),
		met: base.wall > 0 && res.wall <= bound,
	}
}

// noTooMany requires a phase without answers 429.
func noTooMany(what string, res phaseResult) targetResult {
	return targetResult{what: fmt.Sprintf("%s: %d answers 429 (target 0)", what, res.tooMany()), met: res.tooMany() == 0}
}

// rateLimitTargets compares the rate-limited runs with the baseline; that each phase succeeded is
// checked by its exit status, as for every phase.
func rateLimitTargets(r runResults) []targetResult {
	base, limited, one := r[runBaseline], r[runRateLimit], r[runOneToken]
	var out []targetResult
	for _, ph := range []phase{phaseApply, phaseDestroy} {
		what := string(ph) + " at 300/min/token, default max_tokens"
		out = append(out, nearBaseline(what, ph, limited[ph], base[ph]), noTooMany(what, limited[ph]))
	}
	for _, c := range []struct {
		ph     phase
		before time.Duration
	}{{phaseApply, oneTokenApplyBefore}, {phaseDestroy, oneTokenDestroyBefore}} {
		what := string(c.ph) + " at max_tokens = 1"
		res := one[c.ph]
		out = append(out, atOneTokenBound(what, res), noTooMany(what, res), targetResult{
			what: fmt.Sprintf("%s in %s: no slower than before the token pool (%s)", what, round(res.wall), c.before),
			met:  res.wall <= c.before,
		})
	}
	return out
}

// destroyNotes gives the cost of a destroy per role and OAuth client pair. Two requests per pair
// cannot be reached: an OAuth client must be set inactive (a PUT) before its DELETE, and the role
// needs its own DELETE.
func destroyNotes(r runResults) []string {
	pairs := min(throughputSpec.roles, throughputSpec.oauthClients)
	var out []string
	for _, name := range []string{runBaseline, runRateLimit, runOneToken} {
		d := r[name][phaseDestroy]
		out = append(out, fmt.Sprintf("destroy of %s: %d API requests for %d role and OAuth client pairs, %.2f per pair "+
			"(at least 3: the inactive PUT an OAuth client needs before its DELETE, that DELETE, the role's DELETE)",
			name, d.apiRequests(), pairs, float64(d.apiRequests())/float64(pairs)))
	}
	return out
}

func unlimitedTargets(r runResults) []targetResult {
	return []targetResult{nearBaseline("apply, unlimited emulator, provider defaults", phaseApply, r[runUnlimited][phaseApply], r[runBaseline][phaseApply])}
}

// perClientTargets: when the emulator limits the OAuth client, more tokens cannot help; the pool
// must find that out with one request and go on with one token.
func perClientTargets(r runResults) []targetResult {
	apply := r[runPerClient][phaseApply]
	loaded := loadedTokens(apply)
	return []targetResult{
		{
			what: fmt.Sprintf("apply at 300/min per OAuth client: %d answers 429 (target at most 1, the request that finds the limit is per client)", apply.tooMany()),
			met:  apply.tooMany() <= 1,
		},
		{
			what: fmt.Sprintf("apply at 300/min per OAuth client: %d tokens carried more than %d requests (target 1: the pool stops at one token)", loaded, loadedTokenRequests),
			met:  loaded == 1,
		},
		atOneTokenBound("apply at 300/min per OAuth client", apply),
	}
}

// loadedTokenRequests is how many requests a token may carry without counting as carrying the
// load: the few of a provider process that only plans, and the single request of a token the
// pool tries and gives up.
const loadedTokenRequests = 20

// loadedTokens counts the phase's tokens that carried more than loadedTokenRequests requests.
func loadedTokens(res phaseResult) int {
	n := 0
	for _, t := range res.stats.Tokens {
		if t.Requests > loadedTokenRequests {
			n++
		}
	}
	return n
}

// cpuPerResource is a phase's provider CPU time divided over the configuration's resources.
func cpuPerResource(res phaseResult) time.Duration {
	if res.resources == 0 {
		return 0
	}
	return res.cpu / time.Duration(res.resources)
}

func cpuTargets(r runResults) []targetResult {
	noRefresh, plan := r[runBaseline][phasePlanNoRefresh], r[runBaseline][phasePlan]
	bound := noRefresh.wall * (100 + noopPlanSlackPercent) / 100
	return []targetResult{
		{
			what: fmt.Sprintf("plan -refresh=false: provider CPU %s over %d resources, %s per resource (target at most %s)",
				cpuTime(noRefresh), noRefresh.resources, perResource(noRefresh), noRefreshCPUPerResource),
			met: noRefresh.cpuKnown && cpuPerResource(noRefresh) <= noRefreshCPUPerResource,
		},
		{
			what: fmt.Sprintf("no-op plan in %s: within %d%% of plan -refresh=false (%s), so at most %s",
				round(plan.wall), noopPlanSlackPercent, round(noRefresh.wall), round(bound)),
			met: plan.wall <= bound,
		},
	}
}

func cpuNotes(r runResults) []string {
	var out []string
	for _, ph := range []phase{phaseApply, phasePlanNoRefresh, phasePlan, phaseDestroy} {
		res := r[runBaseline][ph]
		out = append(out, fmt.Sprintf("%s: provider CPU %s, %s per resource (%s of it seen while sampling its %d processes), wall %s",
			ph, cpuTime(res), perResource(res), res.sampledCPU.Round(10*time.Millisecond), res.processes, round(res.wall)))
	}
	if line := cpuFloorNote(r[runBaseline][phasePlanNoRefresh], r[runCPUFloor][phasePlanNoRefresh]); line != "" {
		out = append(out, line)
	}
	return out
}

// cpuFloorNote splits the CPU of a plan -refresh=false into what any plan costs the provider (the
// same plan of the smallest configuration: starting its processes, their TLS handshakes with
// Terraform, the schema) and what each resource adds, the part the provider's code can change.
func cpuFloorNote(plan, small phaseResult) string {
	if !plan.cpuKnown || !small.cpuKnown || plan.resources <= small.resources {
		return ""
	}
	each := (plan.cpu - small.cpu) / time.Duration(plan.resources-small.resources)
	return fmt.Sprintf("%s: of its %s, %s is what the same plan of %d resources costs (%d processes started), "+
		"%.2f ms per resource at %d; each further resource adds %.2f ms",
		phasePlanNoRefresh, cpuTime(plan), cpuTime(small), small.resources, small.processes,
		float64(small.cpu)/float64(plan.resources)/float64(time.Millisecond), plan.resources, float64(each)/float64(time.Millisecond))
}

func memoryTargets(r runResults) []targetResult {
	var peak int64
	for _, res := range r[runMemory] {
		peak = max(peak, res.peakRSS)
	}
	return []targetResult{{
		what: fmt.Sprintf("peak provider memory %s over apply, plan and destroy (target at most %s)",
			megabytes(peak), megabytes(memoryLimitBytes)),
		met: peak > 0 && peak <= memoryLimitBytes,
	}}
}
