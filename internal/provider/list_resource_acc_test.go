package provider

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/querycheck"
	"github.com/hashicorp/terraform-plugin-testing/querycheck/queryfilter"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// `terraform query` over the org of list_resource_test.go (Terraform 1.14 and later; the
// protocol-level tests there cover older CLIs): each list block finds the seeded objects, with
// their identity and, asked for, the resource object.
func TestAccQueryListsTheSeededOrg(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	o := seedOrg(t, env)
	var roleID string
	for id, name := range o["genesys_cloud_role"] {
		if name == "Adopted role 00" {
			roleID = id
		}
	}
	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_14_0)},
		Steps: []resource.TestStep{
			// The query step needs a working directory initialised with the provider; the objects
			// it lists were seeded through the API.
			{Config: "# nothing to apply\n"},
			{
				Query: true,
				Config: env.ProviderConfig() + `
list "genesys_cloud_role" "adopted" {
  provider         = genesys
  include_resource = true
  config {
    name_prefix = "Adopted role "
  }
}

list "genesys_cloud_oauth_client" "adopted" {
  provider = genesys
  config {
    name_prefix = "Adopted client "
  }
}

list "genesys_gauth_client" "adopted" {
  provider = genesys
  config {
    name_prefix = "adopted_api_client_"
  }
}

list "genesys_gauth_environment" "all" {
  provider = genesys
}

list "genesys_gauth_contact_center" "all" {
  provider = genesys
}

list "genesys_gauth_data_center" "all" {
  provider = genesys
}
`,
				QueryResultChecks: []querycheck.QueryResultCheck{
					querycheck.ExpectLength("genesys_cloud_role.adopted", 50),
					querycheck.ExpectLength("genesys_cloud_oauth_client.adopted", 20),
					querycheck.ExpectLength("genesys_gauth_client.adopted", 5),
					querycheck.ExpectLength("genesys_gauth_environment.all", 5),
					querycheck.ExpectLength("genesys_gauth_contact_center.all", 5),
					querycheck.ExpectLength("genesys_gauth_data_center.all", 5),
					querycheck.ExpectIdentity("genesys_cloud_role.adopted", map[string]knownvalue.Check{"id": knownvalue.StringExact(roleID)}),
					querycheck.ExpectResourceDisplayName("genesys_cloud_role.adopted",
						queryfilter.ByResourceIdentity(map[string]knownvalue.Check{"id": knownvalue.StringExact(roleID)}),
						knownvalue.StringExact("Adopted role 00")),
					querycheck.ExpectResourceKnownValues("genesys_cloud_role.adopted",
						queryfilter.ByResourceIdentity(map[string]knownvalue.Check{"id": knownvalue.StringExact(roleID)}),
						[]querycheck.KnownValueCheck{
							{Path: tfjsonpath.New("name"), KnownValue: knownvalue.StringExact("Adopted role 00")},
							{Path: tfjsonpath.New("description"), KnownValue: knownvalue.StringExact("Seeded for the listing")},
							{Path: tfjsonpath.New("default_role_id"), KnownValue: knownvalue.Null()},
						}),
				},
			},
		},
	})
}
