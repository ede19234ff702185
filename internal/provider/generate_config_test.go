package provider

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// TestAccGenerateConfigOutNeedsOnlyTheSecret follows the import examples' note on
// `terraform plan -generate-config-out`: the generated blocks of a GAuth API client and an
// environment hold a null secret, the plan names the edit, and once each null is replaced by the
// secret the configuration plans.
func TestAccGenerateConfigOutNeedsOnlyTheSecret(t *testing.T) {
	tf := terraformCLI(t)
	env := acctest.NewEnv(t, emulator.Options{})
	client := env.SeedGAuthClient(t, gauth.APIClient{
		ClientID: acctest.RandomName("external_api_client"), Name: "external_api_client", ClientSecret: "client-s3cret", ClientType: "CONFIDENTIAL",
		Authorities: []string{"ROLE_INTERNAL_CLIENT"}, Scope: []string{"*"}, AuthorizedGrantTypes: []string{"client_credentials"},
		AccessTokenExpirationTimeout: 43200, RefreshTokenExpirationTimeout: 43200,
	})
	environmentID := env.SeedGAuthEnvironment(t, acctest.RandomName("Environment"), "Cloud")

	work := t.TempDir()
	cliConfig := buildProviderForCLI(t, work)
	config := env.ProviderConfig() + fmt.Sprintf(`
terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

import {
  to = genesys_gauth_client.external
  id = %q
}

import {
  to = genesys_gauth_environment.main
  id = %q
}
`, client.ClientID, environmentID)
	if err := os.WriteFile(filepath.Join(work, "main.tf"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	plan := func(args ...string) (string, error) {
		cmd := exec.CommandContext(t.Context(), tf, append([]string{"-chdir=" + work, "plan", "-input=false", "-no-color"}, args...)...) //nolint:gosec // G204: the terraform CLI the acceptance tests use
		cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+cliConfig, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}

	out, err := plan("-generate-config-out=generated.tf")
	if err == nil {
		t.Fatalf("the plan that generates configuration succeeded, want the missing secrets refused:\n%s", out)
	}
	for _, hint := range []string{"has client_secret = null: replace null with the secret", "has password = null: replace null with the secret"} {
		if !acctest.ErrorText(hint).MatchString(out) {
			t.Errorf("the plan's errors do not say %q:\n%s", hint, out)
		}
	}

	generatedFile := filepath.Join(work, "generated.tf")
	raw, err := os.ReadFile(generatedFile) //nolint:gosec // G304: the file terraform just generated in the test's directory
	if err != nil {
		t.Fatal(err)
	}
	generated := string(raw)
	for null, secret := range map[string]string{
		"client_secret                    = null # sensitive": `client_secret = "client-s3cret"`,
		"password            = null # sensitive":              `password = "password"`,
	} {
		if !strings.Contains(generated, null) {
			t.Fatalf("generated.tf has no line %q:\n%s", null, generated)
		}
		generated = strings.Replace(generated, null, secret, 1)
	}
	if err := os.WriteFile(generatedFile, []byte(generated), 0o600); err != nil { //nolint:gosec // G703: the test's own work directory
		t.Fatal(err)
	}
	if out, err := plan(); err != nil {
		t.Errorf("the generated configuration with its secrets filled in does not plan: %v\n%s", err, out)
	}
}
