package emulator

import (
	"net/http"
	"slices"
	"testing"
)

func catalogueDomains(l listing[permissionCollection]) []string {
	var out []string
	for _, c := range l.Entities {
		out = append(out, c.Domain)
	}
	return out
}

// findPermission looks a permission up the way the provider does: merging permissionMap across pages.
func findPermission(cols []permissionCollection, domain, entity, action string) (domainPermission, bool) {
	for _, c := range cols {
		for _, p := range c.PermissionMap[entity] {
			if c.Domain == domain && p.Action == action {
				return p, true
			}
		}
	}
	return domainPermission{}, false
}

func TestCloudPermissionCatalogueByDomain(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var l listing[permissionCollection]
	a.call(http.MethodGet, "/api/v2/authorization/permissions?queryType=domain&query=wfm,analytics&pageSize=100", nil).
		expect(http.StatusOK).decode(&l)
	if got := catalogueDomains(l); !slices.Equal(got, []string{"analytics", "wfm"}) {
		t.Fatalf("domains = %v, want analytics and wfm", got)
	}
	// Every permission of the on-boarding walk-through exists.
	for _, p := range [][3]string{{"analytics", "userObservation", "view"}, {"wfm", "schedule", "administer"}, {"wfm", "activityCode", "administer"}} {
		got, ok := findPermission(l.Entities, p[0], p[1], p[2])
		if !ok || got.Domain != p[0] || got.EntityType != p[1] || got.Label == "" {
			t.Errorf("%v: %+v, %v", p, got, ok)
		}
	}
	if p, _ := findPermission(l.Entities, "analytics", "conversationDetail", "view"); !p.AllowsConditions {
		t.Errorf("analytics:conversationDetail:view should allow conditions")
	}
}

func TestCloudPermissionCataloguePagingAndQueries(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var all []permissionCollection
	uri := "/api/v2/authorization/permissions?pageSize=4"
	for range 10 {
		var l listing[permissionCollection]
		a.call(http.MethodGet, uri, nil).expect(http.StatusOK).decode(&l)
		all = append(all, l.Entities...)
		if uri = l.NextURI; uri == "" {
			break
		}
	}
	domains := map[string]bool{}
	for _, c := range all {
		domains[c.Domain] = true
	}
	for _, d := range []string{"analytics", "authorization", "conversation", "directory", "integrations", "oauth", "routing", "wfm"} {
		if !domains[d] {
			t.Errorf("domain %s missing from the catalogue", d)
		}
	}
	if len(domains) != len(all) {
		t.Errorf("%d collections for %d domains: paging repeated one", len(all), len(domains))
	}

	var l listing[permissionCollection]
	a.call(http.MethodGet, "/api/v2/authorization/permissions?queryType=permission&query=oauth:client:delete", nil).
		expect(http.StatusOK).decode(&l)
	if len(l.Entities) != 1 || len(l.Entities[0].PermissionMap) != 1 || len(l.Entities[0].PermissionMap["client"]) != 1 {
		t.Fatalf("permission query = %+v, want only oauth:client:delete", l.Entities)
	}
	a.call(http.MethodGet, "/api/v2/authorization/permissions?queryType=role&query=x", nil).expectError(http.StatusBadRequest, "invalid.value")
}
