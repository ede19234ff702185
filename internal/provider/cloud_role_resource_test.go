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

const roleAddr = "genesys_cloud_role.test"

func roleConfig(env *testEnv, description, wfmAction string) string {
	return env.providerConfig() + fmt.Sprintf(`
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
	env := newTestEnv(t, emulator.Options{})
	var roleID string

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.checkRolesDestroyed(&roleID),
		Steps: []resource.TestStep{
			{
				Config: roleConfig(env, "first", "administer"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(roleAddr, plancheck.ResourceActionCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("name"), knownvalue.StringExact("Partner Integration")),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("description"), knownvalue.StringExact("first")),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("permissions"), knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("group_creation")})),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("permission_policies"), knownvalue.SetSizeExact(3)),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("default_role_id"), knownvalue.Null()),
				},
				Check: resource.ComposeTestCheckFunc(
					captureID(roleAddr, &roleID),
					env.checkRole(&roleID, func(r *genesyscloud.Role) error {
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
				Config: roleConfig(env, "first", "administer"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				// Updated in place, keeping the id.
				Config: roleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(roleAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.checkRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" {
						return fmt.Errorf("description is %q in the API, want second", r.Description)
					}
					return nil
				}),
			},
			{
				ResourceName:      roleAddr,
				ImportState:       true,
				ImportStateKind:   resource.ImportCommandWithID,
				ImportStateVerify: true,
			},
			{
				ResourceName:    roleAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					in := genesyscloud.RoleInput{Name: "Partner Integration", Description: "edited by hand",
						Permissions: []string{}, PermissionPolicies: []genesyscloud.PermissionPolicy{}}
					if _, err := env.cloud.UpdateRole(context.Background(), roleID, in); err != nil {
						t.Fatal(err)
					}
				},
				Config: roleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(roleAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.checkRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" || len(r.PermissionPolicies) != 3 {
						return fmt.Errorf("drift not corrected: %+v", r)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig: func() {
					if err := env.cloud.DeleteRole(context.Background(), roleID); err != nil {
						t.Fatal(err)
					}
					waitGone(t, env.cloud.GetRole, roleID, func(*genesyscloud.Role) bool { return false })
				},
				Config: roleConfig(env, "second", "view"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(roleAddr, plancheck.ResourceActionCreate)},
				},
				Check: captureID(roleAddr, &roleID),
			},
		},
	})
}

func TestAccCloudRole_adoptBuiltIn(t *testing.T) {
	t.Parallel()
	env := newTestEnv(t, emulator.Options{})
	builtIn, err := env.cloud.RoleByDefaultID(context.Background(), "employee")
	if err != nil {
		t.Fatal(err)
	}
	config := env.providerConfig() + fmt.Sprintf(`
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
			r, err := env.cloud.GetRole(context.Background(), builtIn.ID)
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
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("id"), knownvalue.StringExact(builtIn.ID)),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("default_role_id"), knownvalue.StringExact("employee")),
					statecheck.ExpectKnownValue(roleAddr, tfjsonpath.New("description"), knownvalue.StringExact("managed by Terraform")),
				},
			},
			{
				ResourceName:      roleAddr,
				ImportState:       true,
				ImportStateVerify: true,
			},
		},
	})
}

func TestAccCloudRole_validation(t *testing.T) {
	t.Parallel()
	env := newTestEnv(t, emulator.Options{})
	policy := func(body string) string {
		return env.providerConfig() + `
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
	var plans []planErrorCase
	for _, c := range cases {
		plans = append(plans, planErrorCase{c.name, policy(c.body), c.want})
	}
	testPlanErrors(t, env, plans)
}

// checkRole asks the API for the role and runs check on it.
func (e *testEnv) checkRole(id *string, check func(*genesyscloud.Role) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		r, err := visible(e.cloud.GetRole, *id)
		if err != nil {
			return err
		}
		return check(r)
	}
}

func (e *testEnv) checkRolesDestroyed(id *string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		// The destroy does not wait for its delete to show in reads (a deleted role answers for
		// a while, REAL-ORG-BEHAVIOUR R4): this check does.
		err := awaitGone(context.Background(), testSettleWait, func(ctx context.Context) (bool, error) {
			_, err := e.cloud.GetRole(ctx, *id)
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
