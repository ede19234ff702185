package provider

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// A token that expires while a call waits out a 429 is renewed again, instead of
// the call failing with "check client_id and client_secret". The create meets an early token
// expiry, then a 429, then another expiry during that wait.
func TestAccProvider_tokenExpiredDuringAWaitIsRenewed(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	const route = "/api/v2/authorization/roles"
	acctest.MustSetFaults(t, emu,
		emulator.FaultRule{Method: http.MethodPost, Route: route, Kind: emulator.FaultExpireTokens, Count: 1},
		emulator.FaultRule{Method: http.MethodPost, Route: route, Kind: emulator.FaultStatus, Status: http.StatusTooManyRequests, RetryAfter: 1, Count: 1},
		emulator.FaultRule{Method: http.MethodPost, Route: route, Kind: emulator.FaultExpireTokens, Count: 1},
	)
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + roleBlock("Renewed after a wait"),
			Check: env.CheckStats(func(st emulator.Stats) error {
				got := map[int]int{}
				for _, rc := range st.Requests {
					if rc.Method == http.MethodPost && rc.Route == route {
						got[rc.Status] += rc.Count
					}
				}
				if got[http.StatusUnauthorized] != 2 || got[http.StatusTooManyRequests] != 1 || got[http.StatusOK] != 1 {
					return fmt.Errorf("role creates by status = %v, want two 401s, one 429 and one 200", got)
				}
				return nil
			}),
		}},
	})
}
