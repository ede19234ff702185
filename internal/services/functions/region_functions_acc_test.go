package functions_test

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// TestAccRegionFunctions calls every function on every region, by name and by domain, from a
// configuration of outputs alone, with no provider block: Terraform calls functions on a provider
// it never configures (TestRegionFunctionsAfterConfigureWithoutCloud covers one configured bare).
func TestAccRegionFunctions(t *testing.T) {
	var config strings.Builder
	var checks acctest.StateChecks
	for _, name := range slices.Sorted(maps.Keys(expected)) {
		for _, r := range contractRegions {
			for kind, input := range map[string]string{"name": r.name, "domain": r.domain} {
				output := fmt.Sprintf("%s_by_%s_%s", name, kind, strings.ReplaceAll(r.name, "-", "_"))
				fmt.Fprintf(&config, "output %q {\n  value = provider::genesys::%s(%q)\n}\n", output, name, input)
				checks = append(checks, acctest.ExpectOutput(output, expected[name](r.domain)))
			}
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		TerraformVersionChecks:   acctest.NeedsProviderFunctions,
		Steps: []resource.TestStep{{
			Config:            config.String(),
			ConfigStateChecks: checks,
		}},
	})
}

// TestAccRegionFunctionsRefuseABadRegion: each function's error reaches the user with the call it
// came from. Each is its own test case, as an ExpectError step must not be the last of a case
// that applied something.
func TestAccRegionFunctionsRefuseABadRegion(t *testing.T) {
	for name := range expected {
		t.Run(name, func(t *testing.T) {
			resource.Test(t, resource.TestCase{
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				TerraformVersionChecks:   acctest.NeedsProviderFunctions,
				Steps: []resource.TestStep{{
					Config: fmt.Sprintf("output \"bad\" {\n  value = provider::genesys::%s(\"us-east-9\")\n}\n", name),
					ExpectError: wrapped(fmt.Sprintf(`while calling provider::genesys::%s(region) Invalid value for "region" parameter: `+
						`"us-east-9" is not a Genesys Cloud region. Use one of: %s, or the region's domain such as mypurecloud.com.`,
						name, strings.Join(genesyscloud.Regions(), ", "))),
				}},
			})
		})
	}
}

// wrapped matches text however Terraform wraps its lines, up to the end of a line: a message that
// ends with a full stop of its own would show two.
func wrapped(text string) *regexp.Regexp {
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(strings.Join(words, `\s+`) + `\n`)
}
