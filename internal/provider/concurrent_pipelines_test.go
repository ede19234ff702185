package provider

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

const pipelineClients = 5

// pipelineConfig is one pipeline's configuration: its own role, and OAuth clients whose names the
// other pipeline uses too (client names need not be unique).
func pipelineConfig(env *acctest.Env, pipeline string) string {
	return env.ProviderConfig() + roleWithClientsBlocks("pipeline", fmt.Sprintf("Pipeline %s role", pipeline),
		"directory", "user", "view", "shared_names", pipelineClients)
}

// Two pipelines sharing one CI OAuth client apply at the same time configurations with OAuth
// clients of the same names, while creates are dropped, some after they were stored; an apply
// that fails is run again. Each ends with its own clients, every one in exactly one state, every
// secret in a state working, and after both destroys no client is left that neither state held.
func TestAccCloudOAuthClient_concurrentPipelinesSameNames(t *testing.T) {
	t.Parallel()
	// The pipelines share one CI OAuth client (client credentials, so that tokens expiring early
	// under the faults are renewed) and grant the roles they create: a real org would need those
	// roles granted to the CI client first, which the role-holding rule's own tests cover.
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{AllowUnheldRoleGrants: true})
	// A quarter of the creates are dropped before they are stored, another quarter after, during
	// the first two applies of both pipelines; the third apply of each runs without faults, once
	// both have come to it.
	acctest.MustSetFaults(t, emu,
		emulator.FaultRule{Method: "POST", Route: oauthClientsRoute, Kind: emulator.FaultDrop, Fraction: 0.25},
		emulator.FaultRule{Method: "POST", Route: oauthClientsRoute, Kind: emulator.FaultCommitThenDrop, Fraction: 0.25})
	var (
		bothAtLastStep sync.WaitGroup
		liftFaults     sync.Once
		dropped        int
	)
	bothAtLastStep.Add(2)
	lastStep := func() {
		bothAtLastStep.Done()
		bothAtLastStep.Wait()
		liftFaults.Do(func() {
			dropped = emu.Stats().CountStatus(0)
			acctest.MustSetFaults(t, emu)
		})
	}

	var (
		mu    sync.Mutex
		owner = map[string][]string{} // client id -> the pipelines whose state holds it
	)
	runConcurrently(t, []string{"A", "B"}, func(t *testing.T, pipeline string) {
		step := 0
		acctest.Test(t, resource.TestCase{
			// An apply under faults may fail where a dropped create stored nothing.
			ErrorCheck: func(err error) error {
				if step < 3 {
					return nil
				}
				return err
			},
			Steps: []resource.TestStep{
				{PreConfig: func() { step = 1 }, Config: pipelineConfig(env, pipeline)},
				{PreConfig: func() { step = 2 }, Config: pipelineConfig(env, pipeline)},
				{
					PreConfig: func() { step = 3; lastStep() },
					Config:    pipelineConfig(env, pipeline),
					Check: resource.ComposeTestCheckFunc(
						env.CheckEverySecretWorks("genesys_cloud_oauth_client.shared_names"),
						func(s *terraform.State) error {
							mu.Lock()
							defer mu.Unlock()
							for name, rs := range s.RootModule().Resources {
								if strings.HasPrefix(name, "genesys_cloud_oauth_client.") {
									owner[rs.Primary.ID] = append(owner[rs.Primary.ID], pipeline)
								}
							}
							return nil
						},
					),
				},
			},
		})
	})

	if dropped == 0 {
		t.Error("no create was dropped: the test did not exercise the faults")
	}
	perPipeline := map[string]int{}
	for id, pipelines := range owner {
		if len(pipelines) != 1 {
			t.Errorf("OAuth client %s is in the state of pipelines %v, want exactly one", id, pipelines)
		}
		perPipeline[pipelines[0]]++
	}
	for _, pipeline := range []string{"A", "B"} {
		if perPipeline[pipeline] != pipelineClients {
			t.Errorf("pipeline %s holds %d clients, want %d", pipeline, perPipeline[pipeline], pipelineClients)
		}
	}
	// Both destroys are done: a client named like the configurations' that is still active was in
	// no state.
	for _, o := range acctest.ObjectsOf(t, env, "cloud_oauth_clients") {
		if name := fmt.Sprint(o["name"]); strings.HasPrefix(name, "Partner ") && o["state"] != "deleted" {
			t.Errorf("OAuth client %v (%s) was left behind: it was in no state", o["id"], name)
		}
	}
}
