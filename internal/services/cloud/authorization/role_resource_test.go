package authorization_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

func TestAccCloudRole_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	var roleID string
	name := acctest.RandomName("Partner Integration")

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckRolesDestroyed(&roleID),
		Steps: []resource.TestStep{
			{
				Config:           acctest.RoleConfig(env, name, "first", "administer"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.RoleAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.RoleAddr,
					acctest.StringAttr("name", name),
					acctest.StringAttr("description", "first"),
					acctest.StringSetAttr("permissions", "group_creation"),
					acctest.SetSizeAttr("permission_policies", 3),
					acctest.NullAttr("default_role_id"),
				),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.RoleAddr, &roleID),
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
			// The same configuration again plans nothing.
			acctest.EmptyPlanStep(acctest.RoleConfig(env, name, "first", "administer")),
			{
				// Updated in place, keeping the id.
				Config:           acctest.RoleConfig(env, name, "second", "view"),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.RoleAddr),
				Check: env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" {
						return fmt.Errorf("description is %q in the API, want second", r.Description)
					}
					return nil
				}),
			},
			acctest.ImportCommandStep(acctest.RoleAddr),
			acctest.ImportBlockStep(acctest.RoleAddr),
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					in := genesyscloud.RoleInput{Name: name, Description: "edited by hand",
						Permissions: []string{}, PermissionPolicies: []genesyscloud.PermissionPolicy{}}
					_, err := env.Cloud.UpdateRole(context.Background(), roleID, in)
					return err
				}),
				Config:           acctest.RoleConfig(env, name, "second", "view"),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.RoleAddr),
				Check: env.CheckRole(&roleID, func(r *genesyscloud.Role) error {
					if r.Description != "second" || len(r.PermissionPolicies) != 3 {
						return fmt.Errorf("drift not corrected: %+v", r)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					if err := env.Cloud.DeleteRole(context.Background(), roleID); err != nil {
						return err
					}
					acctest.WaitGone(t, env.Cloud.GetRole, roleID, func(*genesyscloud.Role) bool { return false })
					return nil
				}),
				Config:           acctest.RoleConfig(env, name, "second", "view"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.RoleAddr),
				Check:            acctest.CaptureID(acctest.RoleAddr, &roleID),
			},
		},
	})
}

func TestAccCloudRole_adoptBuiltIn(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	builtIn, err := env.Cloud.FindRoleByDefaultID(context.Background(), "employee")
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

	acctest.Test(t, resource.TestCase{
		CheckDestroy: acctest.CheckFunc(func() error {
			// Destroy gives the built-in role back with its defaults instead of deleting it.
			r, err := env.Cloud.GetRole(context.Background(), builtIn.ID)
			if err != nil {
				return fmt.Errorf("the built-in role is gone after destroy: %w", err)
			}
			if r.Description != builtIn.Description || len(r.PermissionPolicies) != len(builtIn.PermissionPolicies) {
				return fmt.Errorf("the built-in role was not restored: %+v", r)
			}
			return nil
		}),
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: acctest.ExpectAttrs(acctest.RoleAddr,
					acctest.StringAttr("id", builtIn.ID),
					acctest.StringAttr("default_role_id", "employee"),
					acctest.StringAttr("description", "managed by Terraform"),
				),
			},
			acctest.ImportCommandStep(acctest.RoleAddr),
		},
	})
}

func TestAccCloudRole_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	policy := func(body string) string { return acctest.RolePoliciesConfig(env, "Invalid", body) }
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
	var plans []acctest.PlanErrorCase
	for _, c := range cases {
		plans = append(plans, acctest.PlanErrorCase{Name: c.name, Config: policy(c.body), Want: c.want})
	}
	acctest.CheckPlanErrors(t, env, plans)
}
