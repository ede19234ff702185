package provider

import (
	"errors"
	"fmt"
	"os/exec"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// applyWithCLI does what a user does with a configuration: install its modules, apply, plan again
// expecting no changes, destroy.
func applyWithCLI(t *testing.T, providerDir, config string, applied func(), checkDestroy resource.TestCheckFunc) {
	t.Helper()
	cli := acctest.CliWorkspace(t, providerDir, config)
	run := func(args ...string) error {
		_, err := cli(args...)
		return err
	}
	// The dev override stands in for terraform init's provider install; get installs the modules.
	err := run("get")
	if err == nil {
		err = run("apply", "-auto-approve", "-input=false")
	}
	if err == nil {
		applied()
		var exit *exec.ExitError
		if err = run("plan", "-input=false", "-detailed-exitcode"); errors.As(err, &exit) && exit.ExitCode() == 2 {
			err = fmt.Errorf("the plan after apply is not empty: %w", err)
		}
	}
	if err != nil {
		t.Error(err)
	}
	if err := run("destroy", "-auto-approve", "-input=false"); err != nil {
		t.Fatal(err)
	}
	if err := checkDestroy(&terraform.State{}); err != nil {
		t.Error(err)
	}
}
