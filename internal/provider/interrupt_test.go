package provider

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// Bounds of the interrupt test.
const (
	interruptAfterCreates = 3                // roles made before the interrupt
	interruptExitWithin   = 5 * time.Second  // how soon terraform must stop after it
	interruptRunLimit     = 60 * time.Second // the whole apply, should the interrupt fail
)

// An apply interrupted with Ctrl-C stops within seconds and loses nothing: every role the API
// made, including one whose create was under way, is in the state. It runs the real terraform CLI
// against the provider built from this tree, as a user would.
func TestAccProvider_interruptedApplyLosesNothing(t *testing.T) {
	// A create cut short is adopted from a list, which lags behind the create as on a real org.
	w := newInterruptWorkspace(t)
	emu := w.emu
	const roles = 20
	w.writeConfig(t, fmt.Sprintf(`
resource "genesys_cloud_role" "slow" {
  count               = %d
  name                = "Interrupted role ${count.index}"
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = ["view"] }]
}
`, roles))
	// Every API call takes 300ms, so the apply runs long enough to be interrupted midway.
	acctest.MustSetFaults(t, emu, emulator.FaultRule{Route: "/api/v2/*", Kind: emulator.FaultLatency, Latency: 300 * time.Millisecond})

	out, _ := applyAndInterrupt(t, w, 2, func() bool { return len(madeRoles(emu)) >= interruptAfterCreates })
	acctest.MustSetFaults(t, emu)

	made := madeRoles(emu)
	inState := stateIDs(t, w)["genesys_cloud_role"]
	if len(made) >= roles {
		t.Fatalf("all %d roles were made: the interrupt came too late to prove anything", roles)
	}
	if !slices.Equal(made, inState) {
		t.Errorf("the API holds roles %v but the state %v: the interrupt lost track of some; terraform said:\n%s", made, inState, out.String())
	}
	t.Logf("%d of %d roles made before the interrupt; the state holds %d", len(made), roles, len(inState))
}

// interruptWorkspace is where an interrupt test runs the terraform CLI as a user would: a
// directory for its configuration, the provider built from this tree, and an emulator of its own.
type interruptWorkspace struct {
	tf, dir, cliConfig string
	env                *acctest.Env
	emu                *emulator.Server
}

// newInterruptWorkspace skips the test without the terraform CLI, runs it in parallel, and builds
// the provider for it.
func newInterruptWorkspace(t *testing.T) *interruptWorkspace {
	t.Helper()
	w := &interruptWorkspace{tf: terraformCLI(t)}
	t.Parallel()
	w.env = acctest.NewEnv(t, emulator.Options{})
	w.emu = w.env.Emulator(t)
	w.dir = t.TempDir()
	w.cliConfig = buildProviderForCLI(t, w.dir)
	return w
}

// writeConfig writes the workspace's main.tf: the provider's requirement and configuration, then
// resources.
func (w *interruptWorkspace) writeConfig(t *testing.T, resources string) {
	t.Helper()
	config := acctest.RequiredProvider + w.env.ProviderConfig() + resources
	if err := os.WriteFile(filepath.Join(w.dir, "main.tf"), []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
}

// applyAndInterrupt runs terraform apply in w with that parallelism, sends it an interrupt
// (Ctrl-C) once ready holds, checks that it stops within interruptExitWithin, and returns what it
// said and how it ended.
func applyAndInterrupt(t *testing.T, w *interruptWorkspace, parallelism int, ready func() bool) (*lockedBuffer, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), interruptRunLimit)
	defer cancel()
	// The output is read while terraform may still write to it.
	out := &lockedBuffer{}
	apply := exec.CommandContext(ctx, w.tf, //nolint:gosec // G204: the terraform CLI the acceptance tests are configured with
		"apply", "-auto-approve", "-input=false", "-no-color", fmt.Sprintf("-parallelism=%d", parallelism))
	apply.Dir, apply.Stdout, apply.Stderr = w.dir, out, out
	apply.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+w.cliConfig, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1")
	if err := apply.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- apply.Wait() }()

	if !acctest.WaitFor(ctx, ready) {
		t.Fatalf("not ready to interrupt before the time limit; terraform said:\n%s", out.String())
	}
	if err := apply.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	interrupted := time.Now()
	var err error
	select {
	case err = <-exited:
		t.Logf("terraform apply ended with %v", err)
	case <-time.After(interruptExitWithin):
		t.Fatalf("terraform still running %v after the interrupt; it said:\n%s", interruptExitWithin, out.String())
	}
	t.Logf("terraform stopped %v after the interrupt", time.Since(interrupted).Round(time.Millisecond))
	return out, err
}

// lockedBuffer collects a command's output and may be read while the command runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// madeRoles returns the sorted ids of the roles the interrupt test's configuration made.
func madeRoles(emu *emulator.Server) []string {
	return madeIDs(emu, "cloud_roles", "id", func(o map[string]any) bool {
		name, _ := o["name"].(string)
		return strings.HasPrefix(name, "Interrupted role ")
	})
}

// madeIDs returns the sorted values of the field idField of the emulator's objects of kind that
// ours picks out.
func madeIDs(emu *emulator.Server, kind, idField string, ours func(map[string]any) bool) []string {
	raw, _ := json.Marshal(emu.Objects()[kind])
	var objects []map[string]any
	_ = json.Unmarshal(raw, &objects)
	var ids []string
	for _, o := range objects {
		if ours(o) {
			ids = append(ids, fmt.Sprint(o[idField]))
		}
	}
	slices.Sort(ids)
	return ids
}

// stateIDs returns the sorted ids of the resources in the state of w's configuration, by resource
// type.
func stateIDs(t *testing.T, w *interruptWorkspace) map[string][]string {
	t.Helper()
	pull := exec.CommandContext(t.Context(), w.tf, "state", "pull") //nolint:gosec // G204: as for the apply
	pull.Dir = w.dir
	pull.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE="+w.cliConfig, "CHECKPOINT_DISABLE=1")
	raw, err := pull.Output()
	if err != nil {
		t.Fatalf("terraform state pull: %v", err)
	}
	var state struct {
		Resources []struct {
			Type      string `json:"type"`
			Instances []struct {
				Attributes struct {
					ID string `json:"id"`
				} `json:"attributes"`
			} `json:"instances"`
		} `json:"resources"`
	}
	if len(bytes.TrimSpace(raw)) > 0 {
		if err := json.Unmarshal(raw, &state); err != nil {
			t.Fatalf("terraform state pull: %v\n%s", err, raw)
		}
	}
	ids := map[string][]string{}
	for _, r := range state.Resources {
		for _, in := range r.Instances {
			ids[r.Type] = append(ids[r.Type], in.Attributes.ID)
		}
	}
	for _, list := range ids {
		slices.Sort(list)
	}
	return ids
}
