package authorization_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudPermissionsDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	const wfm = "data.genesys_cloud_permissions.wfm"
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + `
data "genesys_cloud_permissions" "wfm" {
  domain = "wfm"
}
`,
			ConfigStateChecks: acctest.ExpectAttrs(wfm, acctest.StringAttr("id", "wfm")),
			// The permissions the on-boarding flow grants are in the catalogue.
			Check: resource.ComposeTestCheckFunc(
				resource.TestCheckTypeSetElemNestedAttrs(wfm, "permissions.*", map[string]string{"entity_type": "schedule", "action": "administer"}),
				resource.TestCheckTypeSetElemNestedAttrs(wfm, "permissions.*", map[string]string{"entity_type": "activityCode", "action": "administer"}),
			),
		}},
	})
}
