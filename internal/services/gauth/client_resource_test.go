package gauth_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

func TestAccGAuthClient_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	clientID := acctest.RandomName("external_api_client")
	config := func(description string, accessTimeout int, secret string) string {
		return acctest.GauthClientConfigFor(env, clientID, description, accessTimeout, fmt.Sprintf("client_secret = %q", secret))
	}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthClientDestroyed(clientID),
		Steps: []resource.TestStep{
			{
				Config:           config("first", 3600, "first-secret"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.GauthClientAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthClientAddr,
					acctest.StringAttr("id", clientID),
					acctest.StringAttr("client_type", "CONFIDENTIAL"),
					acctest.StringSetAttr("scopes", "*"),
					acctest.Int64Attr("refresh_token_expiration_timeout", 43200),
					acctest.SetSizeAttr("contact_center_ids", 0),
					acctest.StringAttr("client_secret", "first-secret"),
				),
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthClient(clientID, func(c *gauth.APIClient) error {
						if !c.InternalClient || c.AccessTokenExpirationTimeout != 3600 || len(c.RedirectURIs) != 2 ||
							!slices.Equal(c.Authorities, []string{"ROLE_INTERNAL_CLIENT"}) {
							return fmt.Errorf("GAuth holds %+v", c)
						}
						return nil
					}),
					env.CheckGAuthSecret(clientID, "first-secret", true),
				),
			},
			acctest.EmptyPlanStep(config("first", 3600, "first-secret")),
			{
				// An update that leaves the secret alone must not send it: a secret changed by hand
				// meanwhile survives.
				PreConfig: func() {
					env.SetGAuthClientSecret(t, clientID, "rotated-by-hand")
				},
				Config:           config("second", 7200, "first-secret"),
				ConfigPlanChecks: acctest.ExpectUpdateOf(acctest.GauthClientAddr, "access_token_expiration_timeout", "description"),
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthClient(clientID, func(c *gauth.APIClient) error {
						if c.Description != "second" || c.AccessTokenExpirationTimeout != 7200 {
							return fmt.Errorf("update not applied: %+v", c)
						}
						return nil
					}),
					env.CheckGAuthSecret(clientID, "rotated-by-hand", true),
				),
			},
			{
				// A new secret is sent, and the old one stops working.
				Config:           config("second", 7200, "second-secret"),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.GauthClientAddr),
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthSecret(clientID, "second-secret", true),
					env.CheckGAuthSecret(clientID, "rotated-by-hand", false),
				),
			},
			acctest.ImportCommandStep(acctest.GauthClientAddr, "client_secret"), // never returned by GAuth
			// With an import block, the plan sets the secret GAuth could not return, and nothing else.
			acctest.ImportBlockSettingStep(acctest.GauthClientAddr, "client_secret"),
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					name, uris := "renamed by hand", []string{}
					return env.GAuth.UpdateClient(context.Background(), clientID, gauth.ClientUpdate{Name: &name, RedirectURIs: &uris})
				}),
				Config:           config("second", 7200, "second-secret"),
				ConfigPlanChecks: acctest.ExpectUpdateOf(acctest.GauthClientAddr, "name", "redirect_uris"),
				Check: env.CheckGAuthClient(clientID, func(c *gauth.APIClient) error {
					if c.Name != "External API client" || len(c.RedirectURIs) != 2 {
						return fmt.Errorf("drift not corrected: %+v", c)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: planned for creation again, without error.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.GAuth.DeleteClient(context.Background(), clientID) }),
				Config:           config("second", 7200, "second-secret"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.GauthClientAddr),
				Check:            env.CheckGAuthSecret(clientID, "second-secret", true),
			},
		},
	})
}

