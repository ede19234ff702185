package oauth_test

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudOAuthClientDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{
				Config: acctest.OauthConfig(env, "looked up", 3600, "") + `
data "genesys_cloud_oauth_client" "test" {
  name = genesys_cloud_oauth_client.test.name
}
`,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.CompareValuePairs("data.genesys_cloud_oauth_client.test", tfjsonpath.New("id"),
						acctest.OauthAddr, tfjsonpath.New("id"), acctest.CompareEqual),
					statecheck.ExpectKnownValue("data.genesys_cloud_oauth_client.test", tfjsonpath.New("description"), knownvalue.StringExact("looked up")),
					statecheck.ExpectKnownValue("data.genesys_cloud_oauth_client.test", tfjsonpath.New("authorized_grant_type"), knownvalue.StringExact("CLIENT-CREDENTIALS")),
				},
			},
			{
				Config:      env.UserProviderConfig() + `data "genesys_cloud_oauth_client" "x" { name = "Nobody" }`,
				ExpectError: regexp.MustCompile(`There is no Genesys Cloud OAuth client named "Nobody"`),
			},
		},
	})
}
