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

const OauthAddr = "genesys_cloud_oauth_client.test"

// OauthConfig is a role and a client-credentials client bound to it in the home division (by
// default), applied as a user who is granted the new role first.
func OauthConfig(env *Env, description string, validity int, rotation string) string {
	rot := ""
	if rotation != "" {
		rot = fmt.Sprintf("secret_rotation = { rotated = %q }", rotation)
	}
	return env.UserProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name = "Syncer"
  permission_policies = [{ domain = "analytics", entity_name = "userObservation", action_set = ["view"] }]
}

resource "genesys_cloud_oauth_client" "test" {
  name                          = "Partner Syncer"
  description                   = %[1]q
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = %[2]d
  roles                         = [{ role_id = genesys_cloud_role.test.id }]
  %[3]s
}
`, description, validity, rot)
}

func TestAccCloudOAuthClient_lifecycle(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	home, err := env.Cloud.HomeDivision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var clientID, firstSecret string

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckOAuthClientDestroyed(&clientID),
		Steps: []resource.TestStep{
			{
				Config: OauthConfig(env, "first", 3600, ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(OauthAddr, tfjsonpath.New("state"), knownvalue.StringExact("active")),
					statecheck.ExpectKnownValue(OauthAddr, tfjsonpath.New("secret"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue(OauthAddr, tfjsonpath.New("roles"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"division_id": knownvalue.StringExact(home.ID)}),
					})),
				},
				Check: resource.ComposeTestCheckFunc(
					CaptureID(OauthAddr, &clientID),
					CaptureAttr(OauthAddr, "secret", &firstSecret),
					// The secret in state really works at the token endpoint.
					func(*terraform.State) error { return env.CheckClientCredentials(clientID, firstSecret) },
				),
			},
			{
				Config:           OauthConfig(env, "first", 3600, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{
				// Updated in place: the id and the secret stay.
				Config: OauthConfig(env, "second", 7200, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(OauthAddr, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttrPtr(OauthAddr, "id", &clientID),
					resource.TestCheckResourceAttrPtr(OauthAddr, "secret", &firstSecret),
					env.CheckOAuthClient(&clientID, func(c *genesyscloud.OAuthClient) error {
						if c.Description != "second" || c.AccessTokenValiditySeconds != 7200 {
							return fmt.Errorf("update not applied: %+v", c)
						}
						return nil
					}),
				),
			},
			{
				ResourceName:      OauthAddr,
				ImportState:       true,
				ImportStateVerify: true,
				// The API never returns the secret: an imported client's secret is unknown.
				ImportStateVerifyIgnore: []string{"secret"},
			},
			{
				ResourceName:    OauthAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// A new rotation value resets the secret in place.
				Config: OauthConfig(env, "second", 7200, "2026-11"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(OauthAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectUnknownValue(OauthAddr, tfjsonpath.New("secret")),
					},
				},
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttrPtr(OauthAddr, "id", &clientID),
					func(s *terraform.State) error {
						secret := s.RootModule().Resources[OauthAddr].Primary.Attributes["secret"]
						if secret == "" || secret == firstSecret {
							return fmt.Errorf("the secret was not rotated")
						}
						if env.CheckClientCredentials(clientID, firstSecret) == nil {
							return fmt.Errorf("the old secret still works after rotation")
						}
						return env.CheckClientCredentials(clientID, secret)
					},
				),
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					c, err := Visible(env.CloudUser.GetOAuthClient, clientID)
					if err != nil {
						t.Fatal(err)
					}
					in := genesyscloud.OAuthClientInput{Name: c.Name, Description: "edited by hand", AuthorizedGrantType: c.AuthorizedGrantType,
						AccessTokenValiditySeconds: c.AccessTokenValiditySeconds, RoleDivisions: c.RoleDivisions, State: "inactive",
						RegisteredRedirectURI: []string{}, Scope: []string{}}
					if _, err := env.CloudUser.UpdateOAuthClient(context.Background(), clientID, in); err != nil {
						t.Fatal(err)
					}
				},
				Config: OauthConfig(env, "second", 7200, "2026-11"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(OauthAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckOAuthClient(&clientID, func(c *genesyscloud.OAuthClient) error {
					if c.Description != "second" || c.State != "active" {
						return fmt.Errorf("drift not corrected: %+v", c)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: planned for creation again, without error.
				PreConfig: func() {
					if err := env.CloudUser.DeleteOAuthClient(context.Background(), clientID); err != nil {
						t.Fatal(err)
					}
				},
				Config: OauthConfig(env, "second", 7200, "2026-11"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(OauthAddr, plancheck.ResourceActionCreate)},
				},
				Check: CaptureID(OauthAddr, &clientID),
			},
		},
	})
}

func TestAccCloudOAuthClient_validation(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	client := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_cloud_oauth_client\" \"test\" {\n  name = \"Invalid\"\n" + body + "\n}\n"
	}
	cases := []struct {
		name, body string
		want       *regexp.Regexp
	}{
		{"unknown grant", `authorized_grant_type = "CLIENT_CREDENTIALS"`, regexp.MustCompile(`value must be one of`)},
		{"client credentials without roles", `authorized_grant_type = "CLIENT-CREDENTIALS"`, regexp.MustCompile(`Missing Roles`)},
		{"client credentials with scopes", `authorized_grant_type = "CLIENT-CREDENTIALS"
  roles  = [{ role_id = "r" }]
  scopes = ["users:readonly"]`, regexp.MustCompile(`Scopes Not Allowed`)},
		{"code grant without redirect", `authorized_grant_type = "CODE"`, regexp.MustCompile(`Missing Redirect URIs`)},
		{"code grant with roles", `authorized_grant_type = "CODE"
  registered_redirect_uris = ["https://app.example.com/cb"]
  roles = [{ role_id = "r" }]`, regexp.MustCompile(`Roles Not Allowed`)},
		{"validity too short", `authorized_grant_type = "TOKEN"
  registered_redirect_uris = ["https://app.example.com/cb"]
  access_token_validity_seconds = 299`, ErrorText("must be between 300 and 38880000")},
		{"unknown state", `authorized_grant_type = "TOKEN"
  registered_redirect_uris = ["https://app.example.com/cb"]
  state = "deleted"`, regexp.MustCompile(`value must be one of`)},
	}
	var plans []PlanErrorCase
	for _, c := range cases {
		plans = append(plans, PlanErrorCase{c.name, client(c.body), c.want})
	}
	CheckPlanErrors(t, env, plans)
}

func (e *Env) CheckOAuthClient(id *string, check func(*genesyscloud.OAuthClient) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		c, err := Visible(e.Cloud.GetOAuthClient, *id)
		if err != nil {
			return err
		}
		return check(c)
	}
}

func (e *Env) CheckOAuthClientDestroyed(id *string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		// The destroy does not wait for its delete to show in reads (REAL-ORG-BEHAVIOUR R4): a
		// deleted client answers with state "deleted" for a while, or, on a real org, as it was.
		err := AwaitGone(context.Background(), SettleWait, func(ctx context.Context) (bool, error) {
			c, err := e.Cloud.GetOAuthClient(ctx, *id)
			if transport.IsNotFound(err) {
				return true, nil
			}
			return err == nil && c.State == "deleted", err
		})
		if err != nil {
			return fmt.Errorf("OAuth client %s still exists after destroy: %w", *id, err)
		}
		return nil
	}
}

// CheckClientCredentials gets a token with the client's id and secret, proving the secret works.
func (e *Env) CheckClientCredentials(id, secret string) error {
	ts := transport.NewTokenSource(transport.TokenConfig{TokenURL: e.URL + "/oauth/token", ClientID: id, ClientSecret: secret})
	_, err := ts.Token(context.Background())
	return err
}
