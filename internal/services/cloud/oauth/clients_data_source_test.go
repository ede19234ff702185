package oauth_test

import (
	"fmt"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// adoptableClients are OAuth clients an org had before Terraform, made through the API, with the
// secrets the creates answered, and the role and home division the client-credentials one holds.
type adoptableClients struct {
	ids     map[string]string // by name
	secrets map[string]string // by id
	role    string
	home    string
}

// seedAdoptableClients makes two clients named "Partner ..." (client credentials with a role,
// description and token validity; an inactive authorization-code client with redirect URIs and
// scopes and no description; a client Genesys support disabled) and one named otherwise. The role is granted to the OAuth client
// Terraform runs as, as an administrator does before Terraform may grant it or edit (here:
// destroy) a client holding it.
func seedAdoptableClients(t *testing.T, env *acctest.Env) adoptableClients {
	t.Helper()
	// The admin calls below need the emulator: skip against a real org before seeding anything.
	emu := env.Emulator(t)
	s := adoptableClients{ids: map[string]string{}, secrets: map[string]string{}}
	s.role = acctest.ExistingRole(t, env, genesyscloud.RoleInput{
		Name: "Exporter", PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "analytics", EntityName: "conversationDetail", ActionSet: []string{"view"}}},
	})
	if err := emu.GrantClientRoles("", s.role); err != nil {
		t.Fatal(err)
	}
	home, err := env.Cloud.HomeDivision(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	s.home = home.ID
	for _, in := range []genesyscloud.OAuthClientInput{
		{Name: "Partner Exporter", Description: "Nightly export", AuthorizedGrantType: "CLIENT-CREDENTIALS", AccessTokenValiditySeconds: 3600,
			RoleDivisions: []genesyscloud.RoleDivision{{RoleID: s.role, DivisionID: s.home}}},
		{Name: "Partner Dashboard", AuthorizedGrantType: "CODE", State: "inactive",
			RegisteredRedirectURI: []string{"https://dashboard.example.com/callback"}, Scope: []string{"users:readonly", "analytics:readonly"}},
		{Name: "Partner Legacy", AuthorizedGrantType: "CLIENT-CREDENTIALS",
			RoleDivisions: []genesyscloud.RoleDivision{{RoleID: s.role, DivisionID: "*"}}},
		{Name: "Unrelated", AuthorizedGrantType: "TOKEN", RegisteredRedirectURI: []string{"https://app.example.com/"}},
	} {
		cl, err := env.Cloud.CreateOAuthClient(t.Context(), in)
		if err != nil {
			t.Fatal(err)
		}
		s.ids[in.Name], s.secrets[cl.ID] = cl.ID, cl.Secret
	}
	for _, id := range s.ids {
		if _, err := acctest.Visible(env.Cloud.GetOAuthClient, id); err != nil {
			t.Fatal(err)
		}
	}
	if err := emu.SetOAuthClientState(s.ids["Partner Legacy"], "disabled"); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAccCloudOAuthClientsDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	seeded := seedAdoptableClients(t, env)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: acctest.PrefixListingsConfig(env, "genesys_cloud_oauth_clients", ""),
			// Every client, the one Terraform runs as included, sorted by name.
			ConfigStateChecks: acctest.ExpectAttrs("data.genesys_cloud_oauth_clients.all",
				acctest.Attr("oauth_clients", acctest.NamedList("Emulator bootstrap client", "Partner Dashboard", "Partner Exporter", "Partner Legacy", "Unrelated"))).
				And("data.genesys_cloud_oauth_clients.partner", acctest.Attr("oauth_clients", knownvalue.ListExact([]knownvalue.Check{
					knownvalue.ObjectExact(map[string]knownvalue.Check{
						"id":                            knownvalue.StringExact(seeded.ids["Partner Dashboard"]),
						"name":                          knownvalue.StringExact("Partner Dashboard"),
						"description":                   knownvalue.Null(), // none, as the resource stores it
						"authorized_grant_type":         knownvalue.StringExact("CODE"),
						"roles":                         knownvalue.SetExact([]knownvalue.Check{}),
						"registered_redirect_uris":      acctest.StringSet("https://dashboard.example.com/callback"),
						"scopes":                        acctest.StringSet("analytics:readonly", "users:readonly"),
						"access_token_validity_seconds": knownvalue.Int64Exact(86400),
						"state":                         knownvalue.StringExact("inactive"),
					}),
					knownvalue.ObjectExact(map[string]knownvalue.Check{
						"id":                    knownvalue.StringExact(seeded.ids["Partner Exporter"]),
						"name":                  knownvalue.StringExact("Partner Exporter"),
						"description":           knownvalue.StringExact("Nightly export"),
						"authorized_grant_type": knownvalue.StringExact("CLIENT-CREDENTIALS"),
						"roles": knownvalue.SetExact([]knownvalue.Check{knownvalue.ObjectExact(map[string]knownvalue.Check{
							"role_id": knownvalue.StringExact(seeded.role), "division_id": knownvalue.StringExact(seeded.home),
						})}),
						"registered_redirect_uris":      acctest.StringSet(),
						"scopes":                        acctest.StringSet(),
						"access_token_validity_seconds": knownvalue.Int64Exact(3600),
						"state":                         knownvalue.StringExact("active"),
					}),
					knownvalue.ObjectPartial(map[string]knownvalue.Check{
						"id": knownvalue.StringExact(seeded.ids["Partner Legacy"]), "state": knownvalue.StringExact("disabled"),
						"roles": knownvalue.SetExact([]knownvalue.Check{knownvalue.ObjectExact(map[string]knownvalue.Check{
							"role_id": knownvalue.StringExact(seeded.role), "division_id": knownvalue.StringExact("*"),
						})}),
					}),
				}))).
				And("data.genesys_cloud_oauth_clients.none", acctest.Attr("oauth_clients", knownvalue.ListExact([]knownvalue.Check{}))),
		}},
	})
}

