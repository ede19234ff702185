package authorization_test

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestAccCloudDivisionDataSource(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	home, err := env.Cloud.HomeDivision(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: env.ProviderConfig() + `
data "genesys_cloud_division" "home" {
  home = true
}
data "genesys_cloud_division" "by_name" {
  name = data.genesys_cloud_division.home.name
}
`,
				ConfigStateChecks: acctest.ExpectAttrs("data.genesys_cloud_division.home", acctest.StringAttr("id", home.ID)).
					And("data.genesys_cloud_division.by_name", acctest.StringAttr("id", home.ID), acctest.BoolAttr("home", true)),
			},
			{
				Config:      env.ProviderConfig() + `data "genesys_cloud_division" "x" { name = "Nowhere" }`,
				ExpectError: acctest.ErrorPhrases(`Genesys Cloud Division Not Found`, `There is no Genesys Cloud division named "Nowhere"`),
			},
		},
	})
}
