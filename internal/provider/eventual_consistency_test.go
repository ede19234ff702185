package provider

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Genesys Cloud shows its changes only after a while (REAL-ORG-BEHAVIOUR R4); the emulator lags the
// same way. These tests make it lag longer than the default 2 s.

// checkNothingNamed fails when the emulator still holds a role or OAuth client of one of the names,
// in whatever state: a destroy must leave nothing behind.
func checkNothingNamed(t *testing.T, env *acctest.Env, names ...string) resource.TestCheckFunc {
	return acctest.CheckFunc(func() error {
		for _, kind := range []string{"cloud_roles", "cloud_oauth_clients"} {
			for _, o := range acctest.Stored(t, env, kind) {
				for _, name := range names {
					if o.Name == name {
						return fmt.Errorf("%s %q (id %s, state %q) is still stored after the destroy", kind, o.Name, o.ID, o.State)
					}
				}
			}
		}
		return nil
	})
}

// noRefresh keeps every plan of a test case from refreshing, so that its destroy follows the create
// before the API shows what it made, as `terraform apply` then `terraform destroy -refresh=false`.
var noRefresh = &resource.AdditionalCLIOptions{Plan: resource.PlanOptions{NoRefresh: true}}

// A role, an OAuth client granted it in the same run, and their destroy at once, all within a 5 s
// lag: the client waits until the role can be granted, the destroy does not take the client's 404
// for gone, and each delete is waited out, so nothing is left behind.
func TestAccCloud_createThenDestroyAtOnceLeavesNothing(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{ConsistencyDelay: 5 * time.Second})
	acctest.Test(t, resource.TestCase{
		AdditionalCLIOptions: noRefresh,
		Steps: []resource.TestStep{{
			Config: acctest.OauthConfig(env, "quick", 3600, ""),
			Check:  resource.TestCheckResourceAttr(acctest.OauthAddr, "state", "active"),
		}},
		CheckDestroy: checkNothingNamed(t, env, env.Name("Syncer"), env.Name("Partner Syncer")),
	})
}

// Right after its create, the client's delete reads it and gets a 404: that is the lag, not a
// client already gone. Taking it for gone reported "Destroy complete" while the client stayed
// active.
func TestAccCloudOAuthClient_destroyRightAfterCreateIsNotFooledBy404(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{ConsistencyDelay: 15 * time.Second, CloudClientRoles: []string{"Employee"}})
	acctest.Test(t, resource.TestCase{
		AdditionalCLIOptions: noRefresh,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + oauthClientBlock("Short lived", emulator.CloudEmployeeRoleID),
		}},
		CheckDestroy: checkNothingNamed(t, env, "Short lived"),
	})
}

// Every role of the client was deleted outside Terraform. The API then refuses the client any
// update, the inactive one a delete needs included (missing.client.roles); the destroy still
// deletes the client instead of failing on every run and leaving it active.
func TestAccCloudOAuthClient_destroyAfterItsRolesWereDeleted(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	roleID := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: "Deleted by hand",
		PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("userObservation")}})
	// Granted to the Terraform client beforehand, as the role-holding rule requires.
	if err := emu.GrantClientRoles("", roleID); err != nil {
		t.Fatal(err)
	}
	config := env.ProviderConfig() + oauthClientBlock("Orphaned", roleID)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig: func() {
					if err := env.Cloud.DeleteRole(context.Background(), roleID); err != nil {
						t.Fatal(err)
					}
					acctest.WaitGone(t, env.Cloud.GetRole, roleID, func(*genesyscloud.Role) bool { return false })
				},
				Config:           env.ProviderConfig(),
				ConfigPlanChecks: acctest.ExpectAction(acctest.OauthAddr, plancheck.ResourceActionDestroy),
				Check:            checkNothingNamed(t, env, "Orphaned"),
			},
		},
	})
}

// With an 8 s lag, the refresh right after the apply finds neither object yet: it waits for them
// instead of dropping them from the state (which would plan them again).
func TestAccCloud_refreshWaitsOutADelayedCreate(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{ConsistencyDelay: 8 * time.Second, CloudClientRoles: []string{"Employee"}})
	config := env.ProviderConfig() + roleBlock("Slow to show") + oauthClientBlock("Slow to show", emulator.CloudEmployeeRoleID)
	acctest.Test(t, resource.TestCase{
		// The step's own plan with a refresh, right after the apply, must be empty.
		Steps:        []resource.TestStep{{Config: config}},
		CheckDestroy: checkNothingNamed(t, env, "Slow to show"),
	})
}
