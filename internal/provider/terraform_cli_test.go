package provider

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
)

// terraformCLI is the terraform binary the acceptance tests use. It skips the test without TF_ACC,
// as resource.Test does (a test that runs the CLI itself is an acceptance test too), or without a
// binary.
func terraformCLI(t *testing.T) string {
	t.Helper()
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s=1", resource.EnvTfAcc)
	}
	if p := os.Getenv("TF_ACC_TERRAFORM_PATH"); p != "" {
		return p
	}
	p, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("the terraform CLI is not on PATH and TF_ACC_TERRAFORM_PATH is not set")
	}
	return p
}

// buildProviderForCLI builds the provider into dir/bin and returns a CLI configuration that makes
// terraform use it (dev_overrides: no registry, no terraform init).
func buildProviderForCLI(t *testing.T, dir string) string {
	t.Helper()
	bin := acctest.ProviderBinary(filepath.Join(dir, "bin"))(t)
	cliConfig := filepath.Join(dir, "terraformrc")
	if err := os.WriteFile(cliConfig, []byte(acctest.DevOverrides(bin)), 0o600); err != nil {
		t.Fatal(err)
	}
	return cliConfig
}
