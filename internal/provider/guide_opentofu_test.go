package provider

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// The OpenTofu section of the guide "Adopting an existing org": one provider configuration per
// org with for_each applies the same role to two orgs, plans nothing more, and destroys it. It runs
// when the acceptance tests' CLI is OpenTofu (make testacc-tofu), which alone has provider for_each.
func TestAccGuideTemplatingWithOpenTofu(t *testing.T) {
	cli := terraformCLI(t)
	version, err := exec.CommandContext(t.Context(), cli, "version").Output() //nolint:gosec // G204: the acceptance tests' own CLI
	if err != nil || !strings.HasPrefix(string(version), "OpenTofu") {
		t.Skipf("provider for_each needs OpenTofu; the CLI is %q", strings.SplitN(string(version), "\n", 2)[0])
	}
	example, err := os.ReadFile(filepath.Join(examplesDir, "guides", "templating-with-opentofu", "main.tofu"))
	if err != nil {
		t.Fatal(err)
	}
	d := emulator.DefaultOptions()
	envs := map[string]*acctest.Env{"acme": acctest.NewEnv(t, emulator.Options{}), "globex": acctest.NewEnv(t, emulator.Options{})}
	orgs := map[string]map[string]string{}
	for name, env := range envs {
		orgs[name] = map[string]string{"api_url": env.URL, "login_url": env.URL, "client_id": d.CloudClientID, "client_secret": d.CloudClientSecret}
	}
	vars, err := json.Marshal(map[string]any{"orgs": orgs})
	if err != nil {
		t.Fatal(err)
	}
	run := acctest.CliWorkspace(t, acctest.ProviderBinary(t.TempDir())(t), string(example))
	varsFile := filepath.Join(t.TempDir(), "orgs.tfvars.json")
	if err := os.WriteFile(varsFile, vars, 0o600); err != nil {
		t.Fatal(err)
	}
	// No init: the provider comes from a dev override.
	if _, err := run("apply", "-auto-approve", "-input=false", "-var-file="+varsFile); err != nil {
		t.Fatal(err)
	}
	for name, env := range envs {
		role, err := acctest.Visible(env.Cloud.FindRoleByName, "Golden Reporting") // lists lag a create
		if err != nil || role.Description != "Reads conversation details" {
			t.Errorf("org %s: role %+v, %v; want the golden role", name, role, err)
		}
	}
	if out, err := run("plan", "-detailed-exitcode", "-input=false", "-var-file="+varsFile); err != nil {
		t.Errorf("the second plan is not empty: %v\n%s", err, out)
	}
	if _, err := run("destroy", "-auto-approve", "-input=false", "-var-file="+varsFile); err != nil {
		t.Fatal(err)
	}
	for name, env := range envs {
		if err := checkNothingNamed(t, env, "Golden Reporting")(nil); err != nil {
			t.Errorf("org %s after destroy: %v", name, err)
		}
	}
}
