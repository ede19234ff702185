package provider

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const (
	contactCenterAddr  = "genesys_gauth_contact_center.test"
	contactCentersPath = "/environment/v3/contact-centers"
	// The CCIDs of the GAuth provisioning guide's example.
	FixtureCCID      = "ed4c03f3-6275-4419-8b2b-11d14af10655"
	otherTestCCID = "343dd264-7c26-4f9e-82c5-26baedbcb797"
)

// SeedGAuthEnvironment creates an environment through the API, for tests whose subject only
// references one, and returns its id.
func (e *Env) SeedGAuthEnvironment(t *testing.T, tenant, appName string) string {
	t.Helper()
	id, err := e.GAuth.CreateEnvironment(context.Background(), gauth.Environment{
		Username: "default", Password: "seed-password", ConnectionProtocol: "addp",
		LocalTimeout: 5, RemoteTimeout: 7, TraceMode: "CFGTMBoth", AppName: appName, Tenant: tenant,
		ConfigServers: []gauth.ConfigServer{{PrimaryAddress: "172.24.132.84", PrimaryPort: 2020, Locations: "/USW1"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// SeedGAuthContactCenter creates a contact center through the API and returns its id.
func (e *Env) SeedGAuthContactCenter(t *testing.T, id, environmentID string, domains ...string) string {
	t.Helper()
	id, err := e.GAuth.CreateContactCenter(context.Background(), gauth.ContactCenter{
		ID: id, Domains: domains, EnvironmentID: environmentID, Auth: "configServer",
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// contactCenterConfig is a contact center; an empty id leaves it out for GAuth to generate.
func contactCenterConfig(env *Env, id, environmentID string, domains ...string) string {
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
`, idLine, QuoteList(domains), environmentID)
}

// QuoteList renders strings as the inside of an HCL list.
func QuoteList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(quoted, ", ")
}

func TestAccGAuthContactCenter_lifecycle(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	first := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	second := env.SeedGAuthEnvironment(t, "Second", "Cloud")
	ccid := FixtureCCID

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckContactCentersDestroyed(FixtureCCID, otherTestCCID),
		Steps: []resource.TestStep{
			{
				Config: contactCenterConfig(env, FixtureCCID, first, "t100"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionCreate)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("id"), knownvalue.StringExact(FixtureCCID)),
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("domains"), knownvalue.SetExact([]knownvalue.Check{knownvalue.StringExact("t100")})),
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("environment_id"), knownvalue.StringExact(first)),
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("auth"), knownvalue.StringExact("configServer")),
				},
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100"}, EnvironmentID: first, Auth: "configServer"}),
			},
			{
				Config: contactCenterConfig(env, FixtureCCID, first, "t100"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
			{
				// New domains and another environment: updated in place, the CCID kept.
				Config: contactCenterConfig(env, FixtureCCID, second, "t100", "t100-eu"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100", "t100-eu"}, EnvironmentID: second, Auth: "configServer"}),
			},
			{
				ResourceName:      contactCenterAddr,
				ImportState:       true,
				ImportStateKind:   resource.ImportCommandWithID,
				ImportStateVerify: true,
			},
			{
				ResourceName:    contactCenterAddr,
				ImportState:     true,
				ImportStateKind: resource.ImportBlockWithID,
			},
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: func() {
					edited := gauth.ContactCenter{Domains: []string{"by-hand"}, EnvironmentID: first, Auth: "configServer"}
					if err := env.GAuth.UpdateContactCenter(context.Background(), FixtureCCID, edited); err != nil {
						t.Fatal(err)
					}
				},
				Config: contactCenterConfig(env, FixtureCCID, second, "t100", "t100-eu"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100", "t100-eu"}, EnvironmentID: second, Auth: "configServer"}),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig: func() {
					if err := env.GAuth.DeleteContactCenter(context.Background(), FixtureCCID); err != nil {
						t.Fatal(err)
					}
				},
				Config: contactCenterConfig(env, FixtureCCID, second, "t100", "t100-eu"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionCreate)},
				},
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100", "t100-eu"}, EnvironmentID: second, Auth: "configServer"}),
			},
			{
				// Another CCID is another contact center: replaced, the old one gone.
				Config: contactCenterConfig(env, otherTestCCID, second, "t100", "t100-eu"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionReplace)},
				},
				Check: resource.ComposeTestCheckFunc(
					env.CheckContactCentersDestroyed(FixtureCCID),
					func(*terraform.State) error { ccid = otherTestCCID; return nil },
					env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100", "t100-eu"}, EnvironmentID: second, Auth: "configServer"}),
				),
			},
		},
	})
}

// Without an id in the configuration GAuth generates the CCID, and it stays put.
func TestAccGAuthContactCenter_generatedID(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	var ccid string

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(s *terraform.State) error {
			return env.CheckContactCentersDestroyed(ccid)(s)
		},
		Steps: []resource.TestStep{
			{
				Config: contactCenterConfig(env, "", environmentID, "t100"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("id"), knownvalue.StringRegexp(uuidPattern)),
				},
				Check: resource.ComposeTestCheckFunc(
					CaptureID(contactCenterAddr, &ccid),
					env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100"}, EnvironmentID: environmentID, Auth: "configServer"}),
				),
			},
			{
				// An update keeps the generated id instead of planning a new one.
				Config: contactCenterConfig(env, "", environmentID, "t100", "t101"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionUpdate)},
				},
				Check: env.CheckContactCenter(&ccid, gauth.ContactCenter{Domains: []string{"t100", "t101"}, EnvironmentID: environmentID, Auth: "configServer"}),
			},
			{
				Config: contactCenterConfig(env, "", environmentID, "t100", "t101"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
			},
		},
	})
}

// A create that GAuth stored but answered with a server error is adopted, not duplicated.
func TestAccGAuthContactCenter_adoptsAmbiguousCreate(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy:             env.CheckContactCentersDestroyed(FixtureCCID),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					MustSetFaults(t, env.Emu, emulator.FaultRule{Method: "POST", Route: contactCentersPath, Kind: emulator.FaultCommitThenFail, Count: 1})
				},
				Config: contactCenterConfig(env, "", environmentID, "t100"),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("id"), knownvalue.StringRegexp(uuidPattern)),
				},
				Check: func(*terraform.State) error {
					if n := env.Emu.Stats().CountStatus(500); n != 1 {
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
				},
			},
			{
				Config: contactCenterConfig(env, FixtureCCID, environmentID, "t100"),
				PreConfig: func() {
					MustSetFaults(t, env.Emu, emulator.FaultRule{Method: "POST", Route: contactCentersPath, Kind: emulator.FaultCommitThenFail, Count: 1})
				},
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(contactCenterAddr, plancheck.ResourceActionReplace)},
				},
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(contactCenterAddr, tfjsonpath.New("id"), knownvalue.StringExact(FixtureCCID)),
				},
			},
		},
	})
}

func TestAccGAuthContactCenter_validation(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	const environmentID = "9350e2fc-0000-4000-8000-000000000001"
	cases := []PlanErrorCase{
		{"id not a UUID", contactCenterConfig(env, "t100", environmentID, "t100"),
			ErrorText(`Attribute id must be a UUID, got: t100`)},
		{"no domain", contactCenterConfig(env, "", environmentID),
			ErrorText(`Attribute domains set must contain at least 1 elements, got: 0`)},
		{"domain with a backslash", contactCenterConfig(env, "", environmentID, `t100\default`),
			ErrorText(`Attribute domains[Value("t100\\default")] must be a domain name without spaces or backslashes`)},
	}
	CheckPlanErrors(t, env, cases)
}

// CheckContactCenter asks GAuth for the contact center and compares its managed fields.
func (e *Env) CheckContactCenter(id *string, want gauth.ContactCenter) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got, err := e.GAuth.GetContactCenter(context.Background(), *id)
		if err != nil {
			return err
		}
		slices.Sort(got.Domains)
		slices.Sort(want.Domains)
		if !slices.Equal(got.Domains, want.Domains) || got.EnvironmentID != want.EnvironmentID || got.Auth != want.Auth {
			return fmt.Errorf("GAuth holds contact center %+v, want %+v", *got, want)
		}
		return nil
	}
}

func (e *Env) CheckContactCentersDestroyed(ids ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, id := range ids {
			if _, err := e.GAuth.GetContactCenter(context.Background(), id); !transport.IsNotFound(err) {
				return fmt.Errorf("contact center %s still exists after destroy (err %w)", id, err)
			}
		}
		return nil
	}
}

// The provisioning guide's chain in one configuration: environment, contact center, CORS origins.
// Destroy must take the contact center down before its environment, which GAuth refuses to delete
// while in use.
func TestAccGAuthContactCenter_destroyedBeforeEnvironment(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	var environmentID, ccid string
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_environment" "test" {
  username       = "default"
  password       = "password"
  app_name       = "Cloud"
  tenant         = "Environment"
  config_servers = [{ primary_address = "172.24.132.84", primary_port = 2020, locations = "/USW1" }]
}

resource "genesys_gauth_contact_center" "test" {
  id             = %[1]q
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.test.id
}

resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = genesys_gauth_contact_center.test.id
  origins           = ["https://wwe.example.com"]
}
`, FixtureCCID)

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(s *terraform.State) error {
			if err := env.CheckContactCentersDestroyed(ccid)(s); err != nil {
				return err
			}
			if _, err := env.GAuth.GetEnvironment(context.Background(), environmentID); !transport.IsNotFound(err) {
				return fmt.Errorf("environment %s still exists after destroy (err %w)", environmentID, err)
			}
			return nil
		},
		Steps: []resource.TestStep{{
			Config: config,
			Check: resource.ComposeTestCheckFunc(
				CaptureID("genesys_gauth_environment.test", &environmentID),
				CaptureID(contactCenterAddr, &ccid),
				func(s *terraform.State) error {
					want := gauth.ContactCenter{Domains: []string{"t100"}, EnvironmentID: environmentID, Auth: "configServer"}
					return env.CheckContactCenter(&ccid, want)(s)
				},
				func(*terraform.State) error {
					// The premise of the test: GAuth protects an environment in use.
					if err := env.GAuth.DeleteEnvironment(context.Background(), environmentID); !gauth.HasCode(err, gauth.CodeInUse) {
						return fmt.Errorf("deleting the environment in use answered %w, want code %d", err, gauth.CodeInUse)
					}
					return nil
				},
			),
		}},
	})
}

// A CCID already in use is refused with the way to take it over.
func TestAccGAuthContactCenter_idTaken(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	environmentID := env.SeedGAuthEnvironment(t, "Environment", "Cloud")
	env.SeedGAuthContactCenter(t, FixtureCCID, environmentID, "t100")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		Steps: []resource.TestStep{{
			Config:      contactCenterConfig(env, FixtureCCID, environmentID, "t100"),
			ExpectError: ErrorText(`A GAuth contact center with id ` + FixtureCCID + ` already exists, and the API takes only one. To manage it with this resource, import it: terraform import genesys_gauth_contact_center.<name> ` + FixtureCCID),
		}},
	})
}
