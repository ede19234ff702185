package provider

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const RoleAddr = "genesys_cloud_role.test"

func RoleConfig(env *Env, description, wfmAction string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name        = "Partner Integration"
  description = %[1]q
  permissions = ["group_creation"]
  permission_policies = [
    {
      domain      = "analytics"
      entity_name = "userObservation"
      action_set  = ["view"]
    },
    {
      domain      = "wfm"
      entity_name = "schedule"
      action_set  = [%[2]q]
    },
    {
      domain      = "analytics"
      entity_name = "conversationDetail"
      action_set  = ["view"]
      conditions = {
        conjunction = "AND"
        terms = [{
          variable_name = "Queue.id"
          operator      = "EQ"
          operands      = [{ type = "QUEUE", queue_id = "8b3c1f0e-0000-4000-8000-000000000001" }]
        }]
      }
    },
  ]
}
`, description, wfmAction)
}

func TestAccCloudRole_lifecycle(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	var roleID string

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckRolesDestroyed(&roleID),
		Steps: []resource.TestStep{
			{
				Config: RoleConfig(env, "first", "administer"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(RoleAddr, plancheck.ResourceActionCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("name"), knownvalue.StringExact("Partner Integration")),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("description"), knownvalue.StringExact("first")),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("permissions"), knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("group_creation")})),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("permission_policies"), knownvalue.SetSizeExact(3)),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("default_role_id"), knownvalue.Null()),
				},
				Check: resource.ComposeTestCheckFunc(
					CaptureID(RoleAddr, &roleID),
					env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
						if len(r.PermissionPolicies) != 3 {
							return fmt.Errorf("the API holds %d policies, want 3", len(r.PermissionPolicies))
						}
						for _, p := range r.PermissionPolicies {
							if p.EntityName == "conversationDetail" && (p.ResourceConditionNode == nil || len(p.ResourceConditionNode.Terms) != 1 ||
								p.ResourceConditionNode.Terms[0].Operands[0].Queue == nil) {
								return fmt.Errorf("the conversation-detail policy lost its queue condition: %+v", p.ResourceConditionNode)
							}
						}
						return nil
					}),
				),
			},
			{
				// The same configuration again plans nothing.
				Config: RoleConfig(env, "first", "administer"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				// Updated in place, keeping the id.
				Config: RoleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(RoleAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" {
						return fmt.Errorf("description is %q in the API, want second", r.Description)
					}
					return nil
				}),
			},
			{
				ResourceName:      RoleAddr,
				ImportState:       true,
				ImportStateKind:   resource.ImportCommandWithID,
				ImportStateVerify: true,
			},
			{
				ResourceName:    RoleAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					in := genesyscloud.RoleInput{Name: "Partner Integration", Description: "edited by hand",
						Permissions: []string{}, PermissionPolicies: []genesyscloud.PermissionPolicy{}}
					if _, err := env.Cloud.UpdateRole(context.Background(), roleID, in); err != nil {
						t.Fatal(err)
					}
				},
				Config: RoleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(RoleAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" || len(r.PermissionPolicies) != 3 {
						return fmt.Errorf("drift not corrected: %+v", r)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig: func() {
					if err := env.Cloud.DeleteRole(context.Background(), roleID); err != nil {
						t.Fatal(err)
					}
					WaitGone(t, env.Cloud.GetRole, roleID, func(*genesyscloud.Role) bool { return false })
				},
				Config: RoleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(RoleAddr, plancheck.ResourceActionCreate)},
				},
				Check: CaptureID(RoleAddr, &roleID),
			},
		},
	})
}

func TestAccCloudRole_adoptBuiltIn(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	builtIn, err := env.Cloud.RoleByDefaultID(context.Background(), "employee")
	if err != nil {
		t.Fatal(err)
	}
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  default_role_id = "employee"
  name            = %[1]q
  description     = "managed by Terraform"
  permission_policies = [{
    domain      = "directory"
    entity_name = "user"
    action_set  = ["view"]
  }]
}
`, builtIn.Name)

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			// Destroy gives the built-in role back with its defaults instead of deleting it.
			r, err := env.Cloud.GetRole(context.Background(), builtIn.ID)
			if err != nil {
				return fmt.Errorf("the built-in role is gone after destroy: %w", err)
			}
			if r.Description != builtIn.Description || len(r.PermissionPolicies) != len(builtIn.PermissionPolicies) {
				return fmt.Errorf("the built-in role was not restored: %+v", r)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("id"), knownvalue.StringExact(builtIn.ID)),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("default_role_id"), knownvalue.StringExact("employee")),
					statecheck.ExpectKnownValue(RoleAddr, tfjsonpath.New("description"), knownvalue.StringExact("managed by Terraform")),
				},
			},
			{
				ResourceName:      RoleAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
		},
	})
}

func TestAccCloudRole_validation(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	policy := func(body string) string {
		return env.ProviderConfig() + `
resource "genesys_cloud_role" "test" {
  name = "Invalid"
  permission_policies = [` + body + `]
}
`
	}
	cases := []struct {
		name, body string
		want       *regexp.Regexp
	}{
		{"empty action set", `{ domain = "routing", entity_name = "queue", action_set = [] }`, regexp.MustCompile(`set must contain at least 1`)},
		{"bad operator", `{ domain = "routing", entity_name = "queue", action_set = ["view"], conditions = {
			conjunction = "AND", terms = [{ variable_name = "Queue.id", operator = "NE", operands = [{ type = "SCALAR", value = "x" }] }] } }`,
			regexp.MustCompile(`value must be one of`)},
		{"bad conjunction", `{ domain = "routing", entity_name = "queue", action_set = ["view"], conditions = {
			conjunction = "XOR", terms = [{ variable_name = "Queue.id", operator = "EQ", operands = [{ type = "SCALAR", value = "x" }] }] } }`,
			regexp.MustCompile(`value must be one of`)},
		{"operand without its id", `{ domain = "routing", entity_name = "queue", action_set = ["view"], conditions = {
			conjunction = "AND", terms = [{ variable_name = "Queue.id", operator = "EQ", operands = [{ type = "QUEUE", value = "x" }] }] } }`,
			regexp.MustCompile(`type QUEUE\s+needs\s+queue_id`)},
	}
	var plans []PlanErrorCase
	for _, c := range cases {
		plans = append(plans, PlanErrorCase{c.name, policy(c.body), c.want})
	}
	CheckPlanErrors(t, env, plans)
}

// CheckRole asks the API for the role and runs check on it.
func (e *Env) CheckRole(id *string, check func(*genesyscloud.Role) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		r, err := Visible(e.Cloud.GetRole, *id)
		if err != nil {
			return err
		}
		return check(r)
	}
}

func (e *Env) CheckRolesDestroyed(id *string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		// The destroy does not wait for its delete to show in reads (a deleted role answers for
		// a while, REAL-ORG-BEHAVIOUR R4): this check does.
		err := AwaitGone(context.Background(), SettleWait, func(ctx context.Context) (bool, error) {
			_, err := e.Cloud.GetRole(ctx, *id)
			if transport.IsNotFound(err) {
				return true, nil
			}
			return false, err
		})
		if err != nil {
			return fmt.Errorf("role %s still exists after destroy: %w", *id, err)
		}
		return nil
	}
}
