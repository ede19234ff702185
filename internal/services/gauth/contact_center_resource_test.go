package gauth_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// contactCenterConfig is a contact center; an empty id leaves it out for GAuth to generate.
func contactCenterConfig(env *acctest.Env, id, environmentID string, domains ...string) string {
	idLine := ""
	if id != "" {
		idLine = fmt.Sprintf("id             = %q", id)
	}
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_contact_center" "test" {
  %[1]s
  domains        = [%[2]s]
  environment_id = %[3]q
}
`, idLine, acctest.QuoteList(domains), environmentID)
}

func TestAccGAuthContactCenter_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	first := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")
	second := env.SeedGAuthEnvironment(t, acctest.RandomName("Second"), "Cloud")
	firstCCID, otherCCID := acctest.RandomUUID(), acctest.RandomUUID()
	ccid := firstCCID
	// The tenant domains carry the prefix too: they are what the sweeper knows a contact center by.
	domain := acctest.RandomName("t100")
	eu, byHand := domain+"-eu", acctest.RandomName("by-hand")
	updated := gauth.ContactCenter{Domains: []string{domain, eu}, EnvironmentID: second, Auth: "configServer"}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckContactCentersDestroyed(firstCCID, otherCCID),
		Steps: []resource.TestStep{
			{
				Config:           contactCenterConfig(env, firstCCID, first, domain),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.ContactCenterAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.ContactCenterAddr,
					acctest.StringAttr("id", firstCCID),
					acctest.StringSetAttr("domains", domain),
					acctest.StringAttr("environment_id", first),
					acctest.StringAttr("auth", "configServer"),
				),
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{domain}, EnvironmentID: first, Auth: "configServer"}),
			},
			acctest.EmptyPlanStep(contactCenterConfig(env, firstCCID, first, domain)),
			{
				// New domains and another environment: updated in place, the CCID kept.
				Config:           contactCenterConfig(env, firstCCID, second, domain, eu),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.ContactCenterAddr),
				Check:            env.CheckContactCenter(&ccid, updated),
			},
			acctest.ImportCommandStep(acctest.ContactCenterAddr),
			acctest.ImportBlockStep(acctest.ContactCenterAddr),
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					edited := gauth.ContactCenter{Domains: []string{byHand}, EnvironmentID: first, Auth: "configServer"}
					return env.GAuth.UpdateContactCenter(context.Background(), firstCCID, edited)
				}),
				Config:           contactCenterConfig(env, firstCCID, second, domain, eu),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.ContactCenterAddr),
				Check:            env.CheckContactCenter(&ccid, updated),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.GAuth.DeleteContactCenter(context.Background(), firstCCID) }),
				Config:           contactCenterConfig(env, firstCCID, second, domain, eu),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.ContactCenterAddr),
				Check:            env.CheckContactCenter(&ccid, updated),
			},
			{
				// Another CCID is another contact center: replaced, the old one gone.
				Config:           contactCenterConfig(env, otherCCID, second, domain, eu),
				ConfigPlanChecks: acctest.ExpectReplace(acctest.ContactCenterAddr),
				Check: resource.ComposeTestCheckFunc(
					env.CheckContactCentersDestroyed(firstCCID),
					acctest.SetID(&ccid, otherCCID),
					env.CheckContactCenter(&ccid, updated),
				),
			},
		},
	})
}

// Without an id in the configuration GAuth generates the CCID, and it stays put.
func TestAccGAuthContactCenter_generatedID(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	domain := acctest.RandomName("t100")
	next := domain + "-t101"
	environmentID := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")
	var ccid string

	acctest.Test(t, resource.TestCase{
		CheckDestroy: func(s *terraform.State) error {
			return env.CheckContactCentersDestroyed(ccid)(s)
		},
		Steps: []resource.TestStep{
			{
				Config:            contactCenterConfig(env, "", environmentID, domain),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.ContactCenterAddr, acctest.UUIDAttr("id")),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.ContactCenterAddr, &ccid),
					env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{domain}, EnvironmentID: environmentID, Auth: "configServer"}),
				),
			},
			{
				// An update keeps the generated id instead of planning a new one.
				Config:           contactCenterConfig(env, "", environmentID, domain, next),
				ConfigPlanChecks: acctest.ExpectUpdate(acctest.ContactCenterAddr),
				Check:            env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{domain, next}, EnvironmentID: environmentID, Auth: "configServer"}),
			},
			acctest.EmptyPlanStep(contactCenterConfig(env, "", environmentID, domain, next)),
		},
	})
}

// A create that GAuth stored but answered with a server error is adopted, not duplicated.
func TestAccGAuthContactCenter_adoptsAmbiguousCreate(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckContactCentersDestroyed(acctest.FixtureCCID),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST", Route: acctest.ContactCentersPath, Kind: emulator.FaultCommitThenFail, Count: 1})
				},
				Config:            contactCenterConfig(env, "", environmentID, "t100"),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.ContactCenterAddr, acctest.UUIDAttr("id")),
				Check: acctest.CheckFunc(func() error {
					if n := emu.Stats().CountStatus(500); n != 1 {
						return fmt.Errorf("the emulator answered %d server errors, want the 1 injected", n)
					}
					all, err := env.GAuth.ListContactCenters(context.Background())
					if err != nil {
						return err
					}
					if len(all) != 1 {
						return fmt.Errorf("GAuth holds %d contact centers after an ambiguous create, want 1: %+v", len(all), all)
					}
					return nil
				}),
			},
			{
				Config: contactCenterConfig(env, acctest.FixtureCCID, environmentID, "t100"),
				PreConfig: func() {
					acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST", Route: acctest.ContactCentersPath, Kind: emulator.FaultCommitThenFail, Count: 1})
				},
				ConfigPlanChecks:  acctest.ExpectReplace(acctest.ContactCenterAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.ContactCenterAddr, acctest.StringAttr("id", acctest.FixtureCCID)),
			},
		},
	})
}

func TestAccGAuthContactCenter_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	const environmentID = "9350e2fc-0000-4000-8000-000000000001"
	cases := []acctest.PlanErrorCase{
		{Name: "id not a UUID", Config: contactCenterConfig(env, "t100", environmentID, "t100"),
			Want: acctest.ErrorText(`Attribute id must be a UUID, got: t100`)},
		{Name: "no domain", Config: contactCenterConfig(env, "", environmentID),
			Want: acctest.ErrorText(`Attribute domains set must contain at least 1 elements, got: 0`)},
		{Name: "domain with a backslash", Config: contactCenterConfig(env, "", environmentID, `t100\default`),
			Want: acctest.ErrorText(`Attribute domains[Value("t100\\default")] must be a domain name without spaces or backslashes`)},
	}
	acctest.CheckPlanErrors(t, env, cases)
}

// The provisioning guide's chain in one configuration: environment, contact center, CORS origins.
// Destroy must take the contact center down before its environment, which GAuth refuses to delete
// while in use.
func TestAccGAuthContactCenter_destroyedBeforeEnvironment(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ccid := acctest.RandomUUID()
	tenant, domain := acctest.RandomName("Environment"), acctest.RandomName("t100")
	var environmentID string
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_environment" "test" {
  username       = "default"
  password       = "password"
  app_name       = "Cloud"
  tenant         = %[2]q
  config_servers = [{ primary_address = "172.24.132.84", primary_port = 2020, locations = "/USW1" }]
}

resource "genesys_gauth_contact_center" "test" {
  id             = %[1]q
  domains        = [%[3]q]
  environment_id = genesys_gauth_environment.test.id
}

resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = genesys_gauth_contact_center.test.id
  origins           = ["https://wwe.example.com"]
}
`, ccid, tenant, domain)

	acctest.Test(t, resource.TestCase{
		CheckDestroy: resource.ComposeTestCheckFunc(env.CheckContactCentersDestroyed(ccid), env.CheckGAuthEnvironmentDestroyed(&environmentID)),
		Steps: []resource.TestStep{{
			Config: config,
			Check: resource.ComposeTestCheckFunc(
				acctest.CaptureID("genesys_gauth_environment.test", &environmentID),
				acctest.CaptureID(acctest.ContactCenterAddr, &ccid),
				func(s *terraform.State) error {
					want := gauth.ContactCenter{Domains: []string{domain}, EnvironmentID: environmentID, Auth: "configServer"}
					return env.CheckContactCenter(&ccid, want)(s)
				},
				acctest.CheckFunc(func() error {
					// The premise of the test: GAuth protects an environment in use.
					if err := env.GAuth.DeleteEnvironment(context.Background(), environmentID); !gauth.HasCode(err, gauth.CodeInUse) {
						return fmt.Errorf("deleting the environment in use answered %w, want code %d", err, gauth.CodeInUse)
					}
					return nil
				}),
			),
		}},
	})
}

// A CCID already in use is refused with the way to take it over.
func TestAccGAuthContactCenter_idTaken(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ccid, domain := acctest.RandomUUID(), acctest.RandomName("t100")
	environmentID := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")
	env.SeedGAuthContactCenter(t, ccid, environmentID, domain)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:      contactCenterConfig(env, ccid, environmentID, domain),
			ExpectError: acctest.ErrorText(`A GAuth contact center with id ` + ccid + ` already exists, and the API takes only one. To manage it with this resource, import it: terraform import genesys_gauth_contact_center.<name> ` + ccid),
		}},
	})
}
