package gauth_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

func TestAccGAuthEnvironment_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	var id string
	tenant := acctest.RandomName("Environment")
	first := acctest.GauthEnvironmentConfigFor(env, tenant, `password = "cs-password"
  `+acctest.OneConfigServer)
	updated := func(password string) string {
		return acctest.GauthEnvironmentConfigFor(env, tenant, fmt.Sprintf(`password = %q
  remote_timeout = 120
  trace_mode     = "CFGTMLocal"
  `, password)+acctest.TwoConfigServers)
	}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthEnvironmentDestroyed(&id),
		Steps: []resource.TestStep{
			{
				Config:           first,
				ConfigPlanChecks: acctest.ExpectCreate(acctest.GauthEnvironmentAddr),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthEnvironmentAddr,
					append([]acctest.AttrCheck{acctest.UUIDAttr("id")}, acctest.OneConfigServerAttrs(60, 90)...)...),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.GauthEnvironmentAddr, &id),
					env.CheckGAuthEnvironment(&id, func(e *gauth.Environment) error {
						if e.Username != "default" || e.TraceMode != "CFGTMBoth" || e.LocalTimeout != 60 || len(e.ConfigServers) != 1 {
							return fmt.Errorf("GAuth holds %+v", e)
						}
						return nil
					}),
					env.CheckGAuthEnvironmentPassword(&id, "cs-password"),
				),
			},
			acctest.EmptyPlanStep(first),
			{
				// An update that leaves the password alone still sends the configured one: GAuth may
				// replace the environment with the PUT (REAL-ORG-BEHAVIOUR R8). A password changed by
				// hand meanwhile is put back, as the configuration says.
				PreConfig:        func() { env.SetGAuthEnvironmentPassword(t, id, "changed-by-hand") },
				Config:           updated("cs-password"),
				ConfigPlanChecks: acctest.ExpectUpdateOf(acctest.GauthEnvironmentAddr, "config_servers", "remote_timeout", "trace_mode"),
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthEnvironment(&id, func(e *gauth.Environment) error {
						if e.RemoteTimeout != 120 || e.TraceMode != "CFGTMLocal" || len(e.ConfigServers) != 2 ||
							e.ConfigServers[0].BackupPort != 2021 || !e.ConfigServers[1].ReadOnly {
							return fmt.Errorf("update not applied: %+v", e)
						}
						return nil
					}),
					env.CheckGAuthEnvironmentPassword(&id, "cs-password"),
				),
			},
			{
				// A changed password is sent.
				Config:           updated("cs-password-2"),
				ConfigPlanChecks: acctest.ExpectChangesOf(acctest.GauthEnvironmentAddr, "password"),
				Check:            env.CheckGAuthEnvironmentPassword(&id, "cs-password-2"),
			},
			acctest.ImportCommandStep(acctest.GauthEnvironmentAddr, "password"), // never returned by GAuth
			// With an import block, the plan sets the password GAuth could not return, and nothing else.
			acctest.ImportBlockSettingStep(acctest.GauthEnvironmentAddr, "password"),
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig: acctest.OutsideTerraform(t, func() error {
					e := env.GetGAuthEnvironment(t, id)
					e.Tenant = acctest.RandomName("Edited")
					e.ConfigServers = e.ConfigServers[:1]
					e.ConfigServers[0].PrimaryPort = 9999
					return env.GAuth.UpdateEnvironment(context.Background(), id, *e)
				}),
				Config:           updated("cs-password-2"),
				ConfigPlanChecks: acctest.ExpectUpdateOf(acctest.GauthEnvironmentAddr, "config_servers", "tenant"),
				// The edit above was a PUT without password, which cleared it; the update puts it back.
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthEnvironment(&id, func(e *gauth.Environment) error {
						if e.Tenant != tenant || len(e.ConfigServers) != 2 || e.ConfigServers[0].PrimaryPort != 2020 {
							return fmt.Errorf("drift not corrected: %+v", e)
						}
						return nil
					}),
					env.CheckGAuthEnvironmentPassword(&id, "cs-password-2"),
				),
			},
			{
				// Deleted outside Terraform: planned for creation again, without error, password included.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.GAuth.DeleteEnvironment(context.Background(), id) }),
				Config:           updated("cs-password-2"),
				ConfigPlanChecks: acctest.ExpectCreate(acctest.GauthEnvironmentAddr),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.GauthEnvironmentAddr, &id),
					env.CheckGAuthEnvironmentPassword(&id, "cs-password-2"),
				),
			},
		},
	})
}

