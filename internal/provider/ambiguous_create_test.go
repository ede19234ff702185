package provider

import (
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

const (
	oauthClientsRoute      = "/api/v2/oauth/clients"
	oauthClientSecretRoute = "/api/v2/oauth/clients/{clientId}/secret"
	roleRoute              = "/api/v2/authorization/roles/{roleId}"
)

// commitThenFail makes the first failed POSTs on route store the object and answer 500, and the
// next dropped ones store it and close the connection: the provider cannot tell from the answer
// whether anything was created.
func commitThenFail(route string, failed, dropped int) []emulator.FaultRule {
	return []emulator.FaultRule{
		{Method: "POST", Route: route, Kind: emulator.FaultCommitThenFail, Count: failed},
		{Method: "POST", Route: route, Kind: emulator.FaultCommitThenDrop, Count: dropped},
	}
}

// A role POST that stored the role but answered 500 or no answer at all is not resent: the role is
// found by its name and adopted, so each role is made by exactly one POST.
func TestAccCloudRole_ambiguousCreateAdoptedNotResent(t *testing.T) {
	t.Parallel()
	// Adoption finds the role in a list, which lags behind the create as on a real org: the
	// lookup is repeated until the role shows.
	env := acctest.NewEnv(t, emulator.Options{})
	env.FaultedApplyTest(t, "cloud_roles", tenRoles(env), commitThenFail(rolesRoute, 3, 2), func(st emulator.Stats, made int) error {
		if posts, failed := st.Count("POST", rolesRoute), st.CountStatus(500)+st.CountStatus(0); posts != 10 || failed != 5 {
			return fmt.Errorf("%d role POSTs of which %d failed ambiguously; want 10 POSTs (one per role) and 5 failures", posts, failed)
		}
		if made != 10 {
			return fmt.Errorf("%d roles made, want exactly 10", made)
		}
		// Each adopted role is PUT to match the plan.
		if puts := st.Count("PUT", roleRoute); puts != 5 {
			return fmt.Errorf("%d role PUTs, want 5 (one per adopted role)", puts)
		}
		return nil
	})
}

// manyOAuthClients is n OAuth clients, genesys_cloud_oauth_client.many, holding one role.
func manyOAuthClients(env *acctest.Env, n int) string {
	return env.UserProviderConfig() + roleWithClientsBlocks("test", "Syncer", "analytics", "userObservation", "view", "many", n)
}

// An OAuth client POST that stored the client but answered 500 or no answer at all is not resent:
// the client is found, adopted, and its secret reset, since the lost answer held the only copy, so
// that every secret in the state works.
func TestAccCloudOAuthClient_ambiguousCreateAdoptedWithWorkingSecret(t *testing.T) {
	t.Parallel()
	// As for roles, under the list's lag.
	env := acctest.NewEnv(t, emulator.Options{})
	env.FaultedApplyTest(t, "cloud_oauth_clients", manyOAuthClients(env, 5), commitThenFail(oauthClientsRoute, 2, 1), func(st emulator.Stats, made int) error {
		if posts := st.Count("POST", oauthClientsRoute); posts != 5 {
			return fmt.Errorf("%d OAuth client POSTs, want 5 (one per client)", posts)
		}
		if resets := st.Count("POST", oauthClientSecretRoute); resets != 3 {
			return fmt.Errorf("%d secret resets, want 3 (one per adopted client)", resets)
		}
		if made != 5 {
			return fmt.Errorf("%d OAuth clients made, want exactly 5", made)
		}
		return nil
	}, env.CheckEverySecretWorks("genesys_cloud_oauth_client.many"))
}

// Right after an apply, the objects it made may still answer 404 on a read. The refresh that
// follows waits for them rather than dropping them from the state.
func TestAccCloudRole_notFoundRightAfterCreateIsWaitedOut(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	config := acctest.RoleConfig(env, "Partner Integration", "Hidden for a while", "view")
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				PreConfig: func() {
					acctest.MustSetFaults(t, emu, emulator.FaultRule{Kind: emulator.FaultNotFoundAfterCreate, Window: 3 * time.Second})
				},
				// The step's own refresh after the apply, which must find the plan empty, reads the role
				// while it is hidden.
				Config: config,
			},
			{
				PreConfig: func() {
					if n := acctest.CountAnswers(emu.Stats(), "GET", roleRoute, 404); n == 0 {
						t.Error("no GET of the new role answered 404: the test did not exercise the wait")
					}
				},
				Config: config,
			},
		},
	})
}
