package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// A description left out is null, not "": Terraform's plan renderer takes "" for null and would
// list it as a hidden unchanged attribute on every create. `description = ""` stays "" with no
// diff, and one set outside Terraform is cleared when the configuration has none, GAuth's PUT
// merging what it is sent.
func TestAccGAuthClient_descriptionNullWhenUnset(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	clientID := acctest.RandomName("external_api_client")
	const addr = "genesys_gauth_client.test"
	config := func(description string) string {
		return acctest.GauthClientConfigFor(env, clientID, "", 3600, `client_secret = "s3cret"`+"\n"+description)
	}
	description := func(want knownvalue.Check) []statecheck.StateCheck {
		return []statecheck.StateCheck{statecheck.ExpectKnownValue(addr, tfjsonpath.New("description"), want)}
	}
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthClientDestroyed(clientID),
		Steps: []resource.TestStep{
			{
				Config: config(""),
				ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{
					plancheck.ExpectKnownValue(addr, tfjsonpath.New("description"), knownvalue.Null()),
				}},
				ConfigStateChecks: description(knownvalue.Null()),
			},
			{Config: config(`description = ""`), ConfigStateChecks: description(knownvalue.StringExact(""))},
			{
				PreConfig: func() {
					edited := "edited by hand"
					if err := env.GAuth.UpdateClient(context.Background(), clientID, gauth.ClientUpdate{Description: &edited}); err != nil {
						t.Fatal(err)
					}
				},
				Config:            config(""),
				ConfigPlanChecks:  acctest.ExpectAction(addr, plancheck.ResourceActionUpdate),
				ConfigStateChecks: description(knownvalue.Null()),
				Check: env.CheckGAuthClient(clientID, func(c *gauth.APIClient) error {
					if c.Description != "" {
						return fmt.Errorf("GAuth still holds the description %q", c.Description)
					}
					return nil
				}),
			},
		},
	})
}
