package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/go-version"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// requiredVersion is an example's `required_version = ">= X"`, the form the examples use.
var requiredVersion = regexp.MustCompile(`(?m)^\s*required_version\s*=\s*">=\s*([0-9.]+)"`)

// TestExamplesDeclareTheTerraformTheyNeed keeps each example's required_version honest: an
// example using a language feature of a later Terraform (terraformFeatures) must not declare an
// older minimum, or a user on that minimum gets a syntax error instead of a version message.
func TestExamplesDeclareTheTerraformTheyNeed(t *testing.T) {
	for _, dir := range exampleDirs(t) {
		for name, raw := range exampleFiles(t, dir) {
			declared := requiredVersion.FindSubmatch(raw)
			if declared == nil {
				continue
			}
			minimum := version.Must(version.NewVersion(string(declared[1])))
			for _, feature := range terraformFeatures {
				if !feature.uses.Match(raw) {
					continue
				}
				var resp tfversion.CheckTerraformVersionResponse
				feature.needs.CheckTerraformVersion(t.Context(), tfversion.CheckTerraformVersionRequest{TerraformVersion: minimum}, &resp)
				if resp.Skip != "" {
					t.Errorf("%s declares required_version >= %s but uses a feature (%s) of a later Terraform: %s", name, minimum, feature.uses, resp.Skip)
				}
			}
		}
	}
}
