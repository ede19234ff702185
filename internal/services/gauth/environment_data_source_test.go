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

func TestAccGAuthEnvironmentDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	single := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	env.SeedGAuthEnvironment(t, "Shared", "Cloud")
	other := env.SeedGAuthEnvironment(t, "Shared", "Other")
	config := env.ProviderConfig() + fmt.Sprintf(`
data "genesys_gauth_environment" "by_id" {
  id = %[1]q
}
data "genesys_gauth_environment" "by_tenant" {
  tenant = "Environment"
}
data "genesys_gauth_environment" "by_tenant_and_app" {
  tenant   = "Shared"
  app_name = "Other"
}
`, single)
	byID := "data.genesys_gauth_environment.by_id"

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: config,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("tenant"), knownvalue.StringExact("Environment")),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("app_name"), knownvalue.StringExact("Cloud")),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("username"), knownvalue.StringExact("default")),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("connection_protocol"), knownvalue.StringExact("addp")),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("local_timeout"), knownvalue.Int64Exact(5)),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("remote_timeout"), knownvalue.Int64Exact(7)),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("trace_mode"), knownvalue.StringExact("CFGTMBoth")),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("tls_enabled"), knownvalue.Bool(false)),
				statecheck.ExpectKnownValue(byID, tfjsonpath.New("config_servers"), knownvalue.ListExact([]knownvalue.Check{
					knownvalue.ObjectExact(map[string]knownvalue.Check{
						"primary_address": knownvalue.StringExact("172.24.132.84"),
						"primary_port":    knownvalue.Int64Exact(2020),
						"backup_address":  knownvalue.Null(),
						"backup_port":     knownvalue.Null(),
						"read_only":       knownvalue.Bool(false),
						"locations":       knownvalue.StringExact("/USW1"),
					}),
				})),
				statecheck.ExpectKnownValue("data.genesys_gauth_environment.by_tenant", tfjsonpath.New("id"), knownvalue.StringExact(single)),
				statecheck.ExpectKnownValue("data.genesys_gauth_environment.by_tenant_and_app", tfjsonpath.New("id"), knownvalue.StringExact(other)),
			},
			Check: acctest.CheckNoValueInState("seed-password"),
		}},
	})
}

func TestAccGAuthEnvironmentDataSource_errors(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	id := env.SeedGAuthEnvironment(t, "Shared", "Cloud")
	env.SeedGAuthEnvironment(t, "Shared", "Other")
	lookup := func(body string) string {
		return env.ProviderConfig() + "data \"genesys_gauth_environment\" \"x\" {\n" + body + "\n}\n"
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: lookup(``), ExpectError: acctest.ErrorText(`Exactly one of these attributes must be configured: [id,tenant]`)},
			{Config: lookup(fmt.Sprintf(`id = %q`+"\n"+`tenant = "Shared"`, id)), ExpectError: regexp.MustCompile(`Invalid Attribute Combination(?s:.*)Exactly one of these attributes must be configured: \[id,tenant\]`)},
			{Config: lookup(fmt.Sprintf(`id = %q`+"\n"+`app_name = "Cloud"`, id)), ExpectError: acctest.ErrorText(`These attributes cannot be configured together: [id,app_name]`)},
			{Config: lookup(`tenant = "Shared"`), ExpectError: acctest.ErrorText(`There are 2 GAuth environments with the tenant "Shared"`)},
			{Config: lookup(`tenant = "shared"`), ExpectError: acctest.ErrorText(`There is no GAuth environment with the tenant "shared"`)},
			{Config: lookup(`tenant = "Shared"` + "\n" + `app_name = "None"`), ExpectError: acctest.ErrorText(`There is no GAuth environment with the tenant "Shared" and the application "None"`)},
			{Config: lookup(`id = "9350e2fc-0000-4000-8000-00000000dead"`), ExpectError: acctest.ErrorText(`There is no GAuth environment with the id "9350e2fc-0000-4000-8000-00000000dead"`)},
		},
	})
}
