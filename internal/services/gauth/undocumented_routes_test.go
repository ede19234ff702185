package gauth_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// The GAuth routes and semantics no public source documents (REAL-ORG-BEHAVIOUR R8), against the
// emulator's strict readings: an environment PUT replaces the environment, and, when asked, the
// undocumented DELETE routes answer 404 without deleting.

// An update that changes only the tenant keeps the environment's password, given as `password`
// or as `password_wo`, although the emulator's PUT replaces the environment.
func TestAccGAuthEnvironment_updateKeepsPassword(t *testing.T) {
	t.Parallel()
	for name, passwordLines := range map[string]string{
		"password":    `password = "cs-password"`,
		"password_wo": "password_wo = \"cs-password\"\n  password_wo_version = 1",
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := acctest.NewEnv(t, emulator.Options{})
			var id string
			config := func(tenant string) string {
				return acctest.GauthEnvironmentConfigFor(env, tenant, passwordLines+"\n  "+acctest.OneConfigServer)
			}
			acctest.Test(t, resource.TestCase{
				TerraformVersionChecks: acctest.NeedsWriteOnlyAttributes,
				CheckDestroy:           env.CheckGAuthEnvironmentDestroyed(&id),
				Steps: []resource.TestStep{
					{
						Config: config("Environment"),
						Check: resource.ComposeTestCheckFunc(acctest.CaptureID(acctest.GauthEnvironmentAddr, &id),
							env.CheckGAuthEnvironmentPassword(&id, "cs-password")),
					},
					{
						Config:           config("T100"),
						ConfigPlanChecks: acctest.ExpectChangesOf(acctest.GauthEnvironmentAddr, "tenant"),
						Check:            env.CheckGAuthEnvironmentPassword(&id, "cs-password"),
					},
				},
			})
		})
	}
}

// A destroy whose DELETE answers 404 while the object is still there fails naming the object; once
// the route answers again, the same destroy completes. Each of the four undocumented routes is
// taken in turn, leaves first.
func TestAccGAuthDelete_routeMissing(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{UndocumentedRoutesMissing: true})
	const envID = "5b7e1c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d"
	environment := fmt.Sprintf(`
resource "genesys_gauth_environment" "test" {
  id       = %q
  username = "default"
  app_name = "Cloud"
  tenant   = "Environment"
  password = "cs-password"
  %s
}
`, envID, acctest.OneConfigServer)
	contactCenter := fmt.Sprintf(`
resource "genesys_gauth_contact_center" "test" {
  id             = %q
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.test.id
}
`, acctest.FixtureCCID)
	cors := `
resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = genesys_gauth_contact_center.test.id
  origins           = ["https://wwe.example.com"]
}
`
	dataCenter := `
resource "genesys_gauth_data_center" "test" {
  location    = "/USW1"
  entry_point = "https://gauth-usw1.example.com"
}
`
	config := func(parts ...string) string {
		c := env.ProviderConfig()
		for _, p := range parts {
			c += p
		}
		return c
	}
	routes := func(missing bool) func() { return func() { emu.SetUndocumentedRoutesMissing(missing) } }
	notDeleted := func(what string) string {
		return `GAuth answered the DELETE of ` + what + ` with 404 Not Found, but ` + what + ` is still there`
	}

	destroyedID := envID
	acctest.Test(t, resource.TestCase{
		CheckDestroy: resource.ComposeTestCheckFunc(env.CheckGAuthEnvironmentDestroyed(&destroyedID),
			env.CheckContactCentersDestroyed(acctest.FixtureCCID), env.CheckNoDataCenters),
		Steps: []resource.TestStep{
			{Config: config(environment, contactCenter, cors, dataCenter)},
			{
				Config:      config(environment, contactCenter, dataCenter),
				ExpectError: acctest.ErrorText(notDeleted("the cors-origins setting of GAuth contact center " + acctest.FixtureCCID)),
			},
			{PreConfig: routes(false), Config: config(environment, contactCenter, dataCenter), Check: env.CheckNoCORSSetting(acctest.FixtureCCID)},
			{
				PreConfig:   routes(true),
				Config:      config(environment, dataCenter),
				ExpectError: acctest.ErrorText(notDeleted("GAuth contact center " + acctest.FixtureCCID)),
			},
			{PreConfig: routes(false), Config: config(environment, dataCenter), Check: env.CheckContactCentersDestroyed(acctest.FixtureCCID)},
			{
				PreConfig:   routes(true),
				Config:      config(environment),
				ExpectError: acctest.ErrorText(`GAuth answered the DELETE of GAuth data center "/USW1"`),
			},
			{PreConfig: routes(false), Config: config(environment), Check: env.CheckNoDataCenters},
			{
				PreConfig:   routes(true),
				Config:      config(environment),
				Destroy:     true,
				ExpectError: acctest.ErrorText(notDeleted("GAuth environment " + envID)),
			},
			// The clean-up destroy runs with the routes served again: a normal destroy completes.
			{PreConfig: routes(false), Config: config(environment)},
		},
	})
}

// A password unknown at plan time that turns out null at apply is refused before any request, so
// that no environment is created, or PUT, without its password (see configuredPassword).
func TestAccGAuthEnvironment_passwordNullAtApply(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			// timestamp() is known only at apply, so the password passes the plan-time checks.
			Config: acctest.GauthEnvironmentConfig(env, `password = timestamp() == "" ? "never" : null
  `+acctest.OneConfigServer),
			ExpectError: acctest.ErrorText("Missing Configuration Server Password"),
		}},
		CheckDestroy: acctest.CheckFunc(func() error {
			if all, err := env.GAuth.ListEnvironments(context.Background()); err != nil || len(all) != 0 {
				return fmt.Errorf("GAuth holds %+v (err %w), want no environment", all, err)
			}
			return nil
		}),
	})
}
