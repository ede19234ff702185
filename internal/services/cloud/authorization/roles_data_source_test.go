package authorization_test

import (
	"fmt"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// seedAdoptableRoles makes, through the API, the roles an org had before Terraform: two named
// "Partner ..." (one with a description, a legacy permission and a condition, one with none of
// them) and one named otherwise. It returns their ids by name.
func seedAdoptableRoles(t *testing.T, env *acctest.Env) map[string]string {
	t.Helper()
	env.KnownOrg(t, "lists every role of the org and adopts a built-in one by its id")
	conditioned := genesyscloud.PermissionPolicy{
		Domain: "analytics", EntityName: "conversationDetail", ActionSet: []string{"view"},
		ResourceConditionNode: &genesyscloud.ConditionNode{Conjunction: "AND", Terms: []genesyscloud.ConditionNode{{
			VariableName: "Queue.id", Operator: "EQ",
			Operands: []genesyscloud.ConditionValue{{Type: "QUEUE", Queue: &genesyscloud.EntityRef{ID: "8b3c1f0e-0000-4000-8000-000000000001"}}},
		}}},
	}
	ids := map[string]string{}
	for _, in := range []genesyscloud.RoleInput{
		{Name: "Partner Reporting", Description: "Reads analytics", Permissions: []string{"group_creation"},
			PermissionPolicies: []genesyscloud.PermissionPolicy{conditioned,
				{Domain: "wfm", EntityName: "schedule", ActionSet: []string{"view", "edit"}}}},
		{Name: "Partner Viewer", PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "directory", EntityName: "user", ActionSet: []string{"view"}}}},
		{Name: "Unrelated"},
	} {
		ids[in.Name] = acctest.ExistingRole(t, env, in)
	}
	return ids
}

func TestAccCloudRolesDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ids := seedAdoptableRoles(t, env)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: acctest.PrefixListingsConfig(env, "genesys_cloud_roles", `
data "genesys_cloud_roles" "with_built_in" {
  include_built_in = true
}
data "genesys_cloud_roles" "master_admin" {
  name_prefix      = "Master"
  include_built_in = true
}
`),
			// Built-in roles are left out by default, and the list is sorted by name.
			ConfigStateChecks: acctest.ExpectAttrs("data.genesys_cloud_roles.all", acctest.Attr("roles", acctest.NamedList("Partner Reporting", "Partner Viewer", "Unrelated"))).
				And("data.genesys_cloud_roles.partner", acctest.Attr("roles", knownvalue.ListExact([]knownvalue.Check{
					knownvalue.ObjectExact(map[string]knownvalue.Check{
						"id":              knownvalue.StringExact(ids["Partner Reporting"]),
						"name":            knownvalue.StringExact("Partner Reporting"),
						"description":     knownvalue.StringExact("Reads analytics"),
						"default_role_id": knownvalue.Null(),
						"permissions":     acctest.StringSet("group_creation"),
						"permission_policies": knownvalue.SetExact([]knownvalue.Check{
							knownvalue.ObjectExact(map[string]knownvalue.Check{
								"domain": knownvalue.StringExact("analytics"), "entity_name": knownvalue.StringExact("conversationDetail"),
								"action_set": acctest.StringSet("view"),
								"conditions": knownvalue.ObjectExact(map[string]knownvalue.Check{
									"conjunction": knownvalue.StringExact("AND"),
									"terms": knownvalue.ListExact([]knownvalue.Check{knownvalue.ObjectExact(map[string]knownvalue.Check{
										"variable_name": knownvalue.StringExact("Queue.id"), "operator": knownvalue.StringExact("EQ"),
										"operands": knownvalue.ListExact([]knownvalue.Check{knownvalue.ObjectExact(map[string]knownvalue.Check{
											"type": knownvalue.StringExact("QUEUE"), "queue_id": knownvalue.StringExact("8b3c1f0e-0000-4000-8000-000000000001"),
											"value": knownvalue.Null(), "user_id": knownvalue.Null(), "team_id": knownvalue.Null(),
										})}),
									})}),
								}),
							}),
							knownvalue.ObjectExact(map[string]knownvalue.Check{
								"domain": knownvalue.StringExact("wfm"), "entity_name": knownvalue.StringExact("schedule"),
								"action_set": acctest.StringSet("edit", "view"),
								"conditions": knownvalue.Null(),
							}),
						}),
					}),
					// No description is null, as the resource stores it.
					knownvalue.ObjectPartial(map[string]knownvalue.Check{
						"id": knownvalue.StringExact(ids["Partner Viewer"]), "description": knownvalue.Null(),
						"permissions": acctest.StringSet(),
					}),
				}))).
				And("data.genesys_cloud_roles.with_built_in", acctest.Attr("roles", knownvalue.ListSizeExact(3+len(builtInRoles)))).
				And("data.genesys_cloud_roles.master_admin", acctest.Attr("roles", knownvalue.ListExact([]knownvalue.Check{
					knownvalue.ObjectPartial(map[string]knownvalue.Check{
						"id": knownvalue.StringExact(emulator.CloudMasterAdminRoleID), "name": knownvalue.StringExact("Master Admin"),
						"default_role_id": knownvalue.StringExact("admin"),
					}),
				}))).
				And("data.genesys_cloud_roles.none", acctest.Attr("roles", knownvalue.ListExact([]knownvalue.Check{}))),
		}},
	})
}