// TestAccCloudOAuthClientsDataSource_importForEach adopts the seeded clients with the data
// source's example: import blocks and a for_each resource written from the listed values alone,
// keyed by id, with no secret_rotation, so that adopting resets no secret in use.
func TestAccCloudOAuthClientsDataSource_importForEach(t *testing.T) {
	acctest.SkipWithoutTFAcc(t)
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	seeded := seedAdoptableClients(t, env)
	example := acctest.Example(t, "data-sources/genesys_cloud_oauth_clients/data-source.tf")
	adopted := func(name string) string {
		return fmt.Sprintf("genesys_cloud_oauth_client.partner[%q]", seeded.ids[name])
	}
	acctest.CheckAdoption(t, acctest.ProviderBinary(t.TempDir())(t), acctest.Adoption{
		Config: env.ProviderConfig() + example,
		// The disabled client is configured active, as the resource takes no "disabled": it plans no change either.
		Imported: []string{adopted("Partner Exporter"), adopted("Partner Dashboard"), adopted("Partner Legacy")},
		// The secrets cannot be read back: the state has none, and the ones in use still work.
		Adopted: func(state *tfjson.State) error {
			clients := acctest.Instances(state, "genesys_cloud_oauth_client")
			for _, name := range []string{"Partner Exporter", "Partner Dashboard", "Partner Legacy"} {
				c := clients[adopted(name)]
				if c == nil {
					return fmt.Errorf("%s is not in the state", adopted(name))
				}
				if secret := c.AttributeValues["secret"]; secret != nil {
					return fmt.Errorf("%s has a secret in the state after its import: %v", adopted(name), secret)
				}
			}
			id := seeded.ids["Partner Exporter"]
			return env.CheckClientCredentials(id, seeded.secrets[id])
		},
		// The adopted clients are Terraform's now: destroy deletes them.
		Destroyed: func() error {
			for _, name := range []string{"Partner Exporter", "Partner Dashboard", "Partner Legacy"} {
				id := seeded.ids[name]
				if err := env.CheckOAuthClientDestroyed(&id)(nil); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

func TestAccCloudOAuthClientsDataSource_invalidFilter(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.CheckPlanErrors(t, env, []acctest.PlanErrorCase{acctest.EmptyNamePrefixCase(env, "genesys_cloud_oauth_clients")})
}
