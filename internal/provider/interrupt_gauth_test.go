package provider

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// interruptedGAuth maps each GAuth resource type of the interrupt test onto the emulator's object
// kind, the field that is the resource's id, and how to tell the test's objects from the seed.
var interruptedGAuth = map[string]struct {
	kind, idField, nameField, prefix string
}{
	"genesys_gauth_environment":    {"gauth_environments", "id", "tenant", "Interrupted "},
	"genesys_gauth_contact_center": {"gauth_contact_centers", "id", "domains", "[interrupted"},
	"genesys_gauth_data_center":    {"gauth_data_centers", "id", "location", "/INTERRUPTED"},
	"genesys_gauth_client":         {"gauth_clients", "client_id", "client_id", "interrupted-"},
	"genesys_gauth_cors_origins":   {"gauth_settings", "contactCenterId", "value", "https://interrupted"},
}

// An apply of every GAuth type interrupted with Ctrl-C while creates are answered late (GAuth has
// stored the objects, the answers are still on their way) loses nothing: every object GAuth made
// is in the state. The resources depend on nothing the apply makes, so that the creates of every
// type are under way together when the interrupt comes.
func TestAccProvider_interruptedGAuthApplyLosesNothing(t *testing.T) {
	w := newInterruptWorkspace(t)
	env, emu := w.env, w.emu
	const each = 2
	environment := env.SeedGAuthEnvironment(t, "Seeded", "Cloud")
	acctest.WaitVisible(t, func() bool { _, err := env.GAuth.GetEnvironment(t.Context(), environment); return err == nil })
	var contactCenters []string
	for i := range each {
		cc := env.SeedGAuthContactCenter(t, "", environment, fmt.Sprintf("seeded%d", i))
		acctest.WaitVisible(t, func() bool { _, err := env.GAuth.GetContactCenter(t.Context(), cc); return err == nil })
		contactCenters = append(contactCenters, cc)
	}
	w.writeConfig(t, countedGAuthBlocks("slow", "Interrupted",
		gauthCounts{environments: each, contactCenters: each, corsOrigins: each, clients: each, dataCenters: each},
		fmt.Sprintf("%q", environment), fmt.Sprintf("[%s][count.index]", acctest.QuoteList(contactCenters))))
	// Every create is stored at once and answered 1s later, so the interrupt finds creates whose
	// object exists but whose answer has not come.
	const late = time.Second
	acctest.MustSetFaults(t, emu,
		emulator.FaultRule{Method: "POST", Route: "/environment/v3/*", Kind: emulator.FaultCommitThenLatency, Latency: late},
		emulator.FaultRule{Method: "POST", Route: "/auth/v3/ops/*", Kind: emulator.FaultCommitThenLatency, Latency: late})

	made := func() map[string][]string {
		out := map[string][]string{}
		for typ, k := range interruptedGAuth {
			out[typ] = madeIDs(emu, k.kind, k.idField, func(o map[string]any) bool {
				return strings.HasPrefix(fmt.Sprint(o[k.nameField]), k.prefix)
			})
		}
		return out
	}
	// Interrupt once every type has an object stored, all of whose answers are still held back.
	everyType := func() bool {
		for _, ids := range made() {
			if len(ids) == 0 {
				return false
			}
		}
		return true
	}
	total := func(m map[string][]string) int {
		n := 0
		for _, ids := range m {
			n += len(ids)
		}
		return n
	}
	out, err := applyAndInterrupt(t, w, each*len(interruptedGAuth), everyType)
	acctest.MustSetFaults(t, emu)
	if err == nil {
		t.Fatalf("the apply completed: the interrupt came too late to prove anything; terraform said:\n%s", out.String())
	}

	after, inState := made(), stateIDs(t, w)
	for typ := range interruptedGAuth {
		if !slices.Equal(after[typ], inState[typ]) {
			t.Errorf("%s: GAuth holds %v but the state %v: the interrupt lost track of some", typ, after[typ], inState[typ])
		}
	}
	if t.Failed() {
		t.Logf("terraform said:\n%s", out.String())
	}
	t.Logf("%d of %d GAuth objects made before the interrupt: %v", total(after), each*len(interruptedGAuth), after)
}
