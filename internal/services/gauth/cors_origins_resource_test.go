package gauth_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

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
				ConfigPlanChecks: acctest.ExpectCreate(corsAddr),
				ConfigStateChecks: acctest.ExpectAttrs(corsAddr,
					acctest.StringAttr("id", ccid),
					acctest.StringAttr("location", "/"),
					acctest.StringSetAttr("origins", "https://wwe.example.com", "https://gws.example.com"),
				),
				// Stored the way the GAuth guide posts it: one comma-separated value, shared "true".
				Check: env.CheckCORSSetting(ccid, "https://gws.example.com,https://wwe.example.com"),
			},
			acctest.EmptyPlanStep(acctest.CorsConfig(env, ccid, two...)),
			{
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectUpdate(corsAddr),
				Check:            env.CheckCORSSetting(ccid, "http://localhost:8080,https://gws.example.com,https://wwe.example.com"),
			},
			acctest.ImportCommandStep(corsAddr),
			acctest.ImportBlockStep(corsAddr),
			{
				// Someone appends an origin the way the guide says (GET, then POST the longer list):
				// it is drift, and the apply takes it out again.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					s, err := env.GAuth.GetSetting(context.Background(), ccid, gauth.CORSOriginsSetting)
					if err != nil {
						return err
					}
					s.Value += ", https://rogue.example.com"
					return env.GAuth.UpsertSetting(context.Background(), ccid, *s)
				}),
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectUpdate(corsAddr),
				Check:            env.CheckCORSSetting(ccid, "http://localhost:8080,https://gws.example.com,https://wwe.example.com"),
			},
			{
				// The setting deleted outside Terraform: the plan creates it again.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					return env.GAuth.DeleteSetting(context.Background(), ccid, gauth.CORSOriginsSetting, "/")
				}),
				Config:           acctest.CorsConfig(env, ccid, three...),
				ConfigPlanChecks: acctest.ExpectCreate(corsAddr),
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

	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: acctest.CorsConfig(env, ccid, "https://wwe.example.com")},
			{
				PreConfig:          acctest.OutsideTerraform(t, func() error { return env.GAuth.DeleteContactCenter(context.Background(), ccid) }),
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
	cases := []acctest.PlanErrorCase{{
		Name:   "origin with a path",
		Config: acctest.CorsConfig(env, acctest.FixtureCCID, "https://wwe.example.com", "https://app.example.com/path"),
		Want: acctest.ErrorText(`origins = ["https://wwe.example.com", "https://app.example.com/path"] ` +
			`"https://app.example.com/path" must be an origin scheme://host[:port] with scheme http or https and no path, query or fragment`),
	}}
	for _, c := range []struct{ name, origin string }{
		{"origin with a trailing slash", "https://app.example.com/"},
		{"origin with a query", "https://app.example.com?x=1"},
		{"origin not http(s)", "ftp://app.example.com"},
		{"port out of range", "https://app.example.com:70000"},
	} {
		cases = append(cases, acctest.PlanErrorCase{Name: c.name, Config: acctest.CorsConfig(env, acctest.FixtureCCID, c.origin),
			Want: acctest.ErrorText(`"` + c.origin + `" must be an origin`)})
	}
	acctest.CheckPlanErrors(t, env, append(cases, []acctest.PlanErrorCase{
		{
			Name:   "no origin",
			Config: acctest.CorsConfig(env, acctest.FixtureCCID),
			Want:   acctest.ErrorText(`Attribute origins set must contain at least 1 elements, got: 0`),
		},
		{
			Name: "location without its slash",
			Config: env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = %q
  origins           = ["https://wwe.example.com"]
  location          = "USW1"
}
`, acctest.FixtureCCID),
			Want: acctest.ErrorText(`Attribute location must start with "/"`),
		},
	}...))
}
