package emulator

import (
	"net/http"
	"testing"
)

// Every listing answers the SDK's entity-listing model, the start-up calls included: clients
// dereference pageSize, pageNumber, total and pageCount, and follow the page URIs. The product
// listing's SDK model (Organizationproductentitylisting) has no URIs; every other one has them.
func TestCloudEveryListingIsAnEntityListing(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	withURIs := []string{
		"/api/v2/authorization/roles",
		"/api/v2/authorization/roles?pageSize=2&pageNumber=2",
		"/api/v2/authorization/permissions",
		"/api/v2/authorization/divisions",
		"/api/v2/oauth/clients",
	}
	for _, path := range append(withURIs, "/api/v2/authorization/products") {
		var l map[string]any
		a.call(http.MethodGet, path, nil).expect(http.StatusOK).decode(&l)
		if _, ok := l["entities"].([]any); !ok {
			t.Errorf("GET %s: entities = %v, want an array", path, l["entities"])
		}
		for _, field := range []string{"pageSize", "pageNumber", "total", "pageCount"} {
			if n, ok := l[field].(float64); !ok || n < 1 {
				t.Errorf("GET %s: %s = %v, want a positive number", path, field, l[field])
			}
		}
	}
	for _, path := range withURIs {
		var l map[string]any
		a.call(http.MethodGet, path, nil).expect(http.StatusOK).decode(&l)
		for _, field := range []string{"firstUri", "selfUri", "lastUri"} {
			if s, ok := l[field].(string); !ok || s == "" {
				t.Errorf("GET %s: %s = %v, want a URI", path, field, l[field])
			}
		}
	}

	// nextUri and previousUri appear where there is a next or previous page.
	var page listing[role]
	a.call(http.MethodGet, "/api/v2/authorization/roles?pageSize=2&pageNumber=2", nil).expect(http.StatusOK).decode(&page)
	if page.PreviousURI != "/api/v2/authorization/roles?pageSize=2&pageNumber=1" || page.NextURI == "" {
		t.Errorf("page 2 of 2-role pages: previousUri %q, nextUri %q", page.PreviousURI, page.NextURI)
	}

	var products productListing
	a.call(http.MethodGet, "/api/v2/authorization/products", nil).expect(http.StatusOK).decode(&products)
	if products.Total != len(products.Entities) || products.PageSize != products.Total || products.PageCount != 1 || products.PageNumber != 1 {
		t.Errorf("products listing = %+v, want one page holding them all", products)
	}
}
