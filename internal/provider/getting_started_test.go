package provider

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestAccGettingStartedFromAFreshClone does what README.md and the getting-started guide tell a
// new user to do with a clone of this repository and no Genesys org: `make mirror`, point
// TF_CLI_CONFIG_FILE at the CLI configuration it writes, start genesys-emulator, load the
// emulator's environment file, switch to the emulator's administrator user as the guide says (its
// configuration creates a role and grants it, which Genesys Cloud allows only a caller holding the
// role), then `terraform init` and `terraform apply` the guide's configuration. It needs no network: the only provider comes from the mirror, and the registry
// is made unreachable to prove it.
func TestAccGettingStartedFromAFreshClone(t *testing.T) {
	tf := terraformCLI(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	mirror, work := filepath.Join(tmp, "mirror"), filepath.Join(tmp, "work")

	// README: make mirror; export TF_CLI_CONFIG_FILE=bin/mirror/terraformrc.
	runIn(t, root, nil, "make", "-s", "mirror", "MIRROR="+mirror)
	// README: go run ./cmd/genesys-emulator -cloud-user-token emulator-admin-token (built once here,
	// so that stopping it stops the server).
	emulatorURL := startEmulatorCommand(t, root, filepath.Join(tmp, "genesys-emulator"), "-cloud-user-token", gettingStartedUserToken)

	environment := []string{
		"TF_CLI_CONFIG_FILE=" + filepath.Join(mirror, "terraformrc"),
		"TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1",
		// Any attempt to reach registry.terraform.io (https) fails; the emulator (loopback http) is not proxied.
		"HTTPS_PROXY=http://127.0.0.1:9", "https_proxy=http://127.0.0.1:9",
		envCloudRegion + "=", // a developer's own settings must not leak in
	}
	// The testing guide: set -a; . ./emulator.env; set +a, with the address the emulator printed.
	environment = append(environment, emulatorEnvFile(t, emulatorURL)...)
	// The getting-started guide: unset GENESYSCLOUD_OAUTHCLIENT_ID GENESYSCLOUD_OAUTHCLIENT_SECRET;
	// export GENESYSCLOUD_ACCESS_TOKEN=emulator-admin-token (an empty variable counts as unset).
	environment = append(environment, envCloudClientID+"=", envCloudClientSecret+"=", envCloudAccessToken+"="+gettingStartedUserToken)

	// The getting-started guide: save its configuration as main.tf, then init and apply.
	config, err := os.ReadFile(filepath.Join(examplesDir, "guides", "getting-started", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(work, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(work, "main.tf"), config, 0o600); err != nil { //nolint:gosec // G703: the test's own work directory
		t.Fatal(err)
	}
	runIn(t, work, environment, tf, "init", "-input=false")
	checkLockFile(t, filepath.Join(work, ".terraform.lock.hcl"))

	runIn(t, work, environment, tf, "apply", "-auto-approve", "-input=false")
	if secret := runIn(t, work, environment, tf, "output", "-raw", "client_secret"); secret == "" {
		t.Error("terraform output -raw client_secret is empty after the apply")
	}
	plan := exec.CommandContext(t.Context(), tf, "plan", "-input=false", "-detailed-exitcode") //nolint:gosec // G204: the terraform CLI the acceptance tests use
	plan.Dir, plan.Env = work, append(os.Environ(), environment...)
	if out, err := plan.CombinedOutput(); err != nil {
		t.Errorf("the plan after apply is not empty, or failed: %v\n%s", err, out)
	}
	runIn(t, work, environment, tf, "destroy", "-auto-approve", "-input=false")
}

// lockedProvider is the lock file entry init writes for the local build: its version and at least
// one h1 checksum, the hash of the unpacked package that later inits verify.
var lockedProvider = regexp.MustCompile(`(?s)provider "registry\.(terraform\.io|opentofu\.org)/ccaas-tf/genesys" \{\s*version\s*=\s*"0\.0\.1".*"h1:[A-Za-z0-9+/=]+"`)

func checkLockFile(t *testing.T, name string) {
	t.Helper()
	lock, err := os.ReadFile(name) //nolint:gosec // G304: the lock file of the test's own work directory
	if err != nil {
		t.Fatalf("terraform init wrote no lock file: %v", err)
	}
	if !lockedProvider.Match(lock) {
		t.Errorf("the lock file does not record ccaas-tf/genesys 0.0.1 with an h1 checksum:\n%s", lock)
	}
}

// gettingStartedUserToken is the emulator administrator's token the getting-started guide starts
// genesys-emulator with.
const gettingStartedUserToken = "emulator-admin-token"

// startEmulatorCommand builds cmd/genesys-emulator into bin, starts it on a free loopback port with
// the extra flags, and returns the URL from the first line it prints, as scripts are told to read it.
func startEmulatorCommand(t *testing.T, root, bin string, flags ...string) string {
	t.Helper()
	runIn(t, root, nil, "go", "build", "-o", bin, "./cmd/genesys-emulator")
	cmd := exec.CommandContext(t.Context(), bin, append([]string{"-addr", "127.0.0.1:0"}, flags...)...) //nolint:gosec // G204: the binary this test just built
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
	})
	first := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		first <- line
	}()
	select {
	case line := <-first:
		url, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
		if !ok {
			t.Fatalf("genesys-emulator printed %q first, want listening on URL", line)
		}
		return url
	case <-time.After(30 * time.Second):
		t.Fatal("genesys-emulator printed nothing within 30 s")
		return ""
	}
}

// emulatorEnvFile reads the testing guide's emulator.env, with its address replaced by url.
func emulatorEnvFile(t *testing.T, url string) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(examplesDir, "guides", "testing-with-the-emulator", "emulator.env"))
	if err != nil {
		t.Fatal(err)
	}
	var env []string
	for line := range strings.Lines(string(raw)) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.Contains(line, "=") {
			t.Fatalf("emulator.env: %q is not NAME=value", line)
		}
		env = append(env, strings.ReplaceAll(line, "http://127.0.0.1:8080", url))
	}
	return env
}

// runIn runs a command in dir with the test's environment plus env, fails the test when it
// fails, and returns its standard output.
func runIn(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...) //nolint:gosec // G204: the test's own toolchain and arguments
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}
