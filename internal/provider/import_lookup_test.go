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

// importedID checks that an import step imported the object with the given id.
func importedID(want *string) resource.ImportStateCheckFunc {
	return func(states []*terraform.InstanceState) error {
		if len(states) != 1 || states[0].ID != *want {
			return fmt.Errorf("imported %v, want the one object with id %s", states, *want)
		}
		return nil
	}
}

// terraform import with a role's name instead of its id: the name is looked up; a name no role
// has gets an error saying that an id is expected and where to find it.
func TestAccImport_cloudRoleByNameOrHint(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	name := acctest.RandomName("Imported By Name")
	roleID := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: name})
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name = %q
}
`, name)
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config, ResourceName: "genesys_cloud_role.test", ImportState: true,
				ImportStateId: name, ImportStateCheck: importedID(&roleID),
			},
			{
				Config: config, ResourceName: "genesys_cloud_role.test", ImportState: true,
				ImportStateId: roleID, ImportStateCheck: importedID(&roleID),
			},
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
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + `
resource "genesys_cloud_oauth_client" "test" {
  name                  = "Twin"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = "r" }]
}
`,
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
	dataCenterID, err := env.GAuth.CreateDataCenter(t.Context(), gauth.DataCenter{Location: location, EntryPoint: "https://gauth.usw1.example.com", ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
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
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: config, ResourceName: "genesys_gauth_data_center.test", ImportState: true,
				ImportStateId: location, ImportStateCheck: importedID(&dataCenterID),
			},
			{
				Config: config, ResourceName: "genesys_gauth_environment.test", ImportState: true,
				ImportStateId: "Environment",
				ExpectError:   acctest.ErrorText(`No GAuth environment has the id "Environment". terraform import expects the GAuth environment's id`),
			},
		},
	})
}
