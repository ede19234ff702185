package oauth_test

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

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

func TestAccCloudOAuthClient_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	home, err := env.Cloud.HomeDivision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var clientID, firstSecret string
	clientName, roleName := acctest.RandomName("Partner Syncer"), acctest.RandomName("Syncer")
	config := func(description string, validity int, rotation string) string {
		return acctest.OauthNamedConfig(env, clientName, roleName, description, validity, rotation)
	}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckOAuthClientDestroyed(&clientID),
		Steps: []resource.TestStep{
			{
				Config: config("first", 3600, ""),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(acctest.OauthAddr, tfjsonpath.New("state"), knownvalue.StringExact("active")),
					statecheck.ExpectKnownValue(acctest.OauthAddr, tfjsonpath.New("secret"), knownvalue.NotNull()),
					statecheck.ExpectKnownValue(acctest.OauthAddr, tfjsonpath.New("roles"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"division_id": knownvalue.StringExact(home.ID)}),
					})),
				},
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.OauthAddr, &clientID),
					acctest.CaptureAttr(acctest.OauthAddr, "secret", &firstSecret),
					// The secret in state really works at the token endpoint.
					func(*terraform.State) error { return env.CheckClientCredentials(clientID, firstSecret) },
				),
			},
			{
				Config:           config("first", 3600, ""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
			},
			{
				// Updated in place: the id and the secret stay.
				Config:           config("second", 7200, ""),
				ConfigPlanChecks: acctest.ExpectAction(acctest.OauthAddr, plancheck.ResourceActionUpdate),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttrPtr(acctest.OauthAddr, "id", &clientID),
					resource.TestCheckResourceAttrPtr(acctest.OauthAddr, "secret", &firstSecret),
					env.CheckOAuthClient(&clientID, func(c *genesyscloud.OAuthClient) error {
						if c.Description != "second" || c.AccessTokenValiditySeconds != 7200 {
							return fmt.Errorf("update not applied: %+v", c)
						}
						return nil
					}),
				),
			},
			{
				ResourceName:      acctest.OauthAddr,
				ImportState:       true,
				ImportStateVerify: true,
				// The API never returns the secret: an imported client's secret is unknown.
				ImportStateVerifyIgnore: []string{"secret"},
			},
			acctest.ImportBlockStep(acctest.OauthAddr),
			{
				// A new rotation value resets the secret in place.
				Config: config("second", 7200, "2026-11"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(acctest.OauthAddr, plancheck.ResourceActionUpdate),
						plancheck.ExpectUnknownValue(acctest.OauthAddr, tfjsonpath.New("secret")),
					},
				},
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttrPtr(acctest.OauthAddr, "id", &clientID),
					func(s *terraform.State) error {
						secret := s.RootModule().Resources[acctest.OauthAddr].Primary.Attributes["secret"]
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
					c, err := acctest.Visible(env.CloudUser.GetOAuthClient, clientID)
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
				Config:           config("second", 7200, "2026-11"),
				ConfigPlanChecks: acctest.ExpectAction(acctest.OauthAddr, plancheck.ResourceActionUpdate),
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
				Config:           config("second", 7200, "2026-11"),
				ConfigPlanChecks: acctest.ExpectAction(acctest.OauthAddr, plancheck.ResourceActionCreate),
				Check:            acctest.CaptureID(acctest.OauthAddr, &clientID),
			},
		},
	})
}

func TestAccCloudOAuthClient_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
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
  access_token_validity_seconds = 299`, acctest.ErrorText("must be between 300 and 38880000")},
		{"unknown state", `authorized_grant_type = "TOKEN"
  registered_redirect_uris = ["https://app.example.com/cb"]
  state = "deleted"`, regexp.MustCompile(`value must be one of`)},
	}
	var plans []acctest.PlanErrorCase
	for _, c := range cases {
		plans = append(plans, acctest.PlanErrorCase{Name: c.name, Config: client(c.body), Want: c.want})
	}
	acctest.CheckPlanErrors(t, env, plans)
}
