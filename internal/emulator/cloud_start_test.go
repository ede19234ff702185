package emulator

import (
	"net/http"
	"testing"
)

// The calls common Genesys Cloud clients make at start succeed with the bootstrap token.
func TestCloudStartUpCalls(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var org organization
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK).decode(&org)
	if org.ID != CloudOrganizationID || org.Name == "" || org.State != "active" {
		t.Errorf("organization = %+v", org)
	}

	var info tokenInfo
	a.call(http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK).decode(&info)
	if info.OAuthClient.ID != "emulator-client" || info.Organization.ID != CloudOrganizationID || info.HomeOrganization.ID != CloudOrganizationID {
		t.Errorf("token info = %+v", info)
	}

	var products struct {
		Entities []orgProduct `json:"entities"`
	}
	a.call(http.MethodGet, "/api/v2/authorization/products", nil).expect(http.StatusOK).decode(&products)
	if len(products.Entities) == 0 || products.Entities[0].ID == "" {
		t.Errorf("products = %+v", products)
	}
}
