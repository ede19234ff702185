package gauth_test

import (
	"fmt"
	"regexp"
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
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	ccid := env.SeedGAuthContactCenter(t, acctest.FixtureCCID, environmentID, "t100", "t100-eu")
	env.SeedGAuthContactCenter(t, acctest.OtherTestCCID, environmentID, "t200")
	config := env.ProviderConfig() + fmt.Sprintf(`
data "genesys_gauth_contact_center" "by_id" {
  id = %[1]q
}
data "genesys_gauth_contact_center" "by_domain" {
  domain = "t100-eu"
}
`, ccid)
	byID, byDomain := "data.genesys_gauth_contact_center.by_id", "data.genesys_gauth_contact_center.by_domain"
	domains := knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("t100"), knownvalue.StringExact("t100-eu")})

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
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("domain"), knownvalue.StringExact("t100-eu")),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("domains"), domains),
				statecheck.ExpectKnownValue(byDomain, tfjsonpath.New("environment_id"), knownvalue.StringExact(environmentID)),
			},
		}},
	})
}

func TestAccGAuthContactCenterDataSource_errors(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	env.SeedGAuthContactCenter(t, acctest.FixtureCCID, environmentID, "t100", "shared")
	env.SeedGAuthContactCenter(t, acctest.OtherTestCCID, environmentID, "t200", "shared")
	lookup := func(body string) string {
		return env.ProviderConfig() + "data \"genesys_gauth_contact_center\" \"x\" {\n" + body + "\n}\n"
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: lookup(``), ExpectError: acctest.ErrorText(`Exactly one of these attributes must be configured: [id,domain]`)},
			{Config: lookup(fmt.Sprintf(`id = %q`+"\n"+`domain = "t100"`, acctest.FixtureCCID)), ExpectError: regexp.MustCompile(`Invalid Attribute Combination(?s:.*)Exactly one of these attributes must be configured: \[id,domain\]`)},
			{Config: lookup(`domain = "shared"`), ExpectError: acctest.ErrorText(`There are 2 GAuth contact centers with the domain "shared"`)},
			{Config: lookup(`domain = "T100"`), ExpectError: acctest.ErrorText(`There is no GAuth contact center with the domain "T100"`)},
			{Config: lookup(`id = "00000000-0000-4000-8000-00000000dead"`), ExpectError: acctest.ErrorText(`There is no GAuth contact center with the id "00000000-0000-4000-8000-00000000dead"`)},
		},
	})
}