func TestAccGAuthEnvironment_writeOnlyPassword(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	const firstID, secondID = "9350e2fc-1b3c-4c1e-9d2a-6f1c2b3a4d5e", "d0fb6386-236c-4739-aec0-b9c1bd6173df"
	id := firstID
	config := func(envID, password string, version, localTimeout int) string {
		return acctest.GauthEnvironmentConfig(env, fmt.Sprintf(`id                  = %q
  password_wo         = %q
  password_wo_version = %d
  local_timeout       = %d
  `, envID, password, version, localTimeout)+acctest.OneConfigServer)
	}
	passwordsNotInState := acctest.CheckNoValueInState("wo-one", "wo-two")

	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: acctest.NeedsWriteOnlyAttributes,
		CheckDestroy:           env.CheckGAuthEnvironmentDestroyed(&id),
		Steps: []resource.TestStep{
			{
				Config: config(firstID, "wo-one", 1, 60),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthEnvironmentAddr,
					acctest.StringAttr("id", firstID),
					acctest.NullAttr("password_wo"),
					acctest.NullAttr("password"),
				),
				Check: resource.ComposeTestCheckFunc(passwordsNotInState, env.CheckGAuthEnvironmentPassword(&id, "wo-one")),
			},
			{
				// A new write-only value alone plans nothing: the version is what sends it.
				Config:           config(firstID, "wo-two", 1, 60),
				ConfigPlanChecks: acctest.ExpectEmptyPlan(),
				Check:            env.CheckGAuthEnvironmentPassword(&id, "wo-one"),
			},
			{
				Config:            config(firstID, "wo-two", 2, 60),
				ConfigPlanChecks:  acctest.ExpectChangesOf(acctest.GauthEnvironmentAddr, "password_wo_version"),
				ConfigStateChecks: acctest.ExpectAttrs(acctest.GauthEnvironmentAddr, acctest.NullAttr("password_wo")),
				Check:             resource.ComposeTestCheckFunc(passwordsNotInState, env.CheckGAuthEnvironmentPassword(&id, "wo-two")),
			},
			{
				// An unrelated update sends the configured write-only password again, so that a
				// replacing PUT cannot clear it (REAL-ORG-BEHAVIOUR R8).
				PreConfig:        func() { env.SetGAuthEnvironmentPassword(t, id, "changed-by-hand") },
				Config:           config(firstID, "wo-two", 2, 30),
				ConfigPlanChecks: acctest.ExpectChangesOf(acctest.GauthEnvironmentAddr, "local_timeout"),
				Check:            resource.ComposeTestCheckFunc(passwordsNotInState, env.CheckGAuthEnvironmentPassword(&id, "wo-two")),
			},
			acctest.ImportCommandStep(acctest.GauthEnvironmentAddr, "password_wo_version"), // not known to GAuth
			{
				// A new configured id replaces the environment; the new one gets the password.
				Config:           config(secondID, "wo-two", 2, 30),
				ConfigPlanChecks: acctest.ExpectAction(acctest.GauthEnvironmentAddr, plancheck.ResourceActionDestroyBeforeCreate),
				Check: resource.ComposeTestCheckFunc(
					env.CheckGAuthEnvironmentDestroyed(&id),
					acctest.SetID(&id, secondID),
					env.CheckGAuthEnvironmentPassword(&id, "wo-two"),
				),
			},
		},
	})
}

