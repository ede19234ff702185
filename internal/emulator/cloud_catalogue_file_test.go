package emulator

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/contracttest"
)

// catalogueAnswer converts "domain:entity:action" names into what GET
// /api/v2/authorization/permissions answers: one page per domain collection, split over pages.
func catalogueAnswer(t *testing.T, names []string, pageSize int) []byte {
	t.Helper()
	byDomain := map[string]map[string][]map[string]any{}
	for _, n := range names {
		parts := strings.Split(n, ":")
		if len(parts) != 3 {
			t.Fatalf("not domain:entity:action: %q", n)
		}
		if byDomain[parts[0]] == nil {
			byDomain[parts[0]] = map[string][]map[string]any{}
		}
		byDomain[parts[0]][parts[1]] = append(byDomain[parts[0]][parts[1]], map[string]any{
			"domain": parts[0], "entityType": parts[1], "action": parts[2], "label": parts[2],
			"allowsConditions": false, "divisionAware": false,
		})
	}
	var domains []string
	for d := range byDomain {
		domains = append(domains, d)
	}
	slices.Sort(domains)
	var out []byte
	for start := 0; start < len(domains); start += pageSize {
		var entities []map[string]any
		for _, d := range domains[start:min(start+pageSize, len(domains))] {
			entities = append(entities, map[string]any{"id": d, "name": d, "domain": d, "permissionMap": byDomain[d]})
		}
		page, err := json.Marshal(map[string]any{"entities": entities, "pageSize": pageSize, "total": len(domains)})
		if err != nil {
			t.Fatal(err)
		}
		out = append(append(out, page...), '\n')
	}
	return out
}

// An org's own catalogue, exported page by page into one file, replaces the seeded one at the
// scale of the real catalogue: 1,433 permissions that public API operations require.
func TestCloudPermissionCatalogueFromAnOrgsExport(t *testing.T) {
	names, path := contracttest.PermissionNames(t)
	if names == nil {
		t.Skipf("no permissions list at %s (set GENESYS_PERMISSIONS_LIST)", path)
	}
	if len(names) < 1400 {
		t.Fatalf("the list holds %d permissions, want about 1,433", len(names))
	}
	pc, err := ParsePermissionCatalogue(catalogueAnswer(t, names, 25))
	if err != nil {
		t.Fatal(err)
	}
	if pc.Len() != len(names) {
		t.Fatalf("catalogue holds %d permissions, want %d", pc.Len(), len(names))
	}
	a := newCloudTestAPI(t, Options{PermissionCatalogue: pc})

	var got []string
	for page := 1; ; page++ {
		var l listing[permissionCollection]
		a.call(http.MethodGet, "/api/v2/authorization/permissions?pageSize=25&pageNumber="+strconv.Itoa(page), nil).
			expect(http.StatusOK).decode(&l)
		for _, col := range l.Entities {
			for _, perms := range col.PermissionMap {
				for _, p := range perms {
					got = append(got, p.String())
				}
			}
		}
		if page >= l.PageCount {
			break
		}
	}
	slices.Sort(got)
	want := slices.Clone(names)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("GET /api/v2/authorization/permissions lists %d permissions, want the %d loaded", len(got), len(want))
	}

	// Roles store what this catalogue holds and drop the rest: the seeded catalogue's
	// wfm:schedule:administer is not in it.
	var r role
	a.putPolicies("Real", []map[string]any{
		{"domain": "oauth", "entityName": "client", "actionSet": []string{"view"}},
		{"domain": "wfm", "entityName": "schedule", "actionSet": []string{"administer"}},
	}).expect(http.StatusOK).decode(&r)
	if got := policyStrings(r.PermissionPolicies); !slices.Equal(got, []string{"oauth:client:view"}) {
		t.Fatalf("stored %v, want only oauth:client:view", got)
	}
	var admin role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudMasterAdminRoleID, nil).expect(http.StatusOK).decode(&admin)
	if n := len(policyStrings(admin.PermissionPolicies)); n != len(names) {
		t.Fatalf("Master Admin holds %d permissions, want the whole catalogue's %d", n, len(names))
	}
}

func TestCloudPermissionCatalogueShapes(t *testing.T) {
	bare := `[{"domain":"wfm","permissionMap":{"schedule":[{"action":"view","allowsConditions":true},{"action":"view"}]}}]`
	pc, err := ParsePermissionCatalogue([]byte(bare))
	if err != nil {
		t.Fatal(err)
	}
	if pc.Len() != 1 || pc.cols[0].PermissionMap["schedule"][0].EntityType != "schedule" || pc.cols[0].PermissionMap["schedule"][0].Domain != "wfm" {
		t.Fatalf("bare array = %+v, want wfm:schedule:view once, domain and entity filled", pc.cols)
	}
	for name, in := range map[string]string{
		"not JSON":    `{"entities": [`,
		"no entities": `{"total": 3}`,
		"empty":       `{"entities": []}`,
		"nothing":     ``,
	} {
		if _, err := ParsePermissionCatalogue([]byte(in)); err == nil {
			t.Errorf("%s: parsed without an error", name)
		}
	}
}
