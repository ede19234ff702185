package provider

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// refreshedType is a resource type served by a read cache, with the emulator routes of its
// listing and of its GET.
type refreshedType struct {
	name, listRoute, getRoute string
}

var refreshedTypes = []refreshedType{
	{"genesys_cloud_role", "/api/v2/authorization/roles", "/api/v2/authorization/roles/{roleId}"},
	{"genesys_cloud_oauth_client", "/api/v2/oauth/clients", "/api/v2/oauth/clients/{clientId}"},
	{"genesys_gauth_client", "/auth/v3/ops/clients", "/auth/v3/ops/clients/{client_id}"},
	{"genesys_gauth_environment", "/environment/v3/environments", "/environment/v3/environments/{id}"},
	{"genesys_gauth_contact_center", "/environment/v3/contact-centers", "/environment/v3/contact-centers/{id}"},
	{"genesys_gauth_data_center", "/environment/v3/data-centers", "/environment/v3/data-centers/{id}"},
}

// manyObjectsConfig is roles and OAuth clients bound to them, n of each, and GAuth objects, g of
// each but CORS settings, which no read cache serves.
func manyObjectsConfig(env *acctest.Env, n, g int, description string) string {
	return env.UserProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "many" {
  count       = %[1]d
  name        = "Refresh ${count.index}"
  description = %[2]q
  permissions = ["group_creation"]
}

resource "genesys_cloud_oauth_client" "many" {
  count                 = %[1]d
  name                  = "Refresh ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.many[count.index].id }]
}
`, n, description) + countedGAuthBlocks("many", "Refresh",
		gauthCounts{environments: g, contactCenters: g, clients: g, dataCenters: g},
		"genesys_gauth_environment.many[count.index].id", "genesys_gauth_contact_center.many[count.index].id")
}

// checkRefreshCost checks what the last refresh asked the emulator: per type, reads answered from
// wantLists listings (of one page each) after the first GETs, and wantGETs GETs in all.
func checkRefreshCost(emu *emulator.Server, types []refreshedType, wantLists, wantGETs int) resource.TestCheckFunc {
	return acctest.CheckFunc(func() error {
		st := emu.Stats()
		var problems []string
		for _, rt := range types {
			lists, gets := st.Count(http.MethodGet, rt.listRoute), st.Count(http.MethodGet, rt.getRoute)
			if lists != wantLists || gets != wantGETs {
				problems = append(problems, fmt.Sprintf("%s: %d list calls and %d GETs, want %d and %d",
					rt.name, lists, gets, wantLists, wantGETs))
			}
		}
		if len(problems) > 0 {
			return fmt.Errorf("refresh cost:\n%s", strings.Join(problems, "\n"))
		}
		return nil
	})
}

// Refreshing 30 roles, 30 OAuth clients and 6 objects of each GAuth type lists each type once,
// after its first few GETs, instead of reading every object; drift is still seen, and a role
// deleted outside Terraform is still found missing and dropped.
func TestAccReadCache_refreshListsEachTypeOnce(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	const n, g = 30, 6
	var deleted, edited string

	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: manyObjectsConfig(env, n, g, "managed"),
				Check: resource.ComposeTestCheckFunc(
					acctest.CaptureID("genesys_cloud_role.many.7", &deleted),
					acctest.CaptureID("genesys_cloud_role.many.8", &edited),
				),
			},
			{
				PreConfig:    emu.ResetStats,
				RefreshState: true,
				Check:        checkRefreshCost(emu, refreshedTypes, 1, kit.ListAfterReads),
			},
			{
				// One role deleted and one changed behind Terraform's back.
				PreConfig: func() {
					ctx := context.Background()
					if err := env.Cloud.DeleteRole(ctx, deleted); err != nil {
						t.Fatal(err)
					}
					acctest.WaitGone(t, env.Cloud.GetRole, deleted, func(*genesyscloud.Role) bool { return false })
					in := genesyscloud.RoleInput{Name: "Refresh 8", Description: "edited by hand", Permissions: []string{"group_creation"}}
					if _, err := env.Cloud.UpdateRole(ctx, edited, in); err != nil {
						t.Fatal(err)
					}
					emu.ResetStats()
				},
				RefreshState:       true,
				ExpectNonEmptyPlan: true,
				Check: resource.ComposeTestCheckFunc(
					func(s *terraform.State) error {
						if _, ok := s.RootModule().Resources["genesys_cloud_role.many.7"]; ok {
							return fmt.Errorf("the role deleted outside Terraform is still in the state")
						}
						// The listing served every role but the first few; the deleted one, missing from
						// it, was looked up (more than once while it may just not be visible yet). When
						// the deleted role was among the first few, one fewer GET found a role.
						st := emu.Stats()
						lists := st.Count(http.MethodGet, refreshedTypes[0].listRoute)
						found := acctest.CountAnswers(st, http.MethodGet, refreshedTypes[0].getRoute, http.StatusOK)
						missing := acctest.CountAnswers(st, http.MethodGet, refreshedTypes[0].getRoute, http.StatusNotFound)
						if lists != 1 || (found != kit.ListAfterReads && found != kit.ListAfterReads-1) || missing == 0 || st.CountStatus(http.StatusNotFound) != missing {
							return fmt.Errorf("roles refresh: %d list calls, %d GETs found a role, %d answered 404 (of %d 404s); "+
								"want 1, %d (or one fewer), at least 1, and no other 404", lists, found, missing, st.CountStatus(http.StatusNotFound), kit.ListAfterReads)
						}
						return nil
					},
					resource.TestCheckResourceAttr("genesys_cloud_role.many.8", "description", "edited by hand"),
				),
			},
			{
				Config: manyObjectsConfig(env, n, g, "managed"),
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PreApply: []plancheck.PlanCheck{
						plancheck.ExpectResourceAction("genesys_cloud_role.many[7]", plancheck.ResourceActionCreate),
						plancheck.ExpectResourceAction("genesys_cloud_role.many[8]", plancheck.ResourceActionUpdate),
					},
				},
			},
		},
	})
}

// Refreshing two roles in an org of a thousand costs two GETs and no listing.
func TestAccReadCache_fewObjectsInALargeOrgUseGETs(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	ctx := context.Background()
	for i := range 1000 {
		if _, err := env.Cloud.CreateRole(ctx, genesyscloud.RoleInput{Name: fmt.Sprintf("Existing %04d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	config := env.ProviderConfig() + `
resource "genesys_cloud_role" "few" {
  count = 2
  name  = "Managed ${count.index}"
}
`
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: config},
			{
				PreConfig:    emu.ResetStats,
				RefreshState: true,
				Check:        checkRefreshCost(emu, refreshedTypes[:1], 0, 2),
			},
		},
	})
}
