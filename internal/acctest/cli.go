package acctest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// ProviderBinary returns a function that builds the provider into dir the first time it is called,
// and returns dir. Only the examples run with the terraform CLI need the binary.
func ProviderBinary(dir string) func(*testing.T) string {
	var once sync.Once
	var err error
	return func(t *testing.T) string {
		t.Helper()
		once.Do(func() {
			name := "terraform-provider-genesys"
			if runtime.GOOS == "windows" {
				name += ".exe"
			}
			cmd := exec.CommandContext(t.Context(), "go", "build", "-o", filepath.Join(dir, name), modulePath) //nolint:gosec // G204: the test's own toolchain and paths
			if out, buildErr := cmd.CombinedOutput(); buildErr != nil {
				err = fmt.Errorf("building the provider: %w\n%s", buildErr, out)
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		return dir
	}
}

// CliWorkspace writes config to a fresh directory and returns a function running the terraform
// CLI there, with the provider binary in providerDir installed through a dev override, and
// answering the CLI's combined output. The environment set by the caller points the provider at
// the emulator.
func CliWorkspace(t *testing.T, providerDir, config string) func(args ...string) (string, error) {
	t.Helper()
	tf := os.Getenv(envTerraformPath)
	if tf == "" {
		var err error
		if tf, err = exec.LookPath("terraform"); err != nil {
			t.Fatalf("terraform is not on PATH and %s is not set", envTerraformPath)
		}
	}
	work := t.TempDir()
	cliConfig := filepath.Join(work, "terraformrc")
	for name, content := range map[string]string{cliConfig: DevOverrides(providerDir), filepath.Join(work, "main.tf"): config} {
		if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return func(args ...string) (string, error) {
		cmd := exec.CommandContext(t.Context(), tf, append([]string{"-chdir=" + work}, args...)...) //nolint:gosec // G204: the terraform CLI the acceptance tests use, with the test's own arguments
		cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+cliConfig, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return string(out), fmt.Errorf("terraform %s: %w\n%s", args[0], err, out)
		}
		return string(out), nil
	}
}

// SetExampleEnvironment points every provider setting at env's emulator through the variables a
// user sets, and gives the examples' input variables a value.
func SetExampleEnvironment(t *testing.T, env *Env) {
	d := emulator.DefaultOptions()
	for name, value := range map[string]string{
		EnvCloudRegion:       "", // a developer's own settings must not leak in
		EnvCloudAPIURL:       env.URL,
		EnvCloudLoginURL:     env.URL,
		EnvCloudClientID:     d.CloudClientID,
		EnvCloudClientSecret: d.CloudClientSecret,
		EnvCloudAccessToken:  "",
		EnvGAuthURL:          env.URL,
		EnvGAuthClientID:     d.GAuthClientID,
		EnvGAuthClientSecret: d.GAuthClientSecret,
		EnvGAuthOpsUsername:  d.OpsUsername,
		EnvGAuthOpsPassword:  d.OpsPassword,

		"TF_VAR_api_client_secret":      "example-api-client-secret",
		"TF_VAR_config_server_password": "example-config-server-password",
	} {
		t.Setenv(name, value)
	}
}

// modulePath is the provider's main package, built from wherever in the module a test runs.
const modulePath = "github.com/ccaas-tf/terraform-provider-genesys"

// The provider's environment variables, as users set them.
const (
	EnvCloudRegion       = "GENESYSCLOUD_REGION"
	EnvCloudAPIURL       = "GENESYSCLOUD_API_URL"
	EnvCloudLoginURL     = "GENESYSCLOUD_LOGIN_URL"
	EnvCloudClientID     = "GENESYSCLOUD_OAUTHCLIENT_ID"
	EnvCloudClientSecret = "GENESYSCLOUD_OAUTHCLIENT_SECRET"
	EnvCloudAccessToken  = "GENESYSCLOUD_ACCESS_TOKEN"
	EnvGAuthURL          = "GENESYS_GAUTH_URL"
	EnvGAuthClientID     = "GENESYS_GAUTH_CLIENT_ID"
	EnvGAuthClientSecret = "GENESYS_GAUTH_CLIENT_SECRET"
	EnvGAuthOpsUsername  = "GENESYS_GAUTH_OPS_USERNAME"
	EnvGAuthOpsPassword  = "GENESYS_GAUTH_OPS_PASSWORD"
)

// envTerraformPath names the terraform CLI the acceptance tests use, as for terraform-plugin-testing.
const envTerraformPath = "TF_ACC_TERRAFORM_PATH"

// DevOverrides is a CLI configuration installing the provider built into providerDir for
// `ccaas-tf/genesys`, under the registry host Terraform resolves it to and the one OpenTofu does.
func DevOverrides(providerDir string) string {
	return fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n    %q = %q\n  }\n  direct {}\n}\n",
		"registry.terraform.io/ccaas-tf/genesys", filepath.ToSlash(providerDir),
		"registry.opentofu.org/ccaas-tf/genesys", filepath.ToSlash(providerDir))
}
