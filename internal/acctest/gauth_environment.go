package acctest

import (
	"context"
	"fmt"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

const GauthEnvironmentAddr = "genesys_gauth_environment.test"

// GauthEnvironmentConfig is the environment of the provisioning guide; extra holds the password
// attributes and anything else the step varies.
func GauthEnvironmentConfig(env *Env, extra string) string {
	return GauthEnvironmentConfigFor(env, "Environment", extra)
}

// GauthEnvironmentConfigFor is GauthEnvironmentConfig with another tenant.
func GauthEnvironmentConfigFor(env *Env, tenant, extra string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_environment" "test" {
  username = "default"
  app_name = "Cloud"
  tenant   = %[2]q
  %[1]s
}
`, extra, tenant)
}

const (
	OneConfigServer  = `config_servers = [{ primary_address = "172.24.132.84", primary_port = 2020, locations = "/USW1" }]`
	TwoConfigServers = `config_servers = [
    { primary_address = "172.24.132.84", primary_port = 2020, backup_address = "172.24.132.85", backup_port = 2021, locations = "/USW1" },
    { primary_address = "cs-euw1.example.com", primary_port = 8888, read_only = true },
  ]`
)

// CheckGAuthEnvironment asks GAuth for the environment and runs check on it.
func (e *Env) CheckGAuthEnvironment(id *string, check func(*gauth.Environment) error) resource.TestCheckFunc {
	return checkGot(e.GAuth.GetEnvironment, id, check)
}

// CheckGAuthEnvironmentPassword checks the password the emulator stores for the environment: GAuth
// never returns it, so this is the only way to see what the provider sent. A real org cannot show
// it: there the check says so in the test's log and checks nothing, and the rest of the test runs.
func (e *Env) CheckGAuthEnvironmentPassword(id *string, want string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if e.emu == nil {
			e.tb.Logf("environment %s: password not checked, as only the in-process emulator shows a stored password", *id)
			return nil
		}
		got, ok := e.emu.GAuthEnvironmentPassword(*id)
		if !ok {
			return fmt.Errorf("environment %s not stored", *id)
		}
		if got != want {
			return fmt.Errorf("environment %s has password %q, want %q", *id, got, want)
		}
		return nil
	}
}

// CheckGAuthEnvironmentDestroyed checks that the environment is gone after the destroy.
func (e *Env) CheckGAuthEnvironmentDestroyed(id *string) resource.TestCheckFunc {
	return func(*terraform.State) error { return notFoundAfterDestroy("environment", e.GAuth.GetEnvironment, *id) }
}

func (e *Env) GetGAuthEnvironment(t *testing.T, id string) *gauth.Environment {
	t.Helper()
	environment, err := e.GAuth.GetEnvironment(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return environment
}

// SetGAuthEnvironmentPassword changes an environment's password behind Terraform's back; the
// update carries the other fields unchanged, as GAuth merges what it is sent.
func (e *Env) SetGAuthEnvironmentPassword(t *testing.T, id, password string) {
	t.Helper()
	environment := e.GetGAuthEnvironment(t, id)
	environment.Password = password
	if err := e.GAuth.UpdateEnvironment(context.Background(), id, *environment); err != nil {
		t.Fatal(err)
	}
}
