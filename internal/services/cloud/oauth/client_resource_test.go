package oauth_test

import (
	"context"
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"

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
	var clientID, firstSecret, rotatedSecret string
	clientName, roleName := acctest.RandomName("Partner Syncer"), acctest.RandomName("Syncer")
	config := func(description string, validity int, rotation string) string {
		return acctest.OauthNamedConfig(env, clientName, roleName, description, validity, rotation)
	}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckOAuthClientDestroyed(&clientID),
		Steps: []resource.TestStep{
			{
				Config: config("first", 3600, ""),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.OauthAddr,
					acctest.StringAttr("state", "active"),
					acctest.NotNullAttr("secret"),
					acctest.Attr("roles", knownvalue.SetExact([]knownvalue.Check{
						knownvalue.ObjectPartial(map[string]knownvalue.Check{"division_id": knownvalue.StringExact(home.ID)}),
					})),
				),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.OauthAddr, &clientID),
					acctest.CaptureAttr(acctest.OauthAddr, "secret", &firstSecret),
					// The secret in state really works at the token endpoint.
					acctest.CheckFunc(func() error { return env.CheckClientCredentials(clientID, firstSecret) }),
				),
			},
			acctest.EmptyPlanStep(config("first", 3600, "")),
			{
				// Updated in place: the id and the secret stay.
				Config:           config("second", 7200, ""),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.OauthAddr),
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
			// The API never returns the secret: an imported client's secret is unknown.
			acctest.ImportCommandStep(acctest.OauthAddr, "secret"),
			acctest.ImportBlockStep(acctest.OauthAddr),
			{
				// A new rotation value resets the secret in place.
				Config:           config("second", 7200, "2026-11"),
				ConfigPlanChecks: acctest.ExpectUpdateWith(acctest.OauthAddr, acctest.ExpectUnknown(acctest.OauthAddr, "secret")),
				Check: resource.ComposeTestCheckFunc(
					resource.TestCheckResourceAttrPtr(acctest.OauthAddr, "id", &clientID),
					acctest.CaptureAttr(acctest.OauthAddr, "secret", &rotatedSecret),
					acctest.CheckFunc(func() error {
						if rotatedSecret == "" || rotatedSecret == firstSecret {
							return fmt.Errorf("the secret was not rotated")
						}
						if env.CheckClientCredentials(clientID, firstSecret) == nil {
							return fmt.Errorf("the old secret still works after rotation")
						}
						return env.CheckClientCredentials(clientID, rotatedSecret)
					}),
				),
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					c, err := acctest.Visible(env.CloudUser.GetOAuthClient, clientID)
					if err != nil {
						return err
					}
					in := genesyscloud.OAuthClientInput{Name: c.Name, Description: "edited by hand", AuthorizedGrantType: c.AuthorizedGrantType,
						AccessTokenValiditySeconds: c.AccessTokenValiditySeconds, RoleDivisions: c.RoleDivisions, State: "inactive",
						RegisteredRedirectURI: []string{}, Scope: []string{}}
					_, err = env.CloudUser.UpdateOAuthClient(context.Background(), clientID, in)
					return err
				}),
				Config:           config("second", 7200, "2026-11"),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.OauthAddr),
				Check: env.CheckOAuthClient(&clientID, func(c *genesyscloud.OAuthClient) error {
					if c.Description != "second" || c.State != "active" {
						return fmt.Errorf("drift not corrected: %+v", c)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: planned for creation again, without error.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.CloudUser.DeleteOAuthClient(context.Background(), clientID) }),
				Config:           config("second", 7200, "2026-11"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.OauthAddr),
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
