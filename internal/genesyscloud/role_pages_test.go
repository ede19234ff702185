package genesyscloud

import (
	"net/http"
	"net/url"
	"testing"
)

func TestListRolesPageAsksForOnePageAndReportsTheListingSize(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, `{"entities":[{"id":"r3","name":"Third"}],
			"pageSize":2,"pageNumber":2,"pageCount":3,"total":5}`)
	})

	page, err := c.ListRolesPage(t.Context(), 2, 2)
	if err != nil {
		t.Fatalf("ListRolesPage: %v", err)
	}
	assertRequest(t, f.only(), http.MethodGet, "/api/v2/authorization/roles",
		url.Values{"userCount": {"false"}, "pageSize": {"2"}, "pageNumber": {"2"}})
	if len(page.Roles) != 1 || page.Roles[0].ID != "r3" || page.PageCount != 3 || page.Total != 5 {
		t.Errorf("page = %+v, want role r3 of 3 pages, 5 roles", page)
	}
}

func TestListRolesPageReturnsTheServiceError(t *testing.T) {
	c, _ := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusForbidden, `{"code":"missing.permissions","message":"no","status":403}`)
	})
	if _, err := c.ListRolesPage(t.Context(), MaxRolePageSize, 1); err == nil {
		t.Fatal("ListRolesPage succeeded on a 403")
	}
}
