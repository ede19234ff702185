package oauth_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudOAuthClientDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	const lookedUp = "data.genesys_cloud_oauth_client.test"
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: acctest.OauthConfig(env, "looked up", 3600, "") + `
data "genesys_cloud_oauth_client" "test" {
  name = genesys_cloud_oauth_client.test.name
}
`,
				ConfigStateChecks: append(acctest.ExpectAttrs(lookedUp,
					acctest.StringAttr("description", "looked up"),
					acctest.StringAttr("authorized_grant_type", "CLIENT-CREDENTIALS"),
				), acctest.ExpectSameID(lookedUp, acctest.OauthAddr)),
			},
			{
				Config:      env.UserProviderConfig() + `data "genesys_cloud_oauth_client" "x" { name = "Nobody" }`,
				ExpectError: acctest.ErrorText(`There is no Genesys Cloud OAuth client named "Nobody"`),
			},
		},
	})
}
