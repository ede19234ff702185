package provider

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const (
	gauthClientAddr = "genesys_gauth_client.test"
	GauthClientID   = "external_api_client"
)

// GauthClientConfig is the API client of the provisioning guide, with the given description,
// access-token lifetime and secret attributes (such as `client_secret = "s"`).
// GauthClientConfig leaves description out when it is "", as a configuration without one would.
func GauthClientConfig(env *Env, description string, accessTimeout int, secret string) string {
	if description != "" {
		description = fmt.Sprintf("description = %q", description)
	}
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_client" "test" {
  client_id                       = %[1]q
  name                            = "External API client"
  %[2]s
  internal_client                 = true
  authorities                     = ["ROLE_INTERNAL_CLIENT"]
  authorized_grant_types          = ["client_credentials", "refresh_token"]
  redirect_uris                   = ["https://gauth.example.com", "https://wwe.example.com"]
  access_token_expiration_timeout = %[3]d
  %[4]s
}
`, GauthClientID, description, accessTimeout, secret)
}

func TestAccGAuthClient_lifecycle(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	config := func(description string, accessTimeout int, secret string) string {
		return GauthClientConfig(env, description, accessTimeout, fmt.Sprintf("client_secret = %q", secret))
	}

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckGAuthClientDestroyed(GauthClientID),
		Steps: []resource.TestStep{
			{
				Config: config("first", 3600, "first-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("id"), knownvalue.StringExact(GauthClientID)),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_type"), knownvalue.StringExact("CONFIDENTIAL")),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("scopes"), knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("*")})),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("refresh_token_expiration_timeout"), knownvalue.Int64Exact(43200)),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("contact_center_ids"), knownvalue.SetSizeExact(0)),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_secret"), knownvalue.StringExact("first-secret")),
				},
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthClient(GauthClientID, func(c *gauth.APIClient) error {
						if !c.InternalClient || c.AccessTokenExpirationTimeout != 3600 || len(c.RedirectURIs) != 2 ||
							!slices.Equal(c.Authorities, []string{"ROLE_INTERNAL_CLIENT"}) {
							return fmt.Errorf("GAuth holds %+v", c)
						}
						return nil
					}),
					env.CheckGAuthSecret(GauthClientID, "first-secret", true),
				),
			},
			{
				Config: config("first", 3600, "first-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				// An update that leaves the secret alone must not send it: a secret changed by hand
				// meanwhile survives.
				PreConfig: func() {
					env.SetGAuthClientSecret(t, GauthClientID, "rotated-by-hand")
				},
				Config: config("second", 7200, "first-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionUpdate),
						ExpectOnlyChanged(gauthClientAddr, "access_token_expiration_timeout", "description"),
					},
				},
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthClient(GauthClientID, func(c *gauth.APIClient) error {
						if c.Description != "second" || c.AccessTokenExpirationTimeout != 7200 {
							return fmt.Errorf("update not applied: %+v", c)
						}
						return nil
					}),
					env.CheckGAuthSecret(GauthClientID, "rotated-by-hand", true),
				),
			},
			{
				// A new secret is sent, and the old one stops working.
				Config: config("second", 7200, "second-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionUpdate)},
				},
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthSecret(GauthClientID, "second-secret", true),
					env.CheckGAuthSecret(GauthClientID, "rotated-by-hand", false),
				),
			},
			{
				ResourceName:            gauthClientAddr,
				ImportState:             true,
				ImportStateKind:         resource.ImportCommandWithID,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"client_secret"}, // never returned by GAuth
			},
			{
				// With an import block, the plan sets the secret GAuth could not return, and nothing else.
				ResourceName:       gauthClientAddr,
				ImportState:        true,
				ImportStateKind:    resource.ImportBlockWithID,
				ExpectNonEmptyPlan: true,
				ImportPlanChecks: resource.ImportPlanChecks{
					PreApply: []plancheck.PlanCheck{ExpectOnlyChanged(gauthClientAddr, "client_secret")},
				},
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					name, uris := "renamed by hand", []string{}
					if err := env.GAuth.UpdateClient(context.Background(), GauthClientID, gauth.ClientUpdate{Name: &name, RedirectURIs: &uris}); err != nil {
						t.Fatal(err)
					}
				},
				Config: config("second", 7200, "second-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionUpdate),
						ExpectOnlyChanged(gauthClientAddr, "name", "redirect_uris"),
					},
				},
				Check: env.CheckGAuthClient(GauthClientID, func(c *gauth.APIClient) error {
					if c.Name != "External API client" || len(c.RedirectURIs) != 2 {
						return fmt.Errorf("drift not corrected: %+v", c)
					}
					return nil
				}),
			},
			{
				// Deleted outside Terraform: planned for creation again, without error.
				PreConfig: func() {
					if err := env.GAuth.DeleteClient(context.Background(), GauthClientID); err != nil {
						t.Fatal(err)
					}
				},
				Config: config("second", 7200, "second-secret"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionCreate)},
				},
				Check: env.CheckGAuthSecret(GauthClientID, "second-secret", true),
			},
		},
	})
}

func TestAccGAuthClient_writeOnlySecret(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	config := func(secret string) string { return GauthClientConfig(env, "", 3600, secret) }
	secretsNotInState := CheckNoValueInState("plain-secret", "wo-one", "wo-two")

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_11_0)},
		CheckDestroy:             env.CheckGAuthClientDestroyed(GauthClientID),
		Steps: []resource.TestStep{
			{
				Config: config(`client_secret = "plain-secret"`),
				Check:  env.CheckGAuthSecret(GauthClientID, "plain-secret", true),
			},
			{
				// Moving to the write-only secret sends it even without a version, and the plain one
				// leaves the state.
				Config: config(`client_secret_wo = "wo-one"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionUpdate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_secret"), knownvalue.Null()),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_secret_wo"), knownvalue.Null()),
				},
				Check: resource.ComposeTestCheckFunc(
					secretsNotInState,
					env.CheckGAuthSecret(GauthClientID, "wo-one", true),
					env.CheckGAuthSecret(GauthClientID, "plain-secret", false),
				),
			},
			{
				// A new write-only value alone plans nothing and sends nothing: the version is what sends it.
				Config: config(`client_secret_wo = "wo-two"`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: env.CheckGAuthSecret(GauthClientID, "wo-one", true),
			},
			{
				Config: config(`
  client_secret_wo         = "wo-two"
  client_secret_wo_version = 1`),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction(gauthClientAddr, plancheck.ResourceActionUpdate),
						ExpectOnlyChanged(gauthClientAddr, "client_secret_wo_version"),
					},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_secret_wo"), knownvalue.Null()),
					statecheck.ExpectKnownValue(gauthClientAddr, tfjsonpath.New("client_secret_wo_version"), knownvalue.Int64Exact(1)),
				},
				Check: resource.ComposeTestCheckFunc(
					secretsNotInState,
					env.CheckGAuthSecret(GauthClientID, "wo-two", true),
					env.CheckGAuthSecret(GauthClientID, "wo-one", false),
				),
			},
			{
				ResourceName:            gauthClientAddr,
				ImportState:             true,
				ImportStateVerify:       true,
				ImportStateVerifyIgnore: []string{"client_secret_wo_version"}, // not known to GAuth
			},
		},
	})
}

