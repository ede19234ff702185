package emulator

import (
	"net/http"
	"testing"
	"time"
)

// TestGAuthOpsPathsTakeOnlyOpsBasic checks that the ops client paths refuse everything but the ops
// Basic credentials with 401 and status code 20.
func TestGAuthOpsPathsTakeOnlyOpsBasic(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	token := api.clientToken(api.opts.GAuthClientID, api.opts.GAuthClientSecret)

	for name, auth := range map[string]gauthTestAuth{
		"no credentials":         nil,
		"wrong ops password":     gauthBasic("ops", "wrong"),
		"API client credentials": gauthBasic(api.opts.GAuthClientID, api.opts.GAuthClientSecret),
		"internal client bearer": gauthBearer(token),
	} {
		t.Run(name, func(t *testing.T) {
			r := api.call(http.MethodGet, "/auth/v3/ops/clients", auth, "")
			r.expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)
			if r.Header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without a WWW-Authenticate challenge")
			}
		})
	}
	api.call(http.MethodGet, "/auth/v3/ops/clients", api.ops(), "").expect(t, http.StatusOK, 0)
}

// TestGAuthEnvironmentPathsAuth checks who may call /environment/v3: ops Basic or a live token of a
// client holding ROLE_INTERNAL_CLIENT, and nobody else.
func TestGAuthEnvironmentPathsAuth(t *testing.T) {
	clock := newTestClock()
	api := newGAuthTestAPI(t, Options{Now: clock.now, TokenTTL: time.Hour})
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"ui","client_secret":"ui-secret",
		"authorities":["ROLE_MANAGEMENT_APPLICATION"],"authorizedGrantTypes":["client_credentials"]}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"internal","client_secret":"internal-secret",
		"authorities":["ROLE_INTERNAL_CLIENT"],"authorizedGrantTypes":["client_credentials"]}}`).expect(t, http.StatusOK, 0)
	internal := api.clientToken("internal", "internal-secret")
	other := api.clientToken("ui", "ui-secret")
	const path = "/environment/v3/environments"

	api.call(http.MethodGet, path, api.ops(), "").expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusOK, 0)

	api.call(http.MethodGet, path, nil, "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)
	api.call(http.MethodGet, path, gauthBasic("ops", "wrong"), "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)
	api.call(http.MethodGet, path, gauthBearer("5f1ecb33-5c63-4606-8e30-824e494194c6"), "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)
	api.call(http.MethodGet, path, gauthBearer(other), "").expect(t, http.StatusForbidden, gauthCodeNoPermission)

	// A token stops working once it expires...
	clock.advance(time.Hour)
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)

	// ...or once its client is deleted, even if a client with the same id comes back.
	internal = api.clientToken("internal", "internal-secret")
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusOK, 0)
	api.call(http.MethodDelete, "/auth/v3/ops/clients/internal", api.ops(), "").expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"internal","client_secret":"internal-secret",
		"authorities":["ROLE_INTERNAL_CLIENT"],"authorizedGrantTypes":["client_credentials"]}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)

	// Losing the authority takes effect on the next call.
	internal = api.clientToken("internal", "internal-secret")
	api.call(http.MethodPut, "/auth/v3/ops/clients/internal", api.ops(), `{"data":{"authorities":[]}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, path, gauthBearer(internal), "").expect(t, http.StatusForbidden, gauthCodeNoPermission)
}
