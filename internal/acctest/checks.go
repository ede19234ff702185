package acctest

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/compare"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// CompareEqual asserts two state values are the same.
var CompareEqual = compare.ValuesSame()

// CaptureID stores the id of a resource in state, for checks that ask the API.
func CaptureID(addr string, id *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[addr]
		if !ok {
			return fmt.Errorf("%s not in state", addr)
		}
		*id = rs.Primary.ID
		return nil
	}
}

func CaptureAttr(addr, name string, v *string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs, ok := s.RootModule().Resources[addr]
		if !ok {
			return fmt.Errorf("%s not in state", addr)
		}
		*v = rs.Primary.Attributes[name]
		return nil
	}
}

// ErrorText matches an error message however Terraform wrapped its lines.
func ErrorText(message string) *regexp.Regexp {
	return regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(message), " ", `\s+`))
}

// ErrorPhrases matches an error message that says the phrases in this order, with anything
// between them, however Terraform wrapped their lines.
func ErrorPhrases(phrases ...string) *regexp.Regexp {
	parts := make([]string, 0, len(phrases))
	for _, p := range phrases {
		parts = append(parts, strings.Join(strings.Fields(regexp.QuoteMeta(p)), `\s+`))
	}
	return regexp.MustCompile(`(?s)` + strings.Join(parts, ".*"))
}

// CheckNoValueInState fails when any attribute of any resource in the state contains one of the values.
func CheckNoValueInState(values ...string) resource.TestCheckFunc {
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

// ExpectOnlyChanged is a plan check: the resource's planned change touches exactly these
// top-level attributes.
func ExpectOnlyChanged(addr string, attrs ...string) plancheck.PlanCheck {
	sort.Strings(attrs)
	return OnlyChanged{addr: addr, attrs: attrs}
}

// PlanErrorCase is a configuration that must fail at plan time with an error matching want.
type PlanErrorCase struct {
	Name   string
	Config string
	Want   *regexp.Regexp
}

// CheckPlanErrors plans each configuration expecting its error, then asserts that validation made
// no API request: configuration errors must surface before any call. versionChecks gate cases
// that need a newer CLI (write-only attributes).
func CheckPlanErrors(t *testing.T, env *Env, cases []PlanErrorCase, versionChecks ...tfversion.TerraformVersionCheck) {
	t.Helper()
	steps := make([]resource.TestStep, 0, len(cases))
	for _, c := range cases {
		steps = append(steps, resource.TestStep{Config: c.Config, PlanOnly: true, ExpectError: c.Want})
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: ProviderFactories,
		TerraformVersionChecks:   versionChecks,
		Steps:                    steps,
	})
	if env.emu == nil {
		t.Log("not checked against a real org, which has no request counters: that validation made no API request")
		return
	}
	if n := env.emu.Stats().Total; n != 0 {
		t.Errorf("plan-time validation made %d API requests, want none", n)
	}
}

func (c OnlyChanged) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, rc := range req.Plan.ResourceChanges {
		if rc.Address != c.addr || rc.Change == nil {
			continue
		}
		before, _ := rc.Change.Before.(map[string]any)
		after, _ := rc.Change.After.(map[string]any)
		var changed []string
		for name := range mergeKeys(before, after) {
			if !reflect.DeepEqual(before[name], after[name]) {
				changed = append(changed, name)
			}
		}
		sort.Strings(changed)
		if !slices.Equal(changed, c.attrs) {
			resp.Error = fmt.Errorf("%s: the plan changes %v, want exactly %v", c.addr, changed, c.attrs)
		}
		return
	}
	resp.Error = fmt.Errorf("%s has no planned change", c.addr)
}

func mergeKeys(maps ...map[string]any) map[string]struct{} {
	out := map[string]struct{}{}
	for _, m := range maps {
		for k := range m {
			out[k] = struct{}{}
		}
	}
	return out
}

// UUIDPattern is a GAuth id as the provider generates one: a UUID.
var UUIDPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// LookupErrorCase is the body of a data source lookup that must fail, and the error it must fail
// with.
type LookupErrorCase struct {
	Body string
	Want *regexp.Regexp
}

// CheckLookupErrors reads, a step each, the data source "x" of type dataSource with each case's
// body, expecting the case's error: how a lookup refuses attributes that select wrongly, and
// reports no object or several.
func CheckLookupErrors(t *testing.T, env *Env, dataSource string, cases ...LookupErrorCase) {
	t.Helper()
	steps := make([]resource.TestStep, len(cases))
	for i, c := range cases {
		steps[i] = resource.TestStep{Config: env.ProviderConfig() + fmt.Sprintf("data %q \"x\" {\n%s\n}\n", dataSource, c.Body), ExpectError: c.Want}
	}
	resource.Test(t, resource.TestCase{ProtoV6ProviderFactories: ProviderFactories, Steps: steps})
}
