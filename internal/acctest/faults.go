package acctest

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// FaultedApplyTest applies config once, in a test case of one step, while the emulator answers
// with faults: just before the apply it resets the request counters, counts the emulator's
// objects of kind (such as "cloud_roles") and sets the faults. check then gets the counters and
// how many objects of kind the apply made; more checks run after it. It skips the test against a
// real org, which cannot be made to fail on purpose.
func (e *Env) FaultedApplyTest(t *testing.T, kind, config string, faults []emulator.FaultRule,
	check func(st emulator.Stats, made int) error, more ...resource.TestCheckFunc) {
	t.Helper()
	emu := e.Emulator(t)
	before := 0
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: ProviderFactories,
		Steps: []resource.TestStep{{
			PreConfig: func() {
				before = len(emu.Objects()[kind])
				emu.ResetStats()
				MustSetFaults(t, emu, faults...)
			},
			Config: config,
			Check: resource.ComposeTestCheckFunc(append([]resource.TestCheckFunc{func(*terraform.State) error {
				return check(emu.Stats(), len(emu.Objects()[kind])-before)
			}}, more...)...),
		}},
	})
}
