package acctest

import (
	"context"
	"fmt"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
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
`, description, wfmAction, name)
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

func ExistingRole(t *testing.T, env *Env, in genesyscloud.RoleInput) string {
	t.Helper()
	role, err := env.Cloud.CreateRole(t.Context(), in)
	if err != nil {
		t.Fatal(err)
	}
	// A role can be granted only once the API shows it.
	if _, err := Visible(env.Cloud.GetRole, role.ID); err != nil {
		t.Fatal(err)
	}
	return role.ID
}
