package provider

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

const rolesRoute = "/api/v2/authorization/roles"

func tenRoles(env *acctest.Env) string {
	return env.ProviderConfig() + `
resource "genesys_cloud_role" "many" {
  count = 10
  name  = "Role ${count.index}"
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = ["view"] }]
}
`
}

// One provider process fetches one token and shares it among all its resources. The plan's
// process needs one too: it checks the roles' policies against the permission catalogue.
func TestAccProvider_oneTokenPerApply(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			PreConfig: emu.ResetStats,
			Config:    tenRoles(env),
			Check: env.CheckStats(func(st emulator.Stats) error {
				if st.TokenRequests != 2 || st.Count("POST", rolesRoute) != 10 {
					return fmt.Errorf("plan and apply of 10 roles made %d token requests and %d role POSTs, want 2 (one per process) and 10",
						st.TokenRequests, st.Count("POST", rolesRoute))
				}
				return nil
			}),
		}},
	})
}

// A token that expires in the middle of an apply is renewed once, and the refused call is resent.
func TestAccProvider_tokenRenewedMidApply(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	expire := []emulator.FaultRule{{Method: "POST", Route: rolesRoute, Kind: emulator.FaultExpireTokens, Count: 1}}
	env.FaultedApplyTest(t, "cloud_roles", tenRoles(env), expire, func(st emulator.Stats, made int) error {
		// Every request in flight when the token died is refused once and resent once, and
		// all of them share the one renewed token: the plan's token, the apply's, and its renewal.
		refused := st.CountStatus(401)
		if refused < 1 || st.TokenRequests != 3 || st.Count("POST", rolesRoute) != 10+refused {
			return fmt.Errorf("got %d 401s, %d token requests, %d role POSTs; want >=1, 3 and 10 plus one per 401",
				refused, st.TokenRequests, st.Count("POST", rolesRoute))
		}
		if made != 10 {
			return fmt.Errorf("%d roles created, want exactly 10", made)
		}
		return nil
	})
}

// A 429 is waited out for as long as Retry-After says, on a POST too, without creating twice.
func TestAccProvider_rateLimitWaitedOut(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	rateLimited := []emulator.FaultRule{{Method: "POST", Route: rolesRoute, Kind: emulator.FaultStatus, Status: 429, RetryAfter: 1, Count: 2}}
	env.FaultedApplyTest(t, "cloud_roles", tenRoles(env), rateLimited, func(st emulator.Stats, made int) error {
		if st.CountStatus(429) != 2 {
			return fmt.Errorf("%d 429 answers, want 2", st.CountStatus(429))
		}
		if made != 10 {
			return fmt.Errorf("%d roles created, want exactly 10", made)
		}
		return nil
	})
}

// Nothing secret reaches the logs, even at TRACE: not the provider's credentials, not a created
// client's secret.
func TestAccProvider_noSecretInTraceLog(t *testing.T) {
	// The client below is granted Employee, which the bootstrap client holds: the role-holding
	// rule lets a client-credentials run grant it.
	env := acctest.NewEnv(t, emulator.Options{CloudClientRoles: []string{"Employee"}})
	logDir := t.TempDir()
	t.Setenv("TF_LOG", "TRACE")
	t.Setenv("TF_LOG_PATH_MASK", filepath.Join(logDir, "%s.log"))
	// The test framework logs each step's configuration, so the credentials come from the
	// environment here: what is checked is what the provider and terraform log.
	acctest.SetExampleEnvironment(t, env)
	// The user-supplied GAuth secrets come as sensitive variables, the way users pass them.
	const apiClientSecret, configServerPassword = "api-client-secret-9f3e", "config-server-password-4c1d"
	t.Setenv("TF_VAR_api_client_secret", apiClientSecret)
	t.Setenv("TF_VAR_config_server_password", configServerPassword)
	gauthObjects := `
variable "api_client_secret" {
  type      = string
  sensitive = true
}
variable "config_server_password" {
  type      = string
  sensitive = true
}
resource "genesys_gauth_client" "logged" {
  client_id              = "logged_client"
  name                   = "logged_client"
  authorized_grant_types = ["client_credentials"]
  client_secret          = var.api_client_secret
}
resource "genesys_gauth_environment" "logged" {
  username       = "default"
  password       = var.config_server_password
  app_name       = "Cloud"
  tenant         = "Environment"
  config_servers = [{ primary_address = "10.0.0.1", primary_port = 2020 }]
}
`
	var secret string
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: `provider "genesys" {}` + oauthClientBlock("Logged", emulator.CloudEmployeeRoleID) + gauthObjects,
			Check:  acctest.CaptureAttr(acctest.OauthAddr, "secret", &secret),
		}},
	})

	logs := readAll(t, logDir)
	for _, traffic := range []string{"/api/v2/oauth/clients", "/auth/v3/ops/clients", "/environment/v3/environments"} {
		if !strings.Contains(logs, traffic) {
			t.Fatalf("the trace log holds no %s traffic; the test would prove nothing (%d bytes)", traffic, len(logs))
		}
	}
	d := emulator.DefaultOptions() // the credentials the environment gave the provider
	for name, s := range map[string]string{
		"provider client secret":        d.CloudClientSecret,
		"GAuth client secret":           d.GAuthClientSecret,
		"created client secret":         secret,
		"GAuth API client secret":       apiClientSecret,
		"Configuration Server password": configServerPassword,
	} {
		if s == "" {
			t.Fatalf("%s unknown", name)
		}
		if strings.Contains(logs, s) {
			t.Errorf("the %s appears in the TRACE log", name)
		}
	}
}

func readAll(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	logs := os.DirFS(dir)
	entries, err := fs.ReadDir(logs, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(logs, e.Name())
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	return b.String()
}
