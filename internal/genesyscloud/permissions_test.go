package genesyscloud

import (
	"net/http"
	"net/url"
	"reflect"
	"testing"
)

func TestListPermissionsMergesPagesAndSorts(t *testing.T) {
	pages := map[string]string{
		"1": `{"pageNumber":1,"pageCount":2,"entities":[
			{"domain":"routing","permissionMap":{
				"queue":[{"domain":"routing","entityType":"queue","action":"view","label":"View","allowsConditions":true,"divisionAware":true},
				         {"domain":"routing","entityType":"queue","action":"add","label":"Add","divisionAware":true}]}}]}`,
		"2": `{"pageNumber":2,"pageCount":2,"entities":[
			{"domain":"routing","permissionMap":{
				"wrapupCode":[{"action":"view","label":"View codes"}],
				"queue":[{"domain":"routing","entityType":"queue","action":"view","label":"View"}]}},
			{"domain":"routingExtras","permissionMap":{"thing":[{"domain":"routingExtras","entityType":"thing","action":"view"}]}}]}`,
	}
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, pages[r.Query.Get("pageNumber")])
	})

	got, err := c.ListPermissions(t.Context(), "routing")

	if err != nil {
		t.Fatalf("ListPermissions: %v", err)
	}
	want := []Permission{
		{Domain: "routing", EntityType: "queue", Action: "add", Label: "Add", DivisionAware: true},
		{Domain: "routing", EntityType: "queue", Action: "view", Label: "View", AllowsConditions: true, DivisionAware: true},
		{Domain: "routing", EntityType: "wrapupCode", Action: "view", Label: "View codes"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ListPermissions\n got %+v\nwant %+v", got, want)
	}
	calls := f.calls()
	if len(calls) != 2 {
		t.Fatalf("service received %d requests, want 2 pages", len(calls))
	}
	for i, page := range []string{"1", "2"} {
		assertRequest(t, calls[i], http.MethodGet, "/api/v2/authorization/permissions", url.Values{
			"queryType": {"domain"}, "query": {"routing"}, "pageSize": {"100"}, "pageNumber": {page},
		})
	}
}

func TestListPermissionDomains(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"pageCount":1,"entities":[
			{"domain":"routing","permissionMap":{"queue":[{"action":"view"},{"action":"add"}]}},
			{"domain":"directory","permissionMap":{"user":[{"action":"view"}]}},
			{"domain":"analytics","permissionMap":{"conversationDetail":[{"action":"view"}]}}]}`)
	})

	got, err := c.ListPermissionDomains(t.Context())

	if err != nil {
		t.Fatalf("ListPermissionDomains: %v", err)
	}
	if want := []string{"analytics", "directory", "routing"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ListPermissionDomains = %v, want %v", got, want)
	}
	assertRequest(t, f.only(), http.MethodGet, "/api/v2/authorization/permissions", url.Values{"pageSize": {"100"}, "pageNumber": {"1"}})
}
