package acctest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
)

// RequiredProvider declares the provider under its registry address, for configurations run with
// the terraform CLI (CheckAdoption), which the dev override of CliWorkspace serves.
const RequiredProvider = `
terraform {
  required_providers {
    genesys = { source = "ccaas-tf/genesys" }
  }
}
`

// CheckAdoption applies config, a configuration that adopts existing objects with import blocks
// and for_each resources, with the terraform CLI: terraform-plugin-testing cannot read a state
// that holds for_each instances. The first plan must import exactly the instances imported (with
// their keys, `genesys_cloud_role.adopted["Partner"]`) and change nothing; after the
// apply, a new plan must be empty. Destroy follows, whatever happened, and after an apply destroyed,
// which asks the API that the adopted objects are gone.
func CheckAdoption(t *testing.T, providerDir, config string, imported []string, destroyed func() error) {
	t.Helper()
	cli := CliWorkspace(t, providerDir, RequiredProvider+config)
	applied := false
	defer func() {
		if _, err := cli("destroy", "-auto-approve", "-input=false"); err != nil {
			t.Fatal(err)
		}
		if !applied {
			return // nothing was adopted, so nothing is Terraform's to destroy
		}
		if err := destroyed(); err != nil {
			t.Error(err)
		}
	}()
	if _, err := cli("plan", "-input=false", "-out=adopt.tfplan"); err != nil {
		t.Fatal(err)
	}
	out, err := cli("show", "-json", "adopt.tfplan")
	if err != nil {
		t.Fatal(err)
	}
	var plan tfjson.Plan
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatalf("terraform show -json: %v\n%s", err, out)
	}
	if err := importedUnchanged(&plan, imported); err != nil {
		t.Fatal(err)
	}
	_, err = cli("apply", "-input=false", "adopt.tfplan")
	applied = true // an apply that failed may have imported some
	if err != nil {
		t.Fatal(err)
	}
	out, err = cli("plan", "-input=false", "-detailed-exitcode")
	if exit := (*exec.ExitError)(nil); errors.As(err, &exit) && exit.ExitCode() == 2 {
		t.Fatalf("the plan after the adoption is not empty:\n%s", out)
	}
	if err != nil {
		t.Fatal(err)
	}
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
