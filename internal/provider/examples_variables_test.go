package provider

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// variableBlock is a top-level variable block of an example: its name and body.
var variableBlock = regexp.MustCompile(`(?ms)^variable "(\w+)" \{(.*?)^\}`)

// examplesPassedOtherwise are variables without a default whose example explains how to pass them
// and for which no emulator value makes sense.
var examplesPassedOtherwise = map[string]string{
	"orgs": "guides/multiple-orgs: the credentials of each customer org, from a .tfvars file or TF_VAR_orgs",
}

// TestExamplesDoNotPromptAgainstTheEmulator: a configuration copied from an example and run
// with the testing guide's emulator.env loaded must not stop to ask for a variable. Variables
// without a default (secrets the user chooses) are therefore set by emulator.env.
func TestExamplesDoNotPromptAgainstTheEmulator(t *testing.T) {
	var set []string
	for _, line := range emulatorEnvFile(t, "http://127.0.0.1:8080") {
		if name, ok := strings.CutPrefix(strings.SplitN(line, "=", 2)[0], "TF_VAR_"); ok {
			set = append(set, name)
		}
	}
	for _, dir := range exampleDirs(t) {
		if strings.HasPrefix(dir, "modules/") {
			continue // a module's inputs come from its caller
		}
		for name, raw := range exampleFiles(t, dir) {
			for _, m := range variableBlock.FindAllStringSubmatch(string(raw), -1) {
				variable, body := m[1], m[2]
				if regexp.MustCompile(`(?m)^\s*default\s*=`).MatchString(body) || slices.Contains(set, variable) {
					continue
				}
				if _, ok := examplesPassedOtherwise[variable]; !ok {
					t.Errorf("%s: variable %q has no default and emulator.env does not set TF_VAR_%s: terraform would prompt for it", name, variable, variable)
				}
			}
		}
	}
}
