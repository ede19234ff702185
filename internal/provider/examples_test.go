package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// examplesDir is the repository's examples/ directory, seen from this package.
const examplesDir = "../../examples"

// TestAccExamples applies, then destroys, every configuration under examples/: the ones the
// reference pages render, the guides' and the modules'. Each runs against its own emulator and
// takes its connection from the environment, as a user's configuration would, so no example
// names the emulator. Resource examples also go through their import examples.
func TestAccExamples(t *testing.T) {
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s=1", resource.EnvTfAcc)
	}
	// The examples declare source = "ccaas-tf/genesys": serve the in-process provider under that address.
	t.Setenv(resource.EnvTfAccProviderNamespace, "ccaas-tf")

	dirs := exampleDirs(t)
	for name := range exampleSetups {
		if !slices.Contains(dirs, name) {
			t.Errorf("exampleSetups names %s, which holds no example", name)
		}
	}
	// Sequential: each example points the process environment at its own emulator.
	provider := acctest.ProviderBinary(t.TempDir())
	for _, dir := range dirs {
		t.Run(dir, func(t *testing.T) { testExample(t, dir, provider) })
	}
}

// exampleDirs lists the directories under examples/ holding .tf files, relative and slash-separated.
func exampleDirs(t *testing.T) []string {
	t.Helper()
	var dirs []string
	err := filepath.WalkDir(examplesDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".tf" {
			return err
		}
		rel, err := filepath.Rel(examplesDir, filepath.Dir(p))
		if err == nil && !slices.Contains(dirs, filepath.ToSlash(rel)) {
			dirs = append(dirs, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatalf("no examples under %s", examplesDir)
	}
	slices.Sort(dirs)
	return dirs
}

// exampleFiles yields the path and content of each .tf file of the example in dir (relative and
// slash-separated, as exampleDirs lists it), for the tests that check what the examples say.
func exampleFiles(t *testing.T, dir string) iter.Seq2[string, []byte] {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(examplesDir, filepath.FromSlash(dir), "*.tf"))
	if err != nil {
		t.Fatal(err)
	}
	return func(yield func(string, []byte) bool) {
		for _, name := range files {
			raw, err := os.ReadFile(name) //nolint:gosec // G304: files of the repository's examples/ directory
			if err != nil {
				t.Fatal(err)
			}
			if !yield(name, raw) {
				return
			}
		}
	}
}

func testExample(t *testing.T, dir string, provider func(*testing.T) string) {
	// The org's catalogue is the real one, so an example naming a permission no org has fails.
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{PermissionCatalogue: realCatalogue(t)})
	acctest.SetExampleEnvironment(t, env)
	setup := exampleSetups[dir]
	if setup.prepare != nil {
		setup.prepare(t, env)
	}
	before := storedObjects(emu)

	steps := exampleSteps(t, dir)
	if grantsRolesToUser.MatchString(steps[0].Config) {
		// The example runs as a signed-in administrator, as it tells its users to.
		t.Setenv(envCloudClientID, "")
		t.Setenv(envCloudClientSecret, "")
		t.Setenv(envCloudAccessToken, env.UserToken)
	}
	steps[0].ConfigPlanChecks.PreApply = append(steps[0].ConfigPlanChecks.PreApply, setup.planChecks...)
	applied := func() {
		if setup.applied != nil {
			setup.applied(t, env)
		}
	}
	versionChecks := requiredVersions(steps)

	if usesModules.MatchString(steps[0].Config) {
		// resource.Test cannot read the state of child modules: run these with the terraform CLI.
		if len(steps) > 1 || len(setup.planChecks) > 0 || len(versionChecks) > 0 {
			t.Fatal("an example with modules is applied once, without plan checks, and runs on Terraform 1.5")
		}
		applyWithCLI(t, provider(t), steps[0].Config, applied, checkNothingLeft(emu, before))
		return
	}
	check := steps[0].Check
	steps[0].Check = func(s *terraform.State) error {
		applied()
		if check == nil {
			return nil
		}
		return check(s)
	}
	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: versionChecks,
		Steps:                  steps,
		CheckDestroy:           checkNothingLeft(emu, before),
	})
}

