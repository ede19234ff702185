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
	cases := map[string]func(env *acctest.Env) (config, addr string, ignore []string){
		"role": func(env *acctest.Env) (string, string, []string) {
			return acctest.RoleConfig(env, acctest.RandomName("Identity"), "Imported by identity", "administer"), acctest.RoleAddr, nil
		},
		"oauth client": func(env *acctest.Env) (string, string, []string) {
			// The secret is not readable after the create; an import has none until a rotation.
			return acctest.OauthConfig(env, "Imported by identity", 3600, ""), acctest.OauthAddr, []string{"client_secret"}
		},
		"gauth client": func(env *acctest.Env) (string, string, []string) {
			return acctest.GauthClientConfig(env, "Imported by identity", 600, "identity-secret"), acctest.GauthClientAddr,
				[]string{"client_secret", "client_secret_wo_version"}
		},
		"environment": func(env *acctest.Env) (string, string, []string) {
			return acctest.GauthEnvironmentConfig(env, `password = "identity-password"`+"\n"+acctest.OneConfigServer),
				acctest.GauthEnvironmentAddr, []string{"password", "password_wo_version"}
		},
		"contact center": func(env *acctest.Env) (string, string, []string) {
			envID := env.SeedGAuthEnvironment(t, "Identity", "Cloud")
			return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_contact_center" "test" {
  domains        = ["identity"]
  environment_id = %q
  auth           = "configServer"
}
`, envID), "genesys_gauth_contact_center.test", nil
		},
		"data center": func(env *acctest.Env) (string, string, []string) {
			return env.ProviderConfig() + `
resource "genesys_gauth_data_center" "test" {
  location    = "/IDENTITY"
  entry_point = "https://gauth-identity.example.com"
}
`, "genesys_gauth_data_center.test", nil
		},
		"cors origins": func(env *acctest.Env) (string, string, []string) {
			ccid := env.SeedGAuthContactCenter(t, acctest.FixtureCCID, env.SeedGAuthEnvironment(t, "CORS", "Cloud"), "cors")
			return acctest.CorsConfig(env, ccid, "https://identity.example.com"), "genesys_gauth_cors_origins.test", nil
		},
	}
	for name, setup := range cases {
		t.Run(name, func(t *testing.T) {
			env := acctest.NewEnv(t, emulator.Options{})
			config, addr, ignore := setup(env)
			resource.Test(t, resource.TestCase{
				TerraformVersionChecks:   []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_12_0)},
				ProtoV6ProviderFactories: acctest.ProviderFactories,
				Steps: []resource.TestStep{
					{Config: config},
					{
						Config: config, ResourceName: addr, ImportState: true,
						ImportStateKind: resource.ImportBlockWithResourceIdentity, ImportStateVerify: true,
						ImportStateVerifyIgnore: ignore,
					},
				},
			})
		})
	}
}