func TestAccGAuthClient_writeOnlySecret(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	clientID := acctest.RandomName("external_api_client")
	config := func(secret string) string { return acctest.GauthClientConfigFor(env, clientID, "", 3600, secret) }
	secretsNotInState := acctest.CheckNoValueInState("plain-secret", "wo-one", "wo-two")

	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: acctest.NeedsWriteOnlyAttributes,
		CheckDestroy:           env.CheckGAuthClientDestroyed(clientID),
		Steps: []resource.TestStep{
			{
				Config: config(`client_secret = "plain-secret"`),
				Check:  env.CheckGAuthSecret(clientID, "plain-secret", true),
			},
			{
				// Moving to the write-only secret sends it even without a version, and the plain one
				// leaves the state.
				Config:           config(`client_secret_wo = "wo-one"`),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.GauthClientAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthClientAddr,
					acctest.NullAttr("client_secret"),
					acctest.NullAttr("client_secret_wo"),
				),
				Check: resource.ComposeTestCheckFunc(
					secretsNotInState,
					env.CheckGAuthSecret(clientID, "wo-one", true),
					env.CheckGAuthSecret(clientID, "plain-secret", false),
				),
			},
			{
				// A new write-only value alone plans nothing and sends nothing: the version is what sends it.
				Config:           config(`client_secret_wo = "wo-two"`),
				ConfigPlanChecks: acctest.ExpectEmptyPlan(),
				Check:            env.CheckGAuthSecret(clientID, "wo-one", true),
			},
			{
				Config: config(`
  client_secret_wo         = "wo-two"
  client_secret_wo_version = 1`),
				ConfigPlanChecks: acctest.ExpectUpdateOf(acctest.GauthClientAddr, "client_secret_wo_version"),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthClientAddr,
					acctest.NullAttr("client_secret_wo"),
					acctest.Int64Attr("client_secret_wo_version", 1),
				),
				Check: resource.ComposeTestCheckFunc(
					secretsNotInState,
					env.CheckGAuthSecret(clientID, "wo-two", true),
					env.CheckGAuthSecret(clientID, "wo-one", false),
				),
			},
			acctest.ImportCommandStep(acctest.GauthClientAddr, "client_secret_wo_version"), // not known to GAuth
		},
	})
}

// A create whose answer is lost after GAuth stored the client is not resent: the client is found
// by its client_id and adopted.
func TestAccGAuthClient_createAnswerLost(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	err := emu.SetFaults(emulator.FaultPlan{Rules: []emulator.FaultRule{
		{Method: "POST", Route: "/auth/v3/ops/clients", Kind: emulator.FaultCommitThenFail, Status: 502, Count: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	config := acctest.GauthClientConfig(env, "adopted", 3600, `client_secret = "lost-answer-secret"`)

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthClientDestroyed(acctest.GauthClientID),
		Steps: []resource.TestStep{
			{
				Config: config,
				Check: resource.ComposeTestCheckFunc(
					env.CheckStats(func(st emulator.Stats) error {
						if n := st.Count("POST", "/auth/v3/ops/clients"); n != 1 {
							return fmt.Errorf("the create was sent %d times, want once", n)
						}
						return nil
					}),
					env.CheckGAuthSecret(acctest.GauthClientID, "lost-answer-secret", true),
				),
			},
			acctest.EmptyPlanStep(config),
		},
	})
}

func TestAccGAuthClient_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	client := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_gauth_client\" \"test\" {\n  client_id = \"c\"\n  name = \"Invalid\"\n" + body + "\n}\n"
	}
	const grants = `authorized_grant_types = ["client_credentials"]` + "\n"
	cases := []struct {
		name, body string
		want       *regexp.Regexp
	}{
		{"both secrets", grants + `client_secret = "a"
  client_secret_wo = "b"`, acctest.ErrorText(`These attributes cannot be configured together: [client_secret,client_secret_wo]`)},
		// As after terraform plan -generate-config-out: the error says which edit makes it plan.
		{"no secret", grants, acctest.ErrorText(`has client_secret = null: replace null with the secret`)},
		{"version without write-only secret", grants + `client_secret = "a"
  client_secret_wo_version = 1`, acctest.ErrorText(`"client_secret_wo" must be specified when "client_secret_wo_version"`)},
		{"no grant type", `authorized_grant_types = []
  client_secret = "a"`, acctest.ErrorText(`Attribute authorized_grant_types set must contain at least 1`)},
		{"unknown grant type", `authorized_grant_types = ["client-credentials"]
  client_secret = "a"`, acctest.ErrorText(`value must be one of`)},
		{"unknown client type", grants + `client_secret = "a"
  client_type = "SECRET"`, acctest.ErrorText(`Attribute client_type value must be one of`)},
		{"relative redirect URI", grants + `client_secret = "a"
  redirect_uris = ["/callback"]`, acctest.ErrorText(`Invalid Redirect URI`)},
		{"zero token lifetime", grants + `client_secret = "a"
  access_token_expiration_timeout = 0`, acctest.ErrorText(`Attribute access_token_expiration_timeout value must be between 1 and 2147483647, got: 0`)},
	}
	var plans []acctest.PlanErrorCase
	for _, c := range cases {
		plans = append(plans, acctest.PlanErrorCase{Name: c.name, Config: client(c.body), Want: c.want})
	}
	acctest.CheckPlanErrors(t, env, plans, acctest.NeedsWriteOnlyAttributes...)
}