// A create whose answer is lost after GAuth stored the environment is not resent: the environment
// is found by the id Terraform chose and adopted.
func TestAccGAuthEnvironment_createAnswerLost(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	err := emu.SetFaults(emulator.FaultPlan{Rules: []emulator.FaultRule{
		{Method: "POST", Route: "/environment/v3/environments", Kind: emulator.FaultCommitThenDrop, Count: 1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	config := acctest.GauthEnvironmentConfig(env, `password = "cs-password"
  `+acctest.OneConfigServer)

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthEnvironmentDestroyed(&id),
		Steps: []resource.TestStep{
			{
				Config: config,
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID(acctest.GauthEnvironmentAddr, &id),
					env.CheckStats(func(st emulator.Stats) error {
						if n := st.Count("POST", "/environment/v3/environments"); n != 1 {
							return fmt.Errorf("the create was sent %d times, want once", n)
						}
						return nil
					}),
					acctest.CheckFunc(func() error {
						all, err := env.GAuth.ListEnvironments(context.Background())
						if err != nil || len(all) != 1 || all[0].ID != id {
							return fmt.Errorf("GAuth holds %+v (err %w), want only %s", all, err, id)
						}
						return nil
					}),
					env.CheckGAuthEnvironmentPassword(&id, "cs-password"),
				),
			},
			acctest.EmptyPlanStep(config),
		},
	})
}

func TestAccGAuthEnvironment_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	const password = `password = "p"` + "\n  "
	server := func(fields string) string { return "config_servers = [{ " + fields + " }]" }
	cases := []struct{ name, body, want string }{
		{"unknown trace mode", password + `trace_mode = "CFGTMAll"
  ` + acctest.OneConfigServer, `Attribute trace_mode value must be one of`},
		{"port 0", password + server(`primary_address = "cs", primary_port = 0`),
			`Attribute config_servers[0].primary_port value must be between 1 and 65535, got: 0`},
		{"port 65536", password + server(`primary_address = "cs", primary_port = 65536`),
			`Attribute config_servers[0].primary_port value must be between 1 and 65535, got: 65536`},
		{"backup port 0", password + server(`primary_address = "cs", primary_port = 1, backup_address = "b", backup_port = 0`),
			`Attribute config_servers[0].backup_port value must be between 1 and 65535, got: 0`},
		{"backup address without port", password + server(`primary_address = "cs", primary_port = 1, backup_address = "b"`),
			`Attribute "config_servers[0].backup_port" must be specified when "config_servers[0].backup_address" is specified`},
		{"no config servers", password + `config_servers = []`, `Attribute config_servers list must contain at least 1 elements`},
		{"bad location", password + server(`primary_address = "cs", primary_port = 1, locations = "USW1"`),
			`Attribute config_servers[0].locations must start with "/"`},
		{"zero timeout", password + `local_timeout = 0
  ` + acctest.OneConfigServer, `Attribute local_timeout value must be between 1 and 2147483647, got: 0`},
		{"id not a UUID", password + `id = "env-1"
  ` + acctest.OneConfigServer, `Attribute id must be a UUID`},
		{"both passwords", password + `password_wo = "q"
  ` + acctest.OneConfigServer, `These attributes cannot be configured together: [password,password_wo]`},
		{"no password", acctest.OneConfigServer, `has password = null: replace null with the secret`},
		{"version without write-only password", password + `password_wo_version = 1
  ` + acctest.OneConfigServer, `"password_wo" must be specified when "password_wo_version" is specified`},
	}
	var plans []acctest.PlanErrorCase
	for _, c := range cases {
		plans = append(plans, acctest.PlanErrorCase{Name: c.name, Config: acctest.GauthEnvironmentConfig(env, c.body), Want: acctest.ErrorText(c.want)})
	}
	acctest.CheckPlanErrors(t, env, plans, acctest.NeedsWriteOnlyAttributes...)
}