// A create whose answer is lost after GAuth stored the client is not resent: the client is found
// by its client_id and adopted.
func TestAccGAuthClient_createAnswerLost(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	err := env.Emu.SetFaults(emulator.FaultPlan{Rules: []emulator.FaultRule{
		{Method: "POST", Route: "/auth/v3/ops/clients", Kind: emulator.FaultCommitThenFail, Status: 502, Count: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	config := GauthClientConfig(env, "adopted", 3600, `client_secret = "lost-answer-secret"`)

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckGAuthClientDestroyed(GauthClientID),
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
					env.CheckGAuthSecret(GauthClientID, "lost-answer-secret", true),
				),
			},
			{
				Config: config,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
		},
	})
}

func TestAccGAuthClient_validation(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	client := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_gauth_client\" \"test\" {\n  client_id = \"c\"\n  name = \"Invalid\"\n" + body + "\n}\n"
	}
	const grants = `authorized_grant_types = ["client_credentials"]` + "\n"
	cases := []struct {
		name, body string
		want       *regexp.Regexp
	}{
		{"both secrets", grants + `client_secret = "a"
  client_secret_wo = "b"`, ErrorText(`These attributes cannot be configured together: [client_secret,client_secret_wo]`)},
		// As after terraform plan -generate-config-out: the error says which edit makes it plan.
		{"no secret", grants, ErrorText(`has client_secret = null: replace null with the secret`)},
		{"version without write-only secret", grants + `client_secret = "a"
  client_secret_wo_version = 1`, ErrorText(`"client_secret_wo" must be specified when "client_secret_wo_version"`)},
		{"no grant type", `authorized_grant_types = []
  client_secret = "a"`, ErrorText(`Attribute authorized_grant_types set must contain at least 1`)},
		{"unknown grant type", `authorized_grant_types = ["client-credentials"]
  client_secret = "a"`, ErrorText(`value must be one of`)},
		{"unknown client type", grants + `client_secret = "a"
  client_type = "SECRET"`, ErrorText(`Attribute client_type value must be one of`)},
		{"relative redirect URI", grants + `client_secret = "a"
  redirect_uris = ["/callback"]`, ErrorText(`Invalid Redirect URI`)},
		{"zero token lifetime", grants + `client_secret = "a"
  access_token_expiration_timeout = 0`, ErrorText(`Attribute access_token_expiration_timeout value must be between 1 and 2147483647, got: 0`)},
	}
	var plans []PlanErrorCase
	for _, c := range cases {
		plans = append(plans, PlanErrorCase{c.name, client(c.body), c.want})
	}
	CheckPlanErrors(t, env, plans, tfversion.SkipBelow(tfversion.Version1_11_0))
}

