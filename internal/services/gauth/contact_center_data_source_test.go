package gauth_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

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
	domains := knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact(domain), knownvalue.StringExact(eu)})

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("domains"), domains),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("domain"), knownvalue.Null()),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("environment_id"), knownvalue.StringExact(environmentID)),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("auth"), knownvalue.StringExact("configServer")),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("id"), knownvalue.StringExact(ccid)),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("domain"), knownvalue.StringExact(eu)),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("domains"), domains),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("environment_id"), knownvalue.StringExact(environmentID)),
			},
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
	lookup := func(body string) string {
		return env.ProviderConfig() + "data \"genesys_gauth_contact_center\" \"x\" {\n" + body + "\n}\n"
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: lookup(``), ExpectError: acctest.ErrorText(`Exactly one of these attributes must be configured: [id,domain]`)},
			{Config: lookup(fmt.Sprintf("id = %q\ndomain = %q", ccid, domain)), ExpectError: regexp.MustCompile(`Invalid Attribute Combination(?s:.*)Exactly one of these attributes must be configured: \[id,domain\]`)},
			{Config: lookup(fmt.Sprintf("domain = %q", shared)), ExpectError: acctest.ErrorText(`There are 2 GAuth contact centers with the domain "` + shared + `"`)},
			{Config: lookup(fmt.Sprintf("domain = %q", strings.ToUpper(domain))), ExpectError: acctest.ErrorText(`There is no GAuth contact center with the domain "` + strings.ToUpper(domain) + `"`)},
			{Config: lookup(`id = "00000000-0000-4000-8000-00000000dead"`), ExpectError: acctest.ErrorText(`There is no GAuth contact center with the id "00000000-0000-4000-8000-00000000dead"`)},
		},
	})
}
