package gauth_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

const corsAddr = "genesys_gauth_cors_origins.test"

func TestAccGAuthCORSOrigins_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ccid := env.SeedGAuthContactCenter(t, acctest.RandomUUID(), env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud"),
		acctest.RandomName("t100"))
	if err := env.GAuth.UpsertSetting(context.Background(), ccid, acctest.OtherSetting); err != nil {
		t.Fatal(err)
	}
	two := []string{"https://wwe.example.com", "https://gws.example.com"}
	three := append(slices.Clone(two), "http://localhost:8080")

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckCORSDestroyed(ccid),
		Steps: []resource.TestStep{
			{
				Config:           acctest.CorsConfig(env, ccid, two...),
				ConfigPlanChecks: acctest.ExpectAction(corsAddr, plancheck.ResourceActionCreate),
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(corsAddr, tfjsonpath.New("id"), knownvalue.StringExact(ccid)),
					statecheck.ExpectKnownValue(corsAddr, tfjsonpath.New("location"), knownvalue.StringExact("/")),
					statecheck.ExpectKnownValue(corsAddr, tfjsonpath.New("origins"), knownvalue.SetExact([]knownvalue.Check{
						knownvalue.StringExact("https://wwe.example.com"), knownvalue.StringExact("https://gws.example.com"),
					})),
				},
				// acctest.Stored the way the GAuth guide posts it: one comma-separated value, shared "true".
				Check: env.CheckCORSSetting(ccid, "https://gws.example.com,https://wwe.example.com"),
			},
			acctest.EmptyPlanStep(acctest.CorsConfig(env, ccid, two...)),
			{
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectAction(corsAddr, plancheck.ResourceActionUpdate),
				Check:            env.CheckCORSSetting(ccid, "http://localhost:8080,https://gws.example.com,https://wwe.example.com"),
			},
			acctest.ImportCommandStep(corsAddr),
			acctest.ImportBlockStep(corsAddr),
			{
				// Someone appends an origin the way the guide says (GET, then POST the longer list):
				// it is drift, and the apply takes it out again.
				PreConfig: func() {
					s, err := env.GAuth.GetSetting(context.Background(), ccid, gauth.CORSOriginsSetting)
					if err != nil {
						t.Fatal(err)
					}
					s.Value += ", https://rogue.example.com"
					if err := env.GAuth.UpsertSetting(context.Background(), ccid, *s); err != nil {
						t.Fatal(err)
					}
				},
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectAction(corsAddr, plancheck.ResourceActionUpdate),
				Check:            env.CheckCORSSetting(ccid, "http://localhost:8080,https://gws.example.com,https://wwe.example.com"),
			},
			{
				// The setting deleted outside Terraform: the plan creates it again.
				PreConfig: func() {
					if err := env.GAuth.DeleteSetting(context.Background(), ccid, gauth.CORSOriginsSetting, "/"); err != nil {
						t.Fatal(err)
					}
				},
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectAction(corsAddr, plancheck.ResourceActionCreate),
				Check:            env.CheckCORSSetting(ccid, "http://localhost:8080,https://gws.example.com,https://wwe.example.com"),
			},
		},
	})
}

// With its contact center gone, the CORS origins are gone too: refresh drops them with a warning
// instead of failing.
func TestAccGAuthCORSOrigins_contactCenterDeleted(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	ccid := env.SeedGAuthContactCenter(t, acctest.RandomUUID(), env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud"),
		acctest.RandomName("t100"))

	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: acctest.ProviderFactories,
		Steps: []resource.TestStep{
			{Config: acctest.CorsConfig(env, ccid, "https://wwe.example.com")},
			{
				PreConfig: func() {
					if err := env.GAuth.DeleteContactCenter(context.Background(), ccid); err != nil {
						t.Fatal(err)
					}
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check: func(s *terraform.State) error {
					if _, ok := s.RootModule().Resources[corsAddr]; ok {
						return fmt.Errorf("%s is still in state after its contact center was deleted", corsAddr)
					}
					return nil
				},
			},
		},
	})
}

func TestAccGAuthCORSOrigins_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	emu := env.Emulator(t)
	steps := []resource.TestStep{
		{
			Config: acctest.CorsConfig(env, acctest.FixtureCCID, "https://wwe.example.com", "https://app.example.com/path"),
			ExpectError: acctest.ErrorText(`origins = ["https://wwe.example.com", "https://app.example.com/path"] ` +
				`"https://app.example.com/path" must be an origin scheme://host[:port] with scheme http or https and no path, query or fragment`),
		},
		{
			Config:      acctest.CorsConfig(env, acctest.FixtureCCID, "https://app.example.com/"),
			ExpectError: acctest.ErrorText(`"https://app.example.com/" must be an origin`),
		},
		{
			Config:      acctest.CorsConfig(env, acctest.FixtureCCID, "https://app.example.com?x=1"),
			ExpectError: acctest.ErrorText(`"https://app.example.com?x=1" must be an origin`),
		},
		{
			Config:      acctest.CorsConfig(env, acctest.FixtureCCID, "ftp://app.example.com"),
			ExpectError: acctest.ErrorText(`"ftp://app.example.com" must be an origin`),
		},
		{
			Config:      acctest.CorsConfig(env, acctest.FixtureCCID, "https://app.example.com:70000"),
			ExpectError: acctest.ErrorText(`"https://app.example.com:70000" must be an origin`),
		},
		{
			Config:      acctest.CorsConfig(env, acctest.FixtureCCID),
			ExpectError: acctest.ErrorText(`Attribute origins set must contain at least 1 elements, got: 0`),
		},
		{
			Config: env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = %q
  origins           = ["https://wwe.example.com"]
  location          = "USW1"
}
`, acctest.FixtureCCID),
			ExpectError: acctest.ErrorText(`Attribute location must start with "/"`),
		},
	}
	for i := range steps {
		steps[i].PlanOnly = true
	}
	resource.Test(t, resource.TestCase{ProtoV6ProviderFactories: acctest.ProviderFactories, Steps: steps})
	if n := emu.Stats().Total; n != 0 {
		t.Errorf("plan-time validation made %d API requests, want none", n)
	}
}
