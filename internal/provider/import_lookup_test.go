package provider

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// importStep imports the resource at addr of config with `terraform import importID`, and checks
// that it imported the one object with the id want: the import lookups take other keys than ids.
func importStep(config, addr, importID, want string) resource.TestStep {
	return resource.TestStep{
		Config: config, ResourceName: addr, ImportState: true, ImportStateId: importID,
		ImportStateCheck: func(states []*terraform.InstanceState) error {
			if len(states) != 1 || states[0].ID != want {
				return fmt.Errorf("imported %v, want the one object with id %s", states, want)
			}
			return nil
		},
	}
}

// terraform import with a role's name instead of its id: the name is looked up; a name no role
// has gets an error saying that an id is expected and where to find it.
func TestAccImport_cloudRoleByNameOrHint(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	name := acctest.RandomName("Imported By Name")
	roleID := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: name})
	config := env.ProviderConfig() + roleBlock(name)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			importStep(config, "genesys_cloud_role.test", name, roleID),
			importStep(config, "genesys_cloud_role.test", roleID, roleID),
			{
				Config: config, ResourceName: "genesys_cloud_role.test", ImportState: true,
				ImportStateId: "Reporting",
				ExpectError:   acctest.ErrorText(`No Genesys Cloud role has the id or the name "Reporting". terraform import expects the Genesys Cloud role's id`),
			},
		},
	})
}

// OAuth client names need not be unique: an ambiguous name lists the candidates' ids.
func TestAccImport_cloudOAuthClientAmbiguousName(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	env.Emulator(t) // the second client's role is granted with an admin call: skip against a real org before seeding
	existingClient(t, env, "Twin", analyticsPolicy("conversationDetail"))
	role, err := env.Cloud.FindRoleByName(t.Context(), "Twin")
	if err != nil {
		t.Fatal(err)
	}
	createClient(t, env, genesyscloud.OAuthClientInput{
		Name: "Twin", AuthorizedGrantType: "CLIENT-CREDENTIALS",
		RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role.ID, DivisionID: homeDivision(t, env)}},
	})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:       env.ProviderConfig() + oauthClientBlock("Twin", "r"),
			ResourceName: "genesys_cloud_oauth_client.test", ImportState: true, ImportStateId: "Twin",
			ExpectError: regexp.MustCompile(`2 Genesys Cloud OAuth clients have the name "Twin":\s+[0-9a-f-]{36}, [0-9a-f-]{36}.\s+Import one of them by its id`),
		}},
	})
}

// GAuth: a data center imports by its location; an environment, which has no natural key, says
// that an id is expected.
func TestAccImport_gauthByLocationOrHint(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	location := acctest.RandomLocation("USW1")
	dataCenterID := env.SeedGAuthDataCenter(t, gauth.DataCenter{Location: location, EntryPoint: "https://gauth.usw1.example.com", ReadOnly: true})
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_data_center" "test" {
  location    = %q
  entry_point = "https://gauth.usw1.example.com"
  read_only   = true
}

resource "genesys_gauth_environment" "test" {
  username            = "default"
  password            = "password"
  connection_protocol = "addp"
  app_name            = "Cloud"
  tenant              = "Environment"
  config_servers      = [{ primary_address = "cs.example.com", primary_port = 8888, locations = "/USW1" }]
}
`, location)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			importStep(config, "genesys_gauth_data_center.test", location, dataCenterID),
			{
				Config: config, ResourceName: "genesys_gauth_environment.test", ImportState: true,
				ImportStateId: "Environment",
				ExpectError:   acctest.ErrorText(`No GAuth environment has the id "Environment". terraform import expects the GAuth environment's id`),
			},
		},
	})
}
