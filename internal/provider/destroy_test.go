package provider

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// oauthClientRoute is the route template of one OAuth client.
const oauthClientRoute = "/api/v2/oauth/clients/{clientId}"

// destroyPairs is the number of role + OAuth client pairs the destroy cost test makes.
const destroyPairs = 3

// The destroy of objects whose create has shown costs, per OAuth client, the inactive PUT built
// from the state and the DELETE, and per role its DELETE: no read before, no poll after.
// The refresh between the apply and the destroy sees every object, which clears their create
// marks, so no 404 may be taken for "not visible yet" and waited out.
func TestAccCloud_destroyCostsTwoRequestsPerClientAndOnePerRole(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{CloudClientRoles: []string{"Employee"}})
	config := env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  count = %[1]d
  name  = "Destroy cost ${count.index}"
}
resource "genesys_cloud_oauth_client" "test" {
  count                 = %[1]d
  name                  = "Destroy cost ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = %[2]q }]
}
`, destroyPairs, emulator.CloudEmployeeRoleID)
	acctest.Test(t, resource.TestCase{
		AdditionalCLIOptions: noRefresh,
		Steps: []resource.TestStep{
			{Config: config},
			{RefreshState: true},
			{
				PreConfig: emu.ResetStats,
				Config:    env.ProviderConfig(),
				Check: env.CheckStats(func(st emulator.Stats) error {
					byMethod := map[string]int{}
					total := 0
					for _, r := range st.Requests {
						if strings.HasPrefix(r.Route, "/api/v2/oauth/clients") || strings.HasPrefix(r.Route, "/api/v2/authorization/roles") {
							byMethod[r.Method+" "+r.Route] += r.Count
							total += r.Count
						}
					}
					want := map[string]int{
						// Once per run, not per client: the roles of the OAuth client Terraform runs
						// as, for the role-holding check of the plan (REAL-ORG-BEHAVIOUR R1).
						"GET " + oauthClientRoute:    1,
						"PUT " + oauthClientRoute:    destroyPairs,
						"DELETE " + oauthClientRoute: destroyPairs,
						"DELETE " + roleRoute:        destroyPairs,
					}
					if total != 3*destroyPairs+1 || fmt.Sprint(byMethod) != fmt.Sprint(want) {
						return fmt.Errorf("destroy of %d pairs sent %d role and client requests %v, want %v", destroyPairs, total, byMethod, want)
					}
					return nil
				}),
			},
		},
		CheckDestroy: checkNothingNamed(t, env, "Destroy cost 0", "Destroy cost 1", "Destroy cost 2"),
	})
}

// The destroy does not wait for its delete to show, so the next apply may find the deleted role
// still listed under its name (a 10 s lag here). The create is sent all the same, and the API,
// whose writes see the store as it is, takes it: the role is not reported as already existing.
func TestAccCloudRole_createdAgainRightAfterItsDestroy(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{ConsistencyDelay: 10 * time.Second})
	config := env.ProviderConfig() + roleBlock("Created again")
	var first, second string
	for _, id := range []*string{&first, &second} {
		acctest.Test(t, resource.TestCase{
			Steps:        []resource.TestStep{{Config: config, Check: acctest.CaptureID(acctest.RoleAddr, id)}},
			CheckDestroy: checkNothingNamed(t, env, "Created again"),
		})
	}
	if first == second {
		t.Errorf("the second apply took over the deleted role %s instead of creating one", first)
	}
}
