package acctest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// RequiredProvider declares the provider under its registry address, for configurations run with
// the terraform CLI (CheckAdoption), which the dev override of CliWorkspace serves. The address
// names its host: OpenTofu would resolve a bare "ccaas-tf/genesys" to its own registry, which the
// dev override does not name.
const RequiredProvider = `
terraform {
  required_providers {
    genesys = { source = "registry.terraform.io/ccaas-tf/genesys" }
  }
}
`

// Adoption is a configuration that adopts existing objects with import blocks and for_each
// resources, and what CheckAdoption checks of it.
type Adoption struct {
	Config string
	// Imported are the instances the first plan must import, with their keys
	// (`genesys_cloud_role.adopted["Partner"]`).
	Imported []string
	// Adopted, if set, checks the state after the apply.
	Adopted func(*tfjson.State) error
	// Destroyed asks the API that the adopted objects are gone after the destroy.
	Destroyed func() error
}

// CheckAdoption applies a.Config with the terraform CLI: terraform-plugin-testing cannot read a
// state that holds for_each instances. The first plan must import exactly a.Imported and change
// nothing; after the apply, a new plan must be empty. Destroy follows, whatever happened.
func CheckAdoption(t *testing.T, providerDir string, a Adoption) {
	t.Helper()
	cli := CliWorkspace(t, providerDir, RequiredProvider+a.Config)
	applied := false
	defer func() {
		if _, err := cli("destroy", "-auto-approve", "-input=false"); err != nil {
			t.Error(err)
			return
		}
		if !applied {
			return // nothing was adopted, so nothing is Terraform's to destroy
		}
		if err := a.Destroyed(); err != nil {
			t.Error(err)
		}
	}()
	var plan tfjson.Plan
	if _, err := cli("plan", "-input=false", "-out=adopt.tfplan"); err != nil {
		t.Fatal(err)
	}
	showJSON(t, cli, &plan, "adopt.tfplan")
	if err := importedUnchanged(&plan, a.Imported); err != nil {
		t.Fatal(err)
	}
	_, err := cli("apply", "-input=false", "adopt.tfplan")
	applied = true // an apply that failed may have imported some
	if err != nil {
		t.Fatal(err)
	}
	if a.Adopted != nil {
		var state tfjson.State
		showJSON(t, cli, &state)
		if err := a.Adopted(&state); err != nil {
			t.Fatal(err)
		}
	}
	out, err := cli("plan", "-input=false", "-detailed-exitcode")
	if exit := (*exec.ExitError)(nil); errors.As(err, &exit) && exit.ExitCode() == 2 {
		t.Fatalf("the plan after the adoption is not empty:\n%s", out)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// showJSON decodes terraform show -json of the state, or of the plan file named.
func showJSON(t *testing.T, cli func(...string) (string, error), v any, planFile ...string) {
	t.Helper()
	out, err := cli(append([]string{"show", "-json"}, planFile...)...)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("terraform show -json: %v\n%s", err, out)
	}
}

// Instances are the resources of the state of one type, by address.
func Instances(state *tfjson.State, resourceType string) map[string]*tfjson.StateResource {
	out := map[string]*tfjson.StateResource{}
	if state.Values == nil || state.Values.RootModule == nil {
		return out
	}
	for _, r := range state.Values.RootModule.Resources {
		if r.Type == resourceType && r.Mode == tfjson.ManagedResourceMode {
			out[r.Address] = r
		}
	}
	return out
}

// importedUnchanged checks that plan imports exactly the instances addrs and changes nothing.
func importedUnchanged(plan *tfjson.Plan, addrs []string) error {
	var imported []string
	for _, rc := range plan.ResourceChanges {
		if rc.Change == nil {
			continue
		}
		if !rc.Change.Actions.NoOp() {
			return fmt.Errorf("the adoption plans %v for %s, want no change", rc.Change.Actions, rc.Address)
		}
		if rc.Change.Importing != nil {
			imported = append(imported, rc.Address)
		}
	}
	want := slices.Sorted(slices.Values(addrs))
	slices.Sort(imported)
	if !slices.Equal(imported, want) {
		return fmt.Errorf("the plan imports %v, want %v", imported, want)
	}
	return nil
}

// SkipWithoutTFAcc skips a test that drives the terraform CLI itself, as resource.Test skips
// without TF_ACC: call it before the test creates anything.
func SkipWithoutTFAcc(t *testing.T) {
	t.Helper()
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s=1", resource.EnvTfAcc)
	}
}

// Example is the text of the file at path under examples/, for a test that applies a documented
// example: a test runs in its package's directory, so the file is found from the module root above it.
func Example(t *testing.T, path string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
	text, err := os.ReadFile(filepath.Join(dir, "examples", path)) //nolint:gosec // G304: the module's own examples
	if err != nil {
		t.Fatal(err)
	}
	return string(text)
}
