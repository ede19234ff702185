package gauth_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccGAuthEnvironmentDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	tenant, shared := acctest.RandomName("Environment"), acctest.RandomName("Shared")
	single := env.SeedGAuthEnvironment(t, tenant, "Cloud")
	env.SeedGAuthEnvironment(t, shared, "Cloud")
	other := env.SeedGAuthEnvironment(t, shared, "Other")
	config := env.ProviderConfig() + fmt.Sprintf(`
data "genesys_gauth_environment" "by_id" {
  id = %[1]q
}
data "genesys_gauth_environment" "by_tenant" {
  tenant = %[2]q
}
data "genesys_gauth_environment" "by_tenant_and_app" {
  tenant   = %[3]q
  app_name = "Other"
}
`, single, tenant, shared)
	byID := "data.genesys_gauth_environment.by_id"

	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: acctest.ExpectAttrs(byID, append([]acctest.AttrCheck{
				acctest.StringAttr("tenant", tenant),
				acctest.StringAttr("app_name", "Cloud"),
				acctest.StringAttr("username", "default"),
			}, acctest.OneConfigServerAttrs(5, 7)...)...).
				And("data.genesys_gauth_environment.by_tenant", acctest.StringAttr("id", single)).
				And("data.genesys_gauth_environment.by_tenant_and_app", acctest.StringAttr("id", other)),
			Check: acctest.CheckNoValueInState("seed-password"),
		}},
	})
}

func TestAccGAuthEnvironmentDataSource_errors(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	shared := acctest.RandomName("Shared")
	tenantIs := func(tenant string) string { return fmt.Sprintf("tenant = %q", tenant) }
	id := env.SeedGAuthEnvironment(t, shared, "Cloud")
	env.SeedGAuthEnvironment(t, shared, "Other")
	acctest.CheckLookupErrors(t, env, "genesys_gauth_environment", []acctest.LookupErrorCase{
		{Want: acctest.ErrorText(`Exactly one of these attributes must be configured: [id,tenant]`)},
		{Body: fmt.Sprintf(`id = %q`+"\n", id) + tenantIs(shared), Want: acctest.ErrorPhrases(`Invalid Attribute Combination`, `Exactly one of these attributes must be configured: [id,tenant]`)},
		{Body: fmt.Sprintf(`id = %q`+"\n"+`app_name = "Cloud"`, id), Want: acctest.ErrorText(`These attributes cannot be configured together: [id,app_name]`)},
		{Body: tenantIs(shared), Want: acctest.ErrorText(`There are 2 GAuth environments with the tenant "` + shared + `"`)},
		{Body: tenantIs(strings.ToLower(shared)), Want: acctest.ErrorText(`There is no GAuth environment with the tenant "` + strings.ToLower(shared) + `"`)},
		{Body: tenantIs(shared) + "\n" + `app_name = "None"`, Want: acctest.ErrorText(`There is no GAuth environment with the tenant "` + shared + `" and the application "None"`)},
		{Body: `id = "9350e2fc-0000-4000-8000-00000000dead"`, Want: acctest.ErrorText(`There is no GAuth environment with the id "9350e2fc-0000-4000-8000-00000000dead"`)},
	}...)
}
