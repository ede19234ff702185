package authorization_test

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudRoleDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	employee, err := env.Cloud.FindRoleByDefaultID(context.Background(), "employee")
	if err != nil {
		t.Fatal(err)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig() + `
data "genesys_cloud_role" "employee" {
  default_role_id = "employee"
}
resource "genesys_cloud_role" "mine" {
  name = "Reporting"
}
# Another role whose name contains the first: the lookup must match exactly.
resource "genesys_cloud_role" "longer" {
  name = "Reporting Extended"
}
data "genesys_cloud_role" "mine" {
  name       = genesys_cloud_role.mine.name
  depends_on = [genesys_cloud_role.longer]
}
`,
				ConfigStateChecks: append(acctest.ExpectAttrs("data.genesys_cloud_role.employee",
					acctest.StringAttr("id", employee.ID), acctest.StringAttr("name", employee.Name)),
					acctest.ExpectSameID("data.genesys_cloud_role.mine", "genesys_cloud_role.mine")),
			},
		},
	})
}

func TestAccCloudRoleDataSource_errors(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.CheckLookupErrors(t, env, "genesys_cloud_role",
		acctest.LookupErrorCase{Want: acctest.ErrorText(`Missing Attribute Configuration`)},
		acctest.LookupErrorCase{Body: `name = "No Such Role"`,
			Want: acctest.ErrorPhrases(`Genesys Cloud Role Not Found`, `There is no Genesys Cloud role named "No Such Role"`)},
		acctest.LookupErrorCase{Body: `default_role_id = "noSuchRole"`,
			Want: acctest.ErrorPhrases(`Genesys Cloud Role Not Found`, `There is no Genesys Cloud role with the default role id "noSuchRole"`)},
	)
}
