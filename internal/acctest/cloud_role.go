package acctest

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

const RoleAddr = "genesys_cloud_role.test"

// RoleConfig is a role with a permission, a condition and a policy whose action the step varies.
func RoleConfig(env *Env, name, description, wfmAction string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name        = %[3]q
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
    %[4]s,
  ]
}
`, description, wfmAction, name,
		ConditionedPolicy("Queue.id", "EQ", `{ type = "QUEUE", queue_id = "8b3c1f0e-0000-4000-8000-000000000001" }`))
}

// ConditionedPolicy is, written as HCL, the permission policy to view analytics conversation
// details on the condition of one term: the variable, the operator and its operands.
func ConditionedPolicy(variable, operator, operands string) string {
	return fmt.Sprintf(`{
      domain      = "analytics"
      entity_name = "conversationDetail"
      action_set  = ["view"]
      conditions = {
        conjunction = "AND"
        terms = [{
          variable_name = %q
          operator      = %q
          operands      = [%s]
        }]
      }
    }`, variable, operator, operands)
}

// RolePoliciesConfig is the role at RoleAddr with only a name and permission policies, written
// as HCL list elements: for a test of how policies are checked or stored.
func RolePoliciesConfig(env *Env, name, policies string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name                = %q
  permission_policies = [%s]
}
`, name, policies)
}

// CheckRole asks the API for the role and runs check on it.
func (e *Env) CheckRole(id *string, check func(*genesyscloud.Role) error) resource.TestCheckFunc {
	return checkVisible(e.Cloud.GetRole, id, check)
}

// CheckRolesDestroyed checks that the role is gone after the destroy: a deleted role answers for
// a while (REAL-ORG-BEHAVIOUR R4), and only a 404 says it is gone.
func (e *Env) CheckRolesDestroyed(id *string) resource.TestCheckFunc {
	return checkGoneAfterDestroy("role", e.Cloud.GetRole, id, func(*genesyscloud.Role) bool { return false })
}

func ExistingRole(t *testing.T, env *Env, in genesyscloud.RoleInput) string {
	t.Helper()
	role, err := env.Cloud.CreateRole(t.Context(), in)
	if err != nil {
		t.Fatal(err)
	}
	env.cleanupInRealOrg(t, "role "+in.Name, func(ctx context.Context) error { return env.Cloud.DeleteRole(ctx, role.ID) })
	// A role can be granted only once the API shows it.
	if _, err := Visible(env.Cloud.GetRole, role.ID); err != nil {
		t.Fatal(err)
	}
	return role.ID
}
