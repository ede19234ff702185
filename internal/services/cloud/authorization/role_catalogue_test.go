package authorization_test

import (
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// expectNoWrites fails the test when the emulator saw any POST, PUT, PATCH or DELETE under /api/v2.
func expectNoWrites(t *testing.T, emu *emulator.Server) {
	t.Helper()
	for _, r := range emu.Stats().Requests {
		if r.Method != http.MethodGet && strings.HasPrefix(r.Route, "/api/v2/") {
			t.Errorf("%s %s was called %d times; a plan-time refusal must write nothing", r.Method, r.Route, r.Count)
		}
	}
}

// A policy the catalogue lacks would be accepted by a real org and silently not stored (R3): the
// plan refuses it, names the attribute and suggests the catalogue's spelling, before any write.
func TestAccCloudRole_catalogueRefusesAtPlan(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	role := func(policies string) string { return acctest.RolePoliciesConfig(env, "Refused", policies) }
	queueCondition := `conditions = { conjunction = "AND", terms = [{ variable_name = "Queue.id", operator = "EQ",
	  operands = [{ type = "QUEUE", queue_id = "8b3c1f0e-0000-4000-8000-000000000001" }] }] }`
	cases := []struct {
		name, policies string
		want           *regexp.Regexp
	}{
		{"domain typo", `{ domain = "analytcs", entity_name = "userObservation", action_set = ["view"] }`,
			regexp.MustCompile(`(?s)Unknown Permission Domain.*no domain "analytcs".*Did\s+you\s+mean\s+"analytics"\?`)},
		{"wrong action", `{ domain = "wfm", entity_name = "schedule", action_set = ["view", "adminster"] }`,
			regexp.MustCompile(`(?s)Unknown Permission Action.*wfm:schedule has\s+no\s+action\s+"adminster".*Did\s+you\s+mean\s+"administer"\?`)},
		{"wrong entity", `{ domain = "routing", entity_name = "queues", action_set = ["view"] }`,
			regexp.MustCompile(`(?s)Unknown Permission Entity.*Did\s+you\s+mean\s+"queue"\?`)},
		{"action of no entity of a wildcard", `{ domain = "directory", entity_name = "*", action_set = ["administer"] }`,
			regexp.MustCompile(`(?s)directory:\*\s+has\s+no\s+action\s+"administer"`)},
		{"conditions not allowed", `{ domain = "wfm", entity_name = "schedule", action_set = ["administer"], ` + queueCondition + ` }`,
			regexp.MustCompile(`(?s)Conditions Not Allowed.*wfm:schedule:administer`)},
		{"conditions on a wildcard that expands to actions without them", `{ domain = "routing", entity_name = "queue", action_set = ["*"], ` + queueCondition + ` }`,
			regexp.MustCompile(`(?s)Conditions Not Allowed.*routing:queue:add`)},
	}
	var steps []resource.TestStep
	for _, c := range cases {
		steps = append(steps, resource.TestStep{Config: role(c.policies), PlanOnly: true, ExpectError: c.want})
	}
	acctest.Test(t, resource.TestCase{Steps: steps})
	expectNoWrites(t, emu)
	// One catalogue read served every plan of the provider process.
	if n := emu.Stats().Count(http.MethodGet, "/api/v2/authorization/permissions"); n == 0 {
		t.Error("the catalogue was never read")
	}
}

// The catalogue is read once per provider process, however many roles plan against it.
func TestAccCloudRole_catalogueReadOncePerProcess(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	var roles strings.Builder
	for i := range 5 {
		fmt.Fprintf(&roles, `
resource "genesys_cloud_role" "r%[1]d" {
  name                = "Role %[1]d"
  permission_policies = [{ domain = "wfm", entity_name = "schedule", action_set = ["view"] }]
}
`, i)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{Config: env.ProviderConfig() + roles.String(), PlanOnly: true, ExpectNonEmptyPlan: true}},
	})
	// A plan-only step runs two plans (without and with refresh), each with its own provider
	// process; the seeded catalogue fits one page, so each process reads it with one request.
	if n := emu.Stats().Count(http.MethodGet, "/api/v2/authorization/permissions"); n != 2 {
		t.Errorf("the catalogue was read %d times by two plans of 5 roles, want once per plan", n)
	}
}