// exampleSteps are the test steps of the example in dir, by the kind of example it is.
func exampleSteps(t *testing.T, dir string) []resource.TestStep {
	t.Helper()
	abs := filepath.Join(examplesDir, filepath.FromSlash(dir))
	switch kind, _, _ := strings.Cut(dir, "/"); kind {
	case "resources":
		return resourceExampleSteps(t, abs, path.Base(dir))
	case "data-sources":
		return []resource.TestStep{{Config: readExample(t, abs, "data-source*.tf")}}
	case "modules":
		return []resource.TestStep{{Config: moduleWrapper(t, dir, abs)}}
	default: // provider, guides
		return []resource.TestStep{{Config: readExample(t, abs, "*.tf")}}
	}
}

// requiredVersions skips the example on a Terraform too old for the language features it uses.
func requiredVersions(steps []resource.TestStep) []tfversion.TerraformVersionCheck {
	var checks []tfversion.TerraformVersionCheck
	for _, feature := range terraformFeatures {
		if slices.ContainsFunc(steps, func(s resource.TestStep) bool { return feature.uses.MatchString(s.Config) }) {
			checks = append(checks, feature.needs)
		}
	}
	return checks
}

var (
	usesModules       = regexp.MustCompile(`(?m)^module "`)
	grantsRolesToUser = regexp.MustCompile(`(?m)^\s*grant_roles_to_user\s*=\s*true`)
)

// terraformFeatures are the language features the examples use that need more than Terraform 1.5.
var terraformFeatures = []struct {
	uses  *regexp.Regexp
	needs tfversion.TerraformVersionCheck
}{
	{regexp.MustCompile(`(?m)^import \{\n[^}]*\n\s*id\s*=\s*[a-z]`), tfversion.SkipBelow(tfversion.Version1_6_0)}, // an import id from an expression
	{regexp.MustCompile(`(?m)^removed \{`), tfversion.SkipBelow(tfversion.Version1_7_0)},
	{regexp.MustCompile(`(?m)^import \{\n\s*for_each\s*=`), tfversion.SkipBelow(tfversion.Version1_7_0)},
	{regexp.MustCompile(`provider::genesys::`), tfversion.SkipBelow(tfversion.Version1_8_0)},
	{regexp.MustCompile(`(?m)^ephemeral "`), tfversion.SkipBelow(tfversion.Version1_10_0)},
	{regexp.MustCompile(`(?m)^\s*(\w+_wo|ephemeral)\s*=`), tfversion.SkipBelow(tfversion.Version1_11_0)}, // write-only arguments, ephemeral variables
}

// readExample concatenates the example's files matching pattern, with relative module sources made
// absolute: the test runs the configuration from a directory of its own.
func readExample(t *testing.T, dir, pattern string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s in %s (%v)", pattern, dir, err)
	}
	slices.Sort(files)
	var b strings.Builder
	for _, f := range files {
		src, err := os.ReadFile(f) //nolint:gosec // G304: files of the repository's examples/ directory
		if err != nil {
			t.Fatal(err)
		}
		b.Write(src)
		b.WriteString("\n")
	}
	return localModuleSource.ReplaceAllStringFunc(b.String(), func(m string) string {
		parts := localModuleSource.FindStringSubmatch(m)
		abs, err := filepath.Abs(filepath.Join(dir, filepath.FromSlash(parts[2])))
		if err != nil {
			t.Fatal(err)
		}
		return parts[1] + filepath.ToSlash(abs) + `"`
	})
}

var localModuleSource = regexp.MustCompile(`(?m)^(\s*source\s*=\s*")(\.\.?/[^"]*)"`)

// moduleWrappers call each module under examples/modules the way a user would.
var moduleWrappers = map[string]string{
	"modules/partner-onboarding": `
terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# The module creates a role and grants it: run as a user who is granted the role first.
provider "genesys" {
  cloud {
    grant_roles_to_user = true
  }
}

module "under_test" {
  source = %q

  name = "Wrapper Integration"
  permission_policies = [{
    domain      = "analytics"
    entity_name = "userObservation"
    action_set  = ["view"]
  }]
  secret_rotation = { rotated = "first" }
}

output "client_id" {
  value = module.under_test.client_id
}
`,
}

