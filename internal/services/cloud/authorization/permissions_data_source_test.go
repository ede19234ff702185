package authorization_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudPermissionsDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + `
data "genesys_cloud_permissions" "wfm" {
  domain = "wfm"
}
`,
			ConfigStateChecks: []statecheck.StateCheck{
				statecheck.ExpectKnownValue("data.genesys_cloud_permissions.wfm", tfjsonpath.New("id"), knownvalue.StringExact("wfm")),
			},
			// The permissions the on-boarding flow grants are in the catalogue.
			Check: resource.ComposeTestCheckFunc(
				resource.TestCheckTypeSetElemNestedAttrs("data.genesys_cloud_permissions.wfm", "permissions.*",
					map[string]string{"entity_type": "schedule", "action": "administer"}),
				resource.TestCheckTypeSetElemNestedAttrs("data.genesys_cloud_permissions.wfm", "permissions.*",
					map[string]string{"entity_type": "activityCode", "action": "administer"}),
			),
		}},
	})
}
