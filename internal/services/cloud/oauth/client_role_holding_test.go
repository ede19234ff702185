package oauth_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// The role-holding rule (REAL-ORG-BEHAVIOUR R1) against the strict emulator: a caller can grant
// an OAuth client only roles it holds.

// newRoleAndClient is a role and a client-credentials client granted it, in one configuration;
// extra goes into the client.
func newRoleAndClient(env *acctest.Env, extra string) string {
	return fmt.Sprintf(`
resource "genesys_cloud_role" "partner" {
  name                = %q
  permission_policies = [{ domain = "analytics", entity_name = "userObservation", action_set = ["view"] }]
}

resource "genesys_cloud_oauth_client" "partner" {
  name                  = %q
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.partner.id }]
  %s
}
`, env.Name("Partner Integration"), env.Name("Partner Syncer"), extra)
}

// existingRoleClient grants an OAuth client a role that exists before the run.
func existingRoleClient(roleID string) string {
	return fmt.Sprintf(`
resource "genesys_cloud_oauth_client" "existing" {
  name                  = "Existing Role Syncer"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = %q }]
}
`, roleID)
}

// The plan of a client-credentials run warns about both ways the apply would be refused: a role
// created in the same run, and an existing role the Terraform client does not hold. It writes nothing.
func TestAccCloudOAuthClient_roleNotHeldWarnsAtPlan(t *testing.T) {
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	existing := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: "Existing Partner"})
	acctest.SetExampleEnvironment(t, env)
	config := `
terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

provider "genesys" {}
` + newRoleAndClient(env, "") + existingRoleClient(existing)
	cli := acctest.CliWorkspace(t, acctest.ProviderBinary(t.TempDir())(t), config)
	before := emu.Stats()

	// -json lists every warning: the human output folds those sharing a summary into one.
	out, err := cli("plan", "-input=false", "-json")
	if err != nil {
		t.Fatal(err)
	}
	var warnings []string
	for _, line := range strings.Split(out, "\n") {
		var msg struct {
			Type       string `json:"type"`
			Diagnostic struct {
				Severity, Summary, Detail string
			} `json:"diagnostic"`
		}
		if json.Unmarshal([]byte(line), &msg) == nil && msg.Type == "diagnostic" && msg.Diagnostic.Severity == "warning" &&
			msg.Diagnostic.Summary == "Role Not Held By The Caller" {
			warnings = append(warnings, msg.Diagnostic.Detail)
		}
	}
	all := strings.Join(warnings, "\n")
	for _, want := range []string{
		"This OAuth client is granted a role created in the same run",
		"the OAuth client Terraform uses (Emulator bootstrap client, id emulator-client) does not hold role " + existing,
		"cloud.grant_roles_to_user = true",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no role-holding warning says %q; the warnings:\n%s", want, all)
		}
	}
	if len(warnings) != 2 {
		t.Errorf("%d role-holding warnings, want one per client:\n%s", len(warnings), all)
	}
	if writes := countWrites(emu.Stats()) - countWrites(before); writes != 0 {
		t.Errorf("the plan made %d writes, want none", writes)
	}
}

// The apply of such a client fails with an error naming the role and the fix, and creates no client.
func TestAccCloudOAuthClient_roleNotHeldRefusedAtApply(t *testing.T) {
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + newRoleAndClient(env, ""),
			ExpectError: acctest.ErrorPhrases(`Role Not Held By The Caller`, `is not held by the OAuth client Terraform uses `+
				`(Emulator bootstrap client, id emulator-client)`, `Grant the role to that OAuth client first`, `grant_roles_to_user = true`),
		}},
		CheckDestroy: acctest.CheckFunc(func() error {
			if n := len(emu.Objects()["cloud_oauth_clients"]); n != 1 {
				return fmt.Errorf("%d OAuth clients stored, want the bootstrap client only", n)
			}
			return nil
		}),
	})
}

// The other working pattern: an administrator grants the role to the Terraform client first.
func TestAccCloudOAuthClient_roleGrantedToTerraformClientBeforehand(t *testing.T) {
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	existing := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: "Existing Partner"})
	if err := emu.GrantClientRoles("", existing); err != nil {
		t.Fatal(err)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: env.ProviderConfig() + existingRoleClient(existing)},
			acctest.EmptyPlanStep(env.ProviderConfig() + existingRoleClient(existing)),
		},
	})
}

// With a user's token and grant_roles_to_user, the provider grants the user the new role, waits
// for the grant to show, then creates the client; the user keeps the role until it is deleted.
func TestAccCloudOAuthClient_userTokenGrantsRolesFirst(t *testing.T) {
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	var roleID string
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: env.UserProviderConfig() + newRoleAndClient(env, ""),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID("genesys_cloud_role.partner", &roleID),
					acctest.CheckFunc(func() error {
						if roles := userRoles(t, env); !slices.Contains(roles, roleID) {
							return fmt.Errorf("the user's roles %v lack the new role %s", roles, roleID)
						}
						st := emu.Stats()
						// A PUT naming a role the API does not show yet is refused and sent again; one succeeds.
						if n := acctest.CountAnswers(st, "PUT", "/api/v2/users/{subjectId}/roles", http.StatusOK); n != 1 {
							return fmt.Errorf("%d PUTs of the user's roles succeeded, want 1", n)
						}
						if n := st.Count("GET", "/api/v2/users/{subjectId}/roles"); n < 2 {
							return fmt.Errorf("%d GETs of the user's roles, want a read before the grant and at least one after", n)
						}
						return nil
					}),
				),
			},
			acctest.EmptyPlanStep(env.UserProviderConfig() + newRoleAndClient(env, "")),
		},
		CheckDestroy: acctest.CheckFunc(func() error {
			if roles := userRoles(t, env); !slices.Equal(roles, []string{emulator.CloudMasterAdminRoleID, emulator.CloudEmployeeRoleID}) {
				return fmt.Errorf("the user's roles after destroy = %v, want the seeded ones (the deleted role goes with it)", roles)
			}
			return nil
		}),
	})
}

