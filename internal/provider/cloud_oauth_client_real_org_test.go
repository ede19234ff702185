package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// REAL-ORG-BEHAVIOUR R7 at plan time: state takes active and inactive only, and validity goes
// past 48 hours only for SCIM clients, which use CLIENT-CREDENTIALS.
func TestAccCloudOAuthClient_realOrgPlanRules(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	client := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_cloud_oauth_client\" \"test\" {\n  name = \"Invalid\"\n" + body + "\n}\n"
	}
	const token = `authorized_grant_type = "TOKEN"
  registered_redirect_uris = ["https://app.example.com/cb"]
`
	CheckPlanErrors(t, env, []PlanErrorCase{
		{"disabled is support's to set", client(token + `state = "disabled"`), regexp.MustCompile(`value must be one of: \["active" "inactive"\]`)},
		{"past the SCIM maximum", client(`authorized_grant_type = "CLIENT-CREDENTIALS"
  roles = [{ role_id = "r" }]
  access_token_validity_seconds = 38880001`), ErrorText("must be between 300 and 38880000")},
		{"long validity on a user-facing grant", client(token + `access_token_validity_seconds = 172801`),
			ErrorText("Token Validity Too Long")},
	})
}

// A SCIM client (here: CLIENT-CREDENTIALS with a role that may add, edit and delete users) may keep
// its tokens for 450 days; an ordinary client may not, and the API says so.
func TestAccCloudOAuthClient_scimTokenValidity(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
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
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		Steps: []resource.TestStep{
			{
				Config:      config(`["view"]`),
				ExpectError: regexp.MustCompile(`accessTokenValiditySeconds`),
			},
		},
	})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config(`["add", "edit", "delete", "view"]`),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(OauthAddr, tfjsonpath.New("access_token_validity_seconds"), knownvalue.Int64Exact(38880000)),
				},
			},
			{
				Config:           config(`["add", "edit", "delete", "view"]`),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
		},
	})
}

// A client Genesys support disabled reads as disabled and stays so: no perpetual diff, an update
// of another attribute works, and destroy still retires it.
func TestAccCloudOAuthClient_disabledBySupport(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	var clientID string
	disabled := statecheck.ExpectKnownValue(OauthAddr, tfjsonpath.New("state"), knownvalue.StringExact("disabled"))
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckOAuthClientDestroyed(&clientID),
		Steps: []resource.TestStep{
			{
				Config: OauthConfig(env, "first", 3600, ""),
				Check:  CaptureID(OauthAddr, &clientID),
			},
			{
				PreConfig: func() {
					if err := env.Emu.SetOAuthClientState(clientID, "disabled"); err != nil {
						t.Fatal(err)
					}
				},
				Config:            OauthConfig(env, "first", 3600, ""),
				ConfigPlanChecks:  resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
				ConfigStateChecks: []statecheck.StateCheck{disabled},
			},
			{
				Config: OauthConfig(env, "second", 3600, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					ExpectOnlyChanged(OauthAddr, "description"),
				}},
				ConfigStateChecks: []statecheck.StateCheck{disabled},
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