func TestGrantTypesFromAPI(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	api := []string{"client_credentials", gauthGrantTokenExchange, gauthGrantJWTBearer}
	cases := []struct {
		name  string
		prior types.Set
		want  []string
	}{
		{"added by GAuth", types.SetValueMust(types.StringType, nil), []string{"client_credentials"}},
		{"import", types.SetNull(types.StringType), []string{"client_credentials"}},
		{"configured", mustStringSet(t, "client_credentials", gauthGrantJWTBearer), []string{"client_credentials", gauthGrantJWTBearer}},
	}
	for _, c := range cases {
		if got := grantTypesFromAPI(ctx, api, c.prior); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func mustStringSet(t *testing.T, values ...string) types.Set {
	t.Helper()
	s, d := types.SetValueFrom(context.Background(), types.StringType, values)
	if d.HasError() {
		t.Fatal(d)
	}
	return s
}

// CheckGAuthClient asks GAuth for the API client and runs check on it.
func (e *Env) CheckGAuthClient(clientID string, check func(*gauth.APIClient) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		c, err := e.GAuth.GetClient(context.Background(), clientID)
		if err != nil {
			return err
		}
		return check(c)
	}
}

func (e *Env) CheckGAuthClientDestroyed(clientID string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		_, err := e.GAuth.GetClient(context.Background(), clientID)
		if !transport.IsNotFound(err) {
			return fmt.Errorf("API client %s still exists after destroy (err %w)", clientID, err)
		}
		return nil
	}
}

// CheckGAuthSecret asks the GAuth token endpoint whether the secret works for the client: the only
// way to see a secret GAuth never returns.
func (e *Env) CheckGAuthSecret(clientID, secret string, works bool) resource.TestCheckFunc {
	return func(*terraform.State) error {
		ts := transport.NewTokenSource(transport.TokenConfig{TokenURL: e.URL + "/auth/v3/oauth/token", ClientID: clientID, ClientSecret: secret})
		_, err := ts.Token(context.Background())
		switch {
		case works && err != nil:
			return fmt.Errorf("secret %q of %s refused at the token endpoint: %w", secret, clientID, err)
		case !works && err == nil:
			return fmt.Errorf("secret %q of %s still works at the token endpoint", secret, clientID)
		}
		return nil
	}
}

// SetGAuthClientSecret changes a client's secret behind Terraform's back.
func (e *Env) SetGAuthClientSecret(t *testing.T, clientID, secret string) {
	t.Helper()
	if err := e.GAuth.UpdateClient(context.Background(), clientID, gauth.ClientUpdate{ClientSecret: &secret}); err != nil {
		t.Fatal(err)
	}
}

type OnlyChanged struct {
	addr  string
	attrs []string
}

func (c OnlyChanged) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, rc := range req.Plan.ResourceChanges {
		if rc.Address != c.addr || rc.Change == nil {
			continue
		}
		before, _ := rc.Change.Before.(map[string]any)
		after, _ := rc.Change.After.(map[string]any)
		var changed []string
		for name := range mergeKeys(before, after) {
			if !reflect.DeepEqual(before[name], after[name]) {
				changed = append(changed, name)
			}
		}
		sort.Strings(changed)
		if !slices.Equal(changed, c.attrs) {
			resp.Error = fmt.Errorf("%s: the plan changes %v, want exactly %v", c.addr, changed, c.attrs)
		}
		return
	}
	resp.Error = fmt.Errorf("%s has no planned change", c.addr)
}

func mergeKeys(maps ...map[string]any) map[string]struct{} {
	out := map[string]struct{}{}
	for _, m := range maps {
		for k := range m {
			out[k] = struct{}{}
		}
	}
	return out
}