// builtInRoles are the emulator's built-in roles, as every org has its own.
var builtInRoles = []string{
	emulator.CloudMasterAdminRoleID, emulator.CloudEmployeeRoleID, emulator.CloudUserRoleID, emulator.CloudSupervisorRoleID,
	emulator.CloudCommunicateUserRoleID, emulator.CloudCommunicateAdminRoleID, emulator.CloudQualityAdministratorRoleID,
	emulator.CloudTrustedExternalUserRoleID,
}

// adoptBuiltInConfig adds to the example, which adopts the roles named "Partner ...", the
// adoption of a built-in role, by its default_role_id.
const adoptBuiltInConfig = `
data "genesys_cloud_roles" "employee" {
  name_prefix      = "Employee"
  include_built_in = true
}

import {
  for_each = { for r in data.genesys_cloud_roles.employee.roles : r.name => r }
  to       = genesys_cloud_role.built_in[each.key]
  id       = each.value.id
}

resource "genesys_cloud_role" "built_in" {
  for_each            = { for r in data.genesys_cloud_roles.employee.roles : r.name => r }
  name                = each.value.name
  description         = each.value.description
  default_role_id     = each.value.default_role_id
  permissions         = each.value.permissions
  permission_policies = each.value.permission_policies
}
`

// TestAccCloudRolesDataSource_importForEach adopts the seeded roles with the data source's
// example: import blocks and a for_each resource written from the listed values alone, the
// pattern for Terraform before 1.14, which has no list resources.
func TestAccCloudRolesDataSource_importForEach(t *testing.T) {
	acctest.SkipWithoutTFAcc(t)
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ids := seedAdoptableRoles(t, env)
	example := acctest.Example(t, "data-sources/genesys_cloud_roles/data-source.tf")
	adopted := func(name string) string { return fmt.Sprintf("genesys_cloud_role.partner[%q]", name) }
	builtIn := `genesys_cloud_role.built_in["Employee"]`
	acctest.CheckAdoption(t, acctest.ProviderBinary(t.TempDir())(t), acctest.Adoption{
		Config:   env.ProviderConfig() + example + adoptBuiltInConfig,
		Imported: []string{adopted("Partner Reporting"), adopted("Partner Viewer"), builtIn},
		Adopted: func(state *tfjson.State) error {
			for addr, id := range map[string]string{adopted("Partner Reporting"): ids["Partner Reporting"], builtIn: emulator.CloudEmployeeRoleID} {
				r := acctest.Instances(state, "genesys_cloud_role")[addr]
				if r == nil || r.AttributeValues["id"] != id {
					return fmt.Errorf("%s is not role %s in the state: %v", addr, id, r)
				}
			}
			return nil
		},
		// The adopted roles are Terraform's now: destroy deletes them, and gives Employee its defaults back.
		Destroyed: func() error {
			for _, name := range []string{"Partner Reporting", "Partner Viewer"} {
				id := ids[name]
				if err := env.CheckRolesDestroyed(&id)(nil); err != nil {
					return err
				}
			}
			_, err := env.Cloud.GetRole(t.Context(), emulator.CloudEmployeeRoleID)
			return err
		},
	})
}

func TestAccCloudRolesDataSource_invalidFilter(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.CheckPlanErrors(t, env, []acctest.PlanErrorCase{acctest.EmptyNamePrefixCase(env, "genesys_cloud_roles")})
}
