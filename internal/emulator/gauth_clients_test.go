package emulator

import (
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"testing"
)

// TestGAuthClientsCRUD checks create, list, get, partial PUT and delete of API clients, with their
// error codes.
func TestGAuthClientsCRUD(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ops := api.ops()
	const create = `{"data":{"client_id":"gws","client_secret":"first","name":"GWS","description":"web services",
		"clientType":"CONFIDENTIAL","internalClient":true,"authorities":["ROLE_INTERNAL_CLIENT"],"scope":["*"],
		"authorizedGrantTypes":["client_credentials"],"redirectURIs":["https://gws.example.com"],
		"accessTokenExpirationTimeout":43200,"refreshTokenExpirationTimeout":2592000}}`

	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, create).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, create).expect(t, http.StatusConflict, gauthCodeExists)
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_secret":"s"}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_id":"x"}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_id":"x","client_secret":""}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)

	r := api.call(http.MethodGet, "/auth/v3/ops/clients", ops, "")
	r.expect(t, http.StatusOK, 0)
	var list []gauthClient
	r.data(t, &list)
	ids := []string{}
	for _, c := range list {
		ids = append(ids, c.ClientID)
	}
	if !slices.Equal(ids, []string{api.opts.GAuthClientID, "gws"}) {
		t.Fatalf("listed clients %v, want the bootstrap client then gws", ids)
	}

	api.call(http.MethodGet, "/auth/v3/ops/clients/nobody", ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodPut, "/auth/v3/ops/clients/nobody", ops, `{"data":{"name":"n"}}`).expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodDelete, "/auth/v3/ops/clients/nobody", ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)

	// PUT sends only redirectURIs and a new secret, as the service's scripts do: the rest is kept.
	r = api.call(http.MethodPut, "/auth/v3/ops/clients/gws", ops,
		`{"data":{"redirectURIs":["https://gws.example.com","https://wwe.example.com"],"client_secret":"second"}}`)
	r.expect(t, http.StatusOK, 0)
	var updated gauthClient
	r.data(t, &updated)
	r = api.call(http.MethodGet, "/auth/v3/ops/clients/gws", ops, "")
	r.expect(t, http.StatusOK, 0)
	var got gauthClient
	r.data(t, &got)
	if got.CreatedAt <= 0 {
		t.Errorf("createdAt = %d, want the creation time in milliseconds", got.CreatedAt)
	}
	want := gauthClient{
		ClientID: "gws", Name: "GWS", Description: "web services", ClientType: "CONFIDENTIAL", InternalClient: true,
		Authorities: []string{"ROLE_INTERNAL_CLIENT"}, Scope: []string{"*"},
		AuthorizedGrantTypes:         []string{"client_credentials", gauthAddedGrantTypes[0], gauthAddedGrantTypes[1]},
		RedirectURIs:                 []string{"https://gws.example.com", "https://wwe.example.com"},
		AccessTokenExpirationTimeout: 43200, RefreshTokenExpirationTimeout: 2592000, ContactCenterIDs: []string{},
		CreatedAt: got.CreatedAt,
	}
	for name, c := range map[string]gauthClient{"PUT answer": updated, "GET after PUT": got} {
		if !reflect.DeepEqual(c, want) {
			t.Errorf("%s = %+v, want %+v", name, c, want)
		}
	}

	// The new secret works at the token endpoint at once; the old one no longer does.
	if status, _ := api.token("gws", "first", url.Values{"grant_type": {"client_credentials"}}); status != http.StatusUnauthorized {
		t.Errorf("old secret: HTTP %d, want 401", status)
	}
	api.clientToken("gws", "second")

	api.call(http.MethodPut, "/auth/v3/ops/clients/gws", ops, `{"data":{"client_id":"other"}}`).expect(t, http.StatusBadRequest, gauthCodeReadOnly)
	api.call(http.MethodPut, "/auth/v3/ops/clients/gws", ops, `{"data":{"client_secret":""}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)

	api.call(http.MethodDelete, "/auth/v3/ops/clients/gws", ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, "/auth/v3/ops/clients/gws", ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	if status, _ := api.token("gws", "second", url.Values{"grant_type": {"client_credentials"}}); status != http.StatusUnauthorized {
		t.Errorf("deleted client: HTTP %d, want 401", status)
	}
}
