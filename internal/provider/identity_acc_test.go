package provider

import (
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// Every resource type imports by identity through an import block (Terraform 1.12 and later; the
// protocol-level tests in identity_test.go cover older CLIs).
func TestAccImportBlockWithResourceIdentity(t *testing.T) {
	// changesSecret marks the types whose import cannot read back a secret the configuration sets:
	// the plan after their import updates it.
	cases := map[string]func(env *acctest.Env) (config, addr string, changesSecret bool){
		"role": func(env *acctest.Env) (string, string, bool) {
			return acctest.RoleConfig(env, acctest.RandomName("Identity"), "Imported by identity", "administer"), acctest.RoleAddr, false
		},
		"oauth client": func(env *acctest.Env) (string, string, bool) {
			// The secret is computed: an import has none until a rotation, and plans no change for it.
			return acctest.OauthConfig(env, "Imported by identity", 3600, ""), acctest.OauthAddr, false
		},
		"gauth client": func(env *acctest.Env) (string, string, bool) {
			return acctest.GauthClientConfig(env, "Imported by identity", 600, `client_secret = "identity-secret"`), acctest.GauthClientAddr, true
		},
		"environment": func(env *acctest.Env) (string, string, bool) {
			return acctest.GauthEnvironmentConfig(env, `password = "identity-password"`+"\n"+acctest.OneConfigServer),
				acctest.GauthEnvironmentAddr, true
		},
		"contact center": func(env *acctest.Env) (string, string, bool) {
			envID := env.SeedGAuthEnvironment(t, acctest.RandomName("Identity"), "Cloud")
			return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_contact_center" "test" {
  domains        = ["identity"]
  environment_id = %q
  auth           = "configServer"
}
`, envID), "genesys_gauth_contact_center.test", false
		},
		"data center": func(env *acctest.Env) (string, string, bool) {
			return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_data_center" "test" {
  location    = %q
  entry_point = "https://gauth-identity.example.com"
}
`, acctest.RandomLocation("identity")), "genesys_gauth_data_center.test", false
		},
		"cors origins": func(env *acctest.Env) (string, string, bool) {
			ccid := env.SeedGAuthContactCenter(t, acctest.RandomUUID(), env.SeedGAuthEnvironment(t, acctest.RandomName("CORS"), "Cloud"), "cors")
			return acctest.CorsConfig(env, ccid, "https://identity.example.com"), "genesys_gauth_cors_origins.test", false
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			env := acctest.NewEnv(t, emulator.Options{})
			config, addr, changesSecret := setup(env)
			acctest.Test(t, resource.TestCase{
				TerraformVersionChecks: []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
				Steps: []resource.TestStep{
					{Config: config},
					{
						// The import plan must import the object by the identity the state holds and,
						// secrets aside, change nothing (terraform-plugin-testing checks both).
						Config: config, ResourceName: addr, ImportState: true,
						ImportStateKind: resource.ImportBlockWithResourceIdentity, ExpectNonEmptyPlan: changesSecret,
					},
				},
			})
		})
	}
}