func moduleWrapper(t *testing.T, dir, abs string) string {
	t.Helper()
	wrapper, ok := moduleWrappers[dir]
	if !ok {
		t.Fatalf("add a wrapper calling %s to moduleWrappers", dir)
	}
	source, err := filepath.Abs(abs)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf(wrapper, filepath.ToSlash(source))
}

// Import examples. tfplugindocs renders import.sh (the terraform import command) and
// import-by-string-id.tf (an import block) in each resource page's Import section.
const (
	importCommandFile = "import.sh"
	importBlockFile   = "import-by-string-id.tf"
)

// unreadableAttributes cannot be read back from the API, so an import leaves them null.
var unreadableAttributes = map[string][]string{
	"genesys_cloud_oauth_client": {"secret", "secret_rotation"},
	"genesys_gauth_client":       {"client_secret", "client_secret_wo_version"},
	"genesys_gauth_environment":  {"password", "password_wo_version"},
}

// generatedIDs are the resource types whose ids the API generates: their import examples can only
// show a made-up id, which the test replaces with the real one. The import examples of the other
// types show the id the example itself chose, and are run as they are.
var generatedIDs = map[string]bool{
	"genesys_cloud_role":         true,
	"genesys_cloud_oauth_client": true,
	"genesys_gauth_data_center":  true,
}

// resourceExampleSteps apply the resource example, make Terraform forget the import target (the
// object stays), adopt it again through the import block example, then check the terraform import
// command of import.sh against it.
func resourceExampleSteps(t *testing.T, dir, resourceType string) []resource.TestStep {
	t.Helper()
	base := readExample(t, dir, "resource*.tf")
	block, err := os.ReadFile(filepath.Join(dir, importBlockFile)) //nolint:gosec // G304: a file of examples/
	if err != nil {
		t.Fatalf("every resource example shows its import block: %v", err)
	}
	command, err := os.ReadFile(filepath.Join(dir, importCommandFile)) //nolint:gosec // G304: a file of examples/
	if err != nil {
		t.Fatalf("every resource example shows its import command: %v", err)
	}
	target := firstMatch(t, importTo, string(block), importBlockFile)[1]
	commandArgs := firstMatch(t, importCommand, string(command), importCommandFile)
	commandTarget, commandID := commandArgs[1], commandArgs[2]
	if generatedIDs[resourceType] {
		commandID = "" // the id of the object in the state
	}
	if !strings.HasPrefix(target, resourceType+".") || commandTarget != target {
		t.Fatalf("%s imports %s and %s imports %s; both must import the same %s", importBlockFile, target,
			importCommandFile, commandTarget, resourceType)
	}

	first := resource.TestStep{Config: base}
	importConfig := base + "\n" + string(block)
	if generatedIDs[resourceType] && importIDLiteral.Match(block) {
		// The id exists only once the first step has created the object: hand it over in a variable.
		importConfig = base + "\n" + importIDLiteral.ReplaceAllString(string(block), "${1}var.example_import_id") +
			"\nvariable \"example_import_id\" {\n  type = string\n}\n"
		first.Check = func(s *terraform.State) error {
			rs, ok := s.RootModule().Resources[target]
			if !ok {
				return fmt.Errorf("%s not in state", target)
			}
			t.Setenv("TF_VAR_example_import_id", rs.Primary.ID)
			return nil
		}
	}

	return []resource.TestStep{
		first,
		{Config: forgetResource(t, base, target)},
		{
			Config:           importConfig,
			ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{expectImported(target)}},
		},
		{
			ResourceName:            target,
			ImportState:             true,
			ImportStateKind:         resource.ImportCommandWithID,
			ImportStateId:           commandID,
			ImportStateVerify:       true,
			ImportStateVerifyIgnore: unreadableAttributes[resourceType],
		},
	}
}

var (
	importTo        = regexp.MustCompile(`(?m)^\s*to\s*=\s*(\S+)`)
	importCommand   = regexp.MustCompile(`(?m)^terraform import (\S+) (\S+)\s*$`)
	importIDLiteral = regexp.MustCompile(`(?m)^(\s*id\s*=\s*)"[^"]*"`)
)

