package gauth_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccGAuthContactCenterDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	domain, other := acctest.RandomName("t100"), acctest.RandomName("t200")
	eu := domain + "-eu"
	environmentID := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")
	ccid := env.SeedGAuthContactCenter(t, acctest.RandomUUID(), environmentID, domain, eu)
	env.SeedGAuthContactCenter(t, acctest.RandomUUID(), environmentID, other)
	config := env.ProviderConfig() + fmt.Sprintf(`
data "genesys_gauth_contact_center" "by_id" {
  id = %[1]q
}
data "genesys_gauth_contact_center" "by_domain" {
  domain = %[2]q
}
`, ccid, eu)
	byID, byDomain := "data.genesys_gauth_contact_center.by_id", "data.genesys_gauth_contact_center.by_domain"
	domains := acctest.StringSetAttr("domains", domain, eu)

	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: acctest.ExpectAttrs(byID,
				domains,
				acctest.NullAttr("domain"),
				acctest.StringAttr("environment_id", environmentID),
				acctest.StringAttr("auth", "configServer"),
			).And(byDomain,
				acctest.StringAttr("id", ccid),
				acctest.StringAttr("domain", eu),
				domains,
				acctest.StringAttr("environment_id", environmentID),
			),
		}},
	})
}

func TestAccGAuthContactCenterDataSource_errors(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ccid, domain, shared := acctest.RandomUUID(), acctest.RandomName("t100"), acctest.RandomName("shared")
	environmentID := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")
	env.SeedGAuthContactCenter(t, ccid, environmentID, domain, shared)
	env.SeedGAuthContactCenter(t, acctest.RandomUUID(), environmentID, acctest.RandomName("t200"), shared)
	acctest.CheckLookupErrors(t, env, "genesys_gauth_contact_center", []acctest.LookupErrorCase{
		{Want: acctest.ErrorText(`Exactly one of these attributes must be configured: [id,domain]`)},
		{Body: fmt.Sprintf("id = %q\ndomain = %q", ccid, domain), Want: acctest.ErrorPhrases(`Invalid Attribute Combination`, `Exactly one of these attributes must be configured: [id,domain]`)},
		{Body: fmt.Sprintf("domain = %q", shared), Want: acctest.ErrorText(`There are 2 GAuth contact centers with the domain "` + shared + `"`)},
		{Body: fmt.Sprintf("domain = %q", strings.ToUpper(domain)), Want: acctest.ErrorText(`There is no GAuth contact center with the domain "` + strings.ToUpper(domain) + `"`)},
		{Body: `id = "00000000-0000-4000-8000-00000000dead"`, Want: acctest.ErrorText(`There is no GAuth contact center with the id "00000000-0000-4000-8000-00000000dead"`)},
	}...)
}
