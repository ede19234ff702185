package main

import (
	"strings"
	"testing"
)

func TestParseFlagsRejectsUnknownScenarios(t *testing.T) {
	if _, err := parseFlags([]string{"-scenario", "huge"}, discard{}); err == nil {
		t.Error("an unknown scenario was accepted")
	}
	o, err := parseFlags([]string{"-n", "1000", "-scenario", "targets"}, discard{})
	if err != nil || o.n != 1000 || o.scenario != "targets" || o.cloudBudget != -1 || o.maxTokens != 0 {
		t.Errorf("parseFlags = %+v, %v", o, err)
	}
}

func TestEveryTargetScenarioExistsAndHasTargets(t *testing.T) {
	all := scenarios(options{n: 10, cloudBudget: -1})
	for _, name := range targetScenarios {
		if sc, ok := all[name]; !ok || sc.targets == nil {
			t.Errorf("scenario %q: missing or without targets", name)
		}
	}
}

// Scenarios share a run by its name, so two runs of one name must be the same run.
func TestRunsOfOneNameAreTheSameRun(t *testing.T) {
	seen := map[string]benchRun{}
	for _, sc := range scenarios(options{n: 10, cloudBudget: -1}) {
		for _, r := range sc.runs {
			if earlier, ok := seen[r.name]; ok && (earlier.about != r.about || earlier.spec != r.spec || earlier.emulator != r.emulator ||
				strings.Join(phaseNames(earlier.phases), ",") != strings.Join(phaseNames(r.phases), ",")) {
				t.Errorf("run %q is defined twice, differently", r.name)
			}
			seen[r.name] = r
		}
	}
}

func TestThroughputRunsSetTheIssuesSettings(t *testing.T) {
	all := scenarios(options{n: 10, cloudBudget: -1})
	runs := map[string]benchRun{}
	for _, sc := range all {
		for _, r := range sc.runs {
			runs[r.name] = r
		}
	}
	for _, c := range []struct {
		run       string
		emu       emulatorSettings
		budget    int
		maxTokens int
	}{
		{runBaseline, emulatorSettings{}, budgetOff, defaultTokens},
		{runRateLimit, emulatorSettings{rateLimit: 300}, providerDefault, defaultTokens},
		{runOneToken, emulatorSettings{rateLimit: 300}, providerDefault, 1},
		{runUnlimited, emulatorSettings{}, providerDefault, defaultTokens},
		{runPerClient, emulatorSettings{rateLimit: 300, perClient: true}, providerDefault, defaultTokens},
	} {
		r := runs[c.run]
		if r.emulator != c.emu || r.spec.cloudBudget != c.budget || r.spec.maxTokens != c.maxTokens ||
			r.spec.roles != 200 || r.spec.oauthClients != 200 || r.spec.gauthSets != 0 {
			t.Errorf("run %q = %+v", c.run, r)
		}
	}
}

func phaseNames(phases []phase) []string {
	out := make([]string, len(phases))
	for i, ph := range phases {
		out[i] = string(ph)
	}
	return out
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
