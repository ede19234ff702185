package oauth_test

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// REAL-ORG-BEHAVIOUR R7 at plan time: state takes active and inactive only, and validity goes
// past 48 hours only for SCIM clients, which use CLIENT-CREDENTIALS.
func TestAccCloudOAuthClient_realOrgPlanRules(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	client := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_cloud_oauth_client\" \"test\" {\n  name = \"Invalid\"\n" + body + "\n}\n"
	}
	const token = `authorized_grant_type = "TOKEN"
  registered_redirect_uris = ["https://app.example.com/cb"]
`
	acctest.CheckPlanErrors(t, env, []acctest.PlanErrorCase{
		{Name: "disabled is support's to set", Config: client(token + `state = "disabled"`), Want: acctest.ErrorText(`value must be one of: ["active" "inactive"]`)},
		{Name: "past the SCIM maximum", Config: client(`authorized_grant_type = "CLIENT-CREDENTIALS"
  roles = [{ role_id = "r" }]
  access_token_validity_seconds = 38880001`), Want: acctest.ErrorText("must be between 300 and 38880000")},
		{Name: "long validity on a user-facing grant", Config: client(token + `access_token_validity_seconds = 172801`),
			Want: acctest.ErrorText("Token Validity Too Long")},
	})
}

// A SCIM client (here: CLIENT-CREDENTIALS with a role that may add, edit and delete users) may keep
// its tokens for 450 days; an ordinary client may not, and the API says so.
func TestAccCloudOAuthClient_scimTokenValidity(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	config := func(actions string) string {
		return env.UserProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "scim" {
  name                = "SCIM provisioning"
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = %s }]
}

resource "genesys_cloud_oauth_client" "test" {
  name                          = "Identity provider"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 38880000
  roles                         = [{ role_id = genesys_cloud_role.scim.id }]
}
`, actions)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config:      config(`["view"]`),
				ExpectError: acctest.ErrorText(`accessTokenValiditySeconds`),
			},
		},
	})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config:            config(`["add", "edit", "delete", "view"]`),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.OauthAddr, acctest.Int64Attr("access_token_validity_seconds", 38880000)),
			},
			acctest.EmptyPlanStep(config(`["add", "edit", "delete", "view"]`)),
		},
	})
}

// A client Genesys support disabled reads as disabled and stays so: no perpetual diff, an update
// of another attribute works, and destroy still retires it.
func TestAccCloudOAuthClient_disabledBySupport(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	var clientID string
	disabled := acctest.ExpectAttrs(acctest.OauthAddr, acctest.StringAttr("state", "disabled"))
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckOAuthClientDestroyed(&clientID),
		Steps: []resource.TestStep{
			{
				Config: acctest.OauthConfig(env, "first", 3600, ""),
				Check:  acctest.CaptureID(acctest.OauthAddr, &clientID),
			},
			{
				PreConfig:         acctest.OutsideTerraform(t, func() error { return emu.SetOAuthClientState(clientID, "disabled") }),
				Config:            acctest.OauthConfig(env, "first", 3600, ""),
				ConfigPlanChecks:  acctest.ExpectEmptyPlan(),
				ConfigStateChecks: disabled,
			},
			{
				Config:            acctest.OauthConfig(env, "second", 3600, ""),
				ConfigPlanChecks:  acctest.ExpectChangesOf(acctest.OauthAddr, "description"),
				ConfigStateChecks: disabled,
				Check: env.CheckOAuthClient(&clientID, func(c *genesyscloud.OAuthClient) error {
					if c.Description != "second" || c.State != "disabled" {
						return fmt.Errorf("client = %q, %s; want the new description and still disabled", c.Description, c.State)
					}
					return nil
				}),
			},
		},
	})
}
