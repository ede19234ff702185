package provider

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// Checks and matchers shared by the acceptance tests.

// compareEqual asserts two state values are the same.
var compareEqual = compare.ValuesSame()

// captureID stores the id of a resource in state, for checks that ask the API.
func captureID(addr string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[addr]
		if !ok {
			return fmt.Errorf("%s not in state", addr)
		}
		*id = rs.Primary.ID
		return nil
	}
}

func captureAttr(addr, name string, v *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[addr]
		if !ok {
			return fmt.Errorf("%s not in state", addr)
		}
		*v = rs.Primary.Attributes[name]
		return nil
	}
}

// errorText matches an error message however Terraform wrapped its lines.
func errorText(message string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(message), " ", `\s+`))
}

// checkNoValueInState fails when any attribute of any resource in the state contains one of the values.
func checkNoValueInState(values ...string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		for addr, rs := range s.RootModule().Resources {
			for name, v := range rs.Primary.Attributes {
				for _, secret := range values {
					if strings.Contains(v, secret) {
						return fmt.Errorf("%s.%s holds %q, which must never reach the state", addr, name, secret)
					}
				}
			}
		}
		return nil
	}
}

// expectOnlyChanged is a plan check: the resource's planned change touches exactly these
// top-level attributes.
func expectOnlyChanged(addr string, attrs ...string) plancheck.PlanCheck {
	sort.Strings(attrs)
	return onlyChanged{addr: addr, attrs: attrs}
}

// planErrorCase is a configuration that must fail at plan time with an error matching want.
type planErrorCase struct {
	name   string
	config string
	want   *regexp.Regexp
}

// testPlanErrors plans each configuration expecting its error, then asserts that validation made
// no API request: configuration errors must surface before any call. versionChecks gate cases
// that need a newer CLI (write-only attributes).
func testPlanErrors(t *testing.T, env *testEnv, cases []planErrorCase, versionChecks ...tfversion.TerraformVersionCheck) {
	t.Helper()
	steps := make([]resource.TestStep, 0, len(cases))
	for _, c := range cases {
		steps = append(steps, resource.TestStep{Config: c.config, PlanOnly: true, ExpectError: c.want})
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		TerraformVersionChecks:   versionChecks,
		Steps:                    steps,
	})
	if n := env.emu.Stats().Total; n != 0 {
		t.Errorf("plan-time validation made %d API requests, want none", n)
	}
}