// A role the user holds was deleted a moment before the apply (by another administrator, or by
// the same apply): the user's roles still list it while the delete propagates, and Genesys Cloud
// refuses a PUT of the user's roles naming it ("Role [id] does not exist."). The grant leaves the
// deleted role out, since the user cannot keep it anyway, and grants the new one.
func TestAccCloudOAuthClient_userTokenGrantSkipsARoleDeletedMeanwhile(t *testing.T) {
	// Long enough for the apply to read the user's roles before the delete shows.
	env, _ := acctest.NewEmulatorEnv(t, emulator.Options{ConsistencyDelay: 10 * time.Second})
	var retired, granted string
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			PreConfig: func() {
				retired = acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: env.Name("Retired")})
				ctx := t.Context()
				held, err := env.CloudUser.UserRoles(ctx, emulator.CloudAdminUserID)
				if err == nil {
					_, err = env.CloudUser.SetUserRoles(ctx, emulator.CloudAdminUserID, append(held.RoleIDs(), retired))
				}
				if err == nil {
					err = env.Cloud.DeleteRole(ctx, retired)
				}
				if err == nil {
					held, err = env.CloudUser.UserRoles(ctx, emulator.CloudAdminUserID)
				}
				if err != nil || !held.Holds(retired) {
					t.Fatalf("the user's roles right after the delete = %v, %v; want the deleted role still listed", held, err)
				}
			},
			Config: env.UserProviderConfig() + newRoleAndClient(env, ""),
			Check: resource.ComposeTestCheckFunc(
				acctest.CaptureID("genesys_cloud_role.partner", &granted),
				acctest.CheckFunc(func() error {
					if roles := userRoles(t, env); !slices.Contains(roles, granted) || slices.Contains(roles, retired) {
						return fmt.Errorf("the user's roles %v: want the new role %s and not the deleted %s", roles, granted, retired)
					}
					return nil
				}),
			),
		}},
	})
}

// A user's token without the opt-in is refused like client credentials, and the error says what
// to set.
func TestAccCloudOAuthClient_userTokenWithoutOptInRefused(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	config := strings.Replace(env.UserProviderConfig(), "grant_roles_to_user = true", "", 1)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: config + newRoleAndClient(env, ""),
			ExpectError: acctest.ErrorPhrases(`Role Not Held By The Caller`, `is not held by the user Terraform runs as (Emulator Admin,`,
				`Set grant_roles_to_user = true`),
		}},
	})
}

// A user's token from the environment works like one in the configuration.
func TestAccCloudOAuthClient_userTokenFromEnvironment(t *testing.T) {
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	acctest.SetExampleEnvironment(t, env)
	t.Setenv(acctest.EnvCloudClientID, "")
	t.Setenv(acctest.EnvCloudClientSecret, "")
	t.Setenv(acctest.EnvCloudAccessToken, env.UserToken)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: `provider "genesys" {
  cloud {
    grant_roles_to_user = true
  }
}
` + newRoleAndClient(env, ""),
			Check: acctest.CheckFunc(func() error {
				if n := acctest.CountAnswers(emu.Stats(), "PUT", "/api/v2/users/{subjectId}/roles", http.StatusOK); n != 1 {
					return fmt.Errorf("%d PUTs of the user's roles succeeded, want 1: the token from %s was not used", n, acctest.EnvCloudAccessToken)
				}
				return nil
			}),
		}},
	})
}

// userRoles are the role ids the emulator's seeded user holds.
func userRoles(t *testing.T, env *acctest.Env) []string {
	t.Helper()
	for _, u := range env.Emulator(t).Objects()["cloud_users"] {
		raw, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		var fields struct {
			ID      string   `json:"id"`
			RoleIDs []string `json:"roleIds"`
		}
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		if fields.ID == emulator.CloudAdminUserID {
			return fields.RoleIDs
		}
	}
	t.Fatal("the emulator holds no seeded user")
	return nil
}

// countWrites counts the API requests that are not reads (token requests aside).
func countWrites(st emulator.Stats) int {
	n := 0
	for _, rc := range st.Requests {
		if rc.Method != "GET" && rc.Route != "/oauth/token" {
			n += rc.Count
		}
	}
	return n
}

// Editing a client needs its roles too: the bootstrap client, which does not hold the role the
// user granted, may not change the client the user made; the user may.
func TestAccCloudOAuthClient_editingNeedsTheClientsRoles(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	edited := newRoleAndClient(env, `description = "edited"`)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: env.UserProviderConfig() + newRoleAndClient(env, "")},
			{
				Config:      env.ProviderConfig() + edited,
				ExpectError: acctest.ErrorPhrases(`Role Not Held By The Caller`, `Could not update OAuth client "`+env.Name("Partner Syncer")+`"`, `is not held by the OAuth client Terraform uses`),
			},
			{Config: env.UserProviderConfig() + edited},
		},
	})
}