// firstMatch returns the first match of re in text and its groups.
func firstMatch(t *testing.T, re *regexp.Regexp, text, file string) []string {
	t.Helper()
	m := re.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("%s has no line matching %s", file, re)
	}
	return m
}

// forgetResource replaces the resource block of addr, and the outputs that refer to it, with a
// removed block that keeps the object: the next step finds it existing outside Terraform.
func forgetResource(t *testing.T, src, addr string) string {
	t.Helper()
	resourceType, name, _ := strings.Cut(addr, ".")
	header := fmt.Sprintf("resource %q %q {", resourceType, name)
	var kept []string
	found := false
	for _, block := range topLevelBlocks(src) {
		switch first := blockHeader(block); {
		case strings.HasPrefix(first, header):
			found = true
		case strings.Contains(block, addr+"."):
			if !strings.HasPrefix(first, "output ") {
				t.Fatalf("keep %s a leaf of its example: this block refers to it:\n%s", addr, block)
			}
		default:
			kept = append(kept, block)
		}
	}
	if !found {
		t.Fatalf("the example has no block %s", header)
	}
	return strings.Join(kept, "\n") + fmt.Sprintf("\nremoved {\n  from = %s\n  lifecycle {\n    destroy = false\n  }\n}\n", addr)
}

// topLevelBlocks splits a configuration formatted by terraform fmt into its top-level blocks, each
// with the comment lines just above it. A block ends at the first "}" in the first column.
func topLevelBlocks(src string) []string {
	var blocks []string
	var current []string
	open := false
	for _, line := range strings.Split(src, "\n") {
		if !open && strings.TrimSpace(line) == "" {
			current = nil // comments separated from the next block by a blank line belong to no block
			continue
		}
		current = append(current, line)
		starts := !open && line != "" && line[0] != ' ' && !isComment(line)
		switch {
		case starts && strings.HasSuffix(line, "{"):
			open = true
		case starts, open && line == "}":
			blocks = append(blocks, strings.Join(current, "\n"))
			current, open = nil, false
		}
	}
	return blocks
}

// blockHeader is the first line of a block that is not a comment.
func blockHeader(block string) string {
	for _, line := range strings.Split(block, "\n") {
		if !isComment(line) {
			return line
		}
	}
	return ""
}

func isComment(line string) bool {
	return strings.HasPrefix(line, "#") || strings.HasPrefix(line, "//")
}

// expectImported is a plan check: the plan imports addr.
func expectImported(addr string) plancheck.PlanCheck { return importedCheck{addr: addr} }

type importedCheck struct{ addr string }

func (c importedCheck) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	for _, rc := range req.Plan.ResourceChanges {
		if rc.Address == c.addr {
			if rc.Change == nil || rc.Change.Importing == nil {
				resp.Error = fmt.Errorf("the plan does not import %s", c.addr)
			}
			return
		}
	}
	resp.Error = fmt.Errorf("%s is not in the plan", c.addr)
}

// storedObjects lists the emulator's objects as "kind/id".
func storedObjects(emu *emulator.Server) []string {
	var keys []string
	for kind, objects := range emu.Objects() {
		for _, o := range objects {
			raw, _ := json.Marshal(o)
			var fields struct {
				ID       string `json:"id"`
				ClientID string `json:"client_id"`
			}
			_ = json.Unmarshal(raw, &fields)
			keys = append(keys, kind+"/"+fields.ID+fields.ClientID)
		}
	}
	slices.Sort(keys)
	return keys
}

// checkNothingLeft fails when destroy left behind an object the example created. Objects that
// existed before may be gone: an example that imports them also destroys them.
func checkNothingLeft(emu *emulator.Server, before []string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		var left []string
		for _, key := range storedObjects(emu) {
			if !slices.Contains(before, key) {
				left = append(left, key)
			}
		}
		if len(left) > 0 {
			return fmt.Errorf("destroy left these objects behind: %s", strings.Join(left, ", "))
		}
		return nil
	}
}