// R2: the API stores "*" expanded. The plan shows the expansion, the apply leaves the configured
// wildcards in state, and the next plan is empty.
func TestAccCloudRole_wildcardPolicy(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	config := acctest.RolePoliciesConfig(env, "Wildcards", `
    { domain = "wfm", entity_name = "schedule", action_set = ["*"] },
    { domain = "directory", entity_name = "*", action_set = ["view"] },
  `)
	want := []string{
		"directory:group:view", "directory:location:view", "directory:user:view",
		"wfm:schedule:add", "wfm:schedule:administer", "wfm:schedule:delete", "wfm:schedule:edit", "wfm:schedule:view",
	}
	effective := acctest.StringSetAttr("effective_permissions", want...)
	var roleID string
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckRolesDestroyed(&roleID),
		Steps: []resource.TestStep{
			{
				Config:           config,
				ConfigPlanChecks: acctest.ExpectPlan(acctest.ExpectPlannedAttr(acctest.RoleAddr, effective)),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.RoleAddr,
					acctest.Attr("permission_policies", knownvalue.SetExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{
							"domain": knownvalue.StringExact("wfm"), "entity_name": knownvalue.StringExact("schedule"),
							"action_set": acctest.StringSet("*"),
						}),
						knownvalue.ObjectPartial(map[string]knownvalue.Check{
							"domain": knownvalue.StringExact("directory"), "entity_name": knownvalue.StringExact("*"),
						}),
					})),
					effective,
				),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.RoleAddr, &roleID),
					env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
						var got []string
						for _, p := range r.PermissionPolicies {
							for _, a := range p.ActionSet {
								got = append(got, p.Domain+":"+p.EntityName+":"+a)
							}
						}
						slices.Sort(got)
						if !slices.Equal(got, want) {
							return fmt.Errorf("the API stores %v, want the expansion %v", got, want)
						}
						return nil
					}),
				),
			},
			acctest.EmptyPlanStep(config),
		},
	})
}

// R5: a built-in role keeps its name. Adopting it under another name, or renaming it once adopted,
// is refused at plan, before any write.
func TestAccCloudRole_renamedBuiltInRefusedAtPlan(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	employee := func(name string) string {
		return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  default_role_id = "employee"
  name            = %q
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = ["view"] }]
}
`, name)
	}
	want := regexp.MustCompile(`(?s)Built-In Role Cannot Be Renamed.*named\s+"Employee".*Set name = "Employee"`)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: employee("Staff"), PlanOnly: true, ExpectError: want},
			{
				Config: env.ProviderConfig() + `
resource "genesys_cloud_role" "test" {
  default_role_id = "nosuchrole"
  name            = "Nothing"
}
`,
				PlanOnly:    true,
				ExpectError: regexp.MustCompile(`Unknown Built-In Role`),
			},
		},
	})
	expectNoWrites(t, emu)

	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: employee("Employee")},
			{Config: employee("Everyone"), PlanOnly: true, ExpectError: want},
		},
	})
}

// A policy not known at plan time is checked by nobody before the apply: the plan leaves
// effective_permissions unknown, and the apply fills it from what the API stored.
func TestAccCloudRole_unknownPolicySkipsTheCheck(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	config := acctest.RolePoliciesConfig(env, "Known later",
		`{ domain = terraform_data.domain.output, entity_name = "schedule", action_set = ["view"] }`) + `
resource "terraform_data" "domain" {
  input = "wfm"
}
`
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config:            config,
				ConfigPlanChecks:  acctest.ExpectPlan(acctest.ExpectUnknown(acctest.RoleAddr, "effective_permissions")),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.RoleAddr, acctest.StringSetAttr("effective_permissions", "wfm:schedule:view")),
			},
			acctest.EmptyPlanStep(config),
		},
	})
}
