package authorization_test

import (
	"context"
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

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
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
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
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue("data.genesys_cloud_division.home", tfjsonpath.New("id"), knownvalue.StringExact(home.ID)),
					statecheck.ExpectKnownValue("data.genesys_cloud_division.by_name", tfjsonpath.New("id"), knownvalue.StringExact(home.ID)),
					statecheck.ExpectKnownValue("data.genesys_cloud_division.by_name", tfjsonpath.New("home"), knownvalue.Bool(true)),
				},
			},
			{
				Config:      env.ProviderConfig() + `data "genesys_cloud_division" "x" { name = "Nowhere" }`,
				ExpectError: regexp.MustCompile(`(?s)Genesys Cloud Division Not Found.*There is no Genesys Cloud division named "Nowhere"`),
			},
		},
	})
}
