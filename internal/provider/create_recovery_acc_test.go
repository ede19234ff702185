package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// What the recovery after an ambiguous write keeps: an object the create made stays in the state
// even when it cannot be made to match the plan, CORS origins GAuth stored are in the state, and
// a rotated secret in the state works.

// An environment whose create stored it but answered 500, and whose reconciling PUT is then refused,
// stays in the state, tainted: the next apply replaces it instead of making a second one beside it.
func TestAccGAuthEnvironment_adoptedButNotReconciledStaysTainted(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	config := acctest.GauthEnvironmentConfig(env, `password = "cs-password"
  `+acctest.OneConfigServer)
	var id string
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthEnvironmentDestroyed(&id),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					acctest.MustSetFaults(t, emu,
						emulator.FaultRule{Method: "POST", Route: "/environment/v3/environments", Kind: emulator.FaultCommitThenFail, Count: 1},
						emulator.FaultRule{Method: "PUT", Route: "/environment/v3/environments/{id}", Kind: emulator.FaultStatus, Status: 400})
				},
				Config:      config,
				ExpectError: acctest.ErrorText(`which the failed create made, match the configuration; it is kept in the state, marked to be replaced`),
			},
			{
				PreConfig:        func() { acctest.MustSetFaults(t, emu) },
				Config:           config,
				ConfigPlanChecks: acctest.ExpectAction(acctest.GauthEnvironmentAddr, plancheck.ResourceActionReplace),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.GauthEnvironmentAddr, &id),
					acctest.CheckFunc(func() error {
						all, err := env.GAuth.ListEnvironments(context.Background())
						if err != nil || len(all) != 1 || all[0].ID != id {
							return fmt.Errorf("GAuth holds %+v (err %w), want only the replacement %s", all, err, id)
						}
						return nil
					}),
				),
			},
		},
	})
}

// A CORS POST that stored the origins but answered 500 is read back and kept in the state, so that
// removing the resource later removes the origins GAuth trusts.
func TestAccGAuthCORSOrigins_ambiguousPostStoredIsKept(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	ccid := env.SeedGAuthContactCenter(t, acctest.FixtureCCID, env.SeedGAuthEnvironment(t, "Environment", "Cloud"), "t100")
	if err := env.GAuth.UpsertSetting(context.Background(), ccid, acctest.OtherSetting); err != nil {
		t.Fatal(err)
	}
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckCORSDestroyed(ccid),
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST",
						Route: "/environment/v3/contact-centers/{id}/settings", Kind: emulator.FaultCommitThenFail, Count: 1})
				},
				Config: acctest.CorsConfig(env, ccid, "https://wwe.example.com"),
				Check:  env.CheckCORSSetting(ccid, "https://wwe.example.com"),
			},
			acctest.EmptyPlanStep(acctest.CorsConfig(env, ccid, "https://wwe.example.com")),
		},
	})
}

// checkStateSecretWorks gets a token with the id and secret the state holds for the OAuth client
// at acctest.OauthAddr: after an ambiguous rotation, the secret kept must be the one that works.
func checkStateSecretWorks(env *acctest.Env) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		rs := s.RootModule().Resources[acctest.OauthAddr]
		return env.CheckClientCredentials(rs.Primary.ID, rs.Primary.Attributes["secret"])
	}
}

// rotationTest makes the OAuth client at acctest.OauthAddr with the secret rotation keyed "first",
// then runs steps, each of which applies the rotation keyed "second" (their Config is set to it).
func rotationTest(t *testing.T, env *acctest.Env, steps ...resource.TestStep) {
	t.Helper()
	rotated := acctest.OauthConfig(env, "rotated", 3600, "second")
	all := []resource.TestStep{{Config: acctest.OauthConfig(env, "rotated", 3600, "first")}}
	for _, step := range steps {
		step.Config = rotated
		all = append(all, step)
	}
	acctest.Test(t, resource.TestCase{Steps: all})
}

// A secret reset that answers 500 after it took effect is sent again (a reset is safe to repeat):
// the state ends with the secret of the last reset, which works.
func TestAccCloudOAuthClient_ambiguousRotationRetried(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	rotationTest(t, env, resource.TestStep{
		PreConfig: func() {
			emu.ResetStats()
			acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST", Route: oauthClientSecretRoute, Kind: emulator.FaultCommitThenFail, Count: 1})
		},
		Check: resource.ComposeTestCheckFunc(
			env.CheckStats(func(st emulator.Stats) error {
				if n := st.Count("POST", oauthClientSecretRoute); n != 2 {
					return fmt.Errorf("%d secret resets, want 2 (the ambiguous one and its retry)", n)
				}
				return nil
			}),
			checkStateSecretWorks(env),
		),
	})
}

// When every reset fails ambiguously, the error says the secret in the state may no longer work
// and how to rotate again, and the rotation stays planned.
func TestAccCloudOAuthClient_ambiguousRotationFailingSaysSo(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	rotationTest(t, env,
		resource.TestStep{
			PreConfig: func() {
				acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST", Route: oauthClientSecretRoute, Kind: emulator.FaultCommitThenFail})
			},
			ExpectError: acctest.ErrorText(`the secret in the state may no longer work. Run terraform apply again to rotate ` +
				`it again; the rotation stays planned until one answers`),
		},
		resource.TestStep{
			PreConfig:        func() { acctest.MustSetFaults(t, emu) },
			ConfigPlanChecks: acctest.ExpectAction(acctest.OauthAddr, plancheck.ResourceActionUpdate),
			Check:            checkStateSecretWorks(env),
		},
	)
}
