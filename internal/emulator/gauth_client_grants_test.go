package emulator

import (
	"net/http"
	"slices"
	"testing"
)

// REAL-ORG-BEHAVIOUR R8 and seed 001: GAuth adds the token-exchange and jwt-bearer grants to a
// client it creates, without duplicating one that was sent; an update stores what it sends.
func TestGAuthClientCreateAddsGrantTypes(t *testing.T) {
	const (
		exchange = "urn:ietf:params:oauth:grant-type:token-exchange"
		jwt      = "urn:ietf:params:oauth:grant-type:jwt-bearer"
	)
	grantsOf := func(r gauthTestResponse) []string {
		t.Helper()
		r.expect(t, http.StatusOK, 0)
		var c gauthClient
		r.data(t, &c)
		return c.AuthorizedGrantTypes
	}
	api := newGAuthTestAPI(t, Options{})
	got := grantsOf(api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(),
		`{"data":{"client_id":"a","client_secret":"s","authorizedGrantTypes":["client_credentials","`+jwt+`"]}}`))
	if want := []string{"client_credentials", jwt, exchange}; !slices.Equal(got, want) {
		t.Errorf("create answer grants = %v, want %v", got, want)
	}
	if got := grantsOf(api.call(http.MethodGet, "/auth/v3/ops/clients/a", api.ops(), "")); len(got) != 3 {
		t.Errorf("stored grants = %v, want the added ones kept", got)
	}
	got = grantsOf(api.call(http.MethodPut, "/auth/v3/ops/clients/a", api.ops(), `{"data":{"authorizedGrantTypes":["password"]}}`))
	if !slices.Equal(got, []string{"password"}) {
		t.Errorf("update grants = %v, want what was sent", got)
	}

	echo := newGAuthTestAPI(t, Options{GAuthEchoGrantTypes: true})
	got = grantsOf(echo.call(http.MethodPost, "/auth/v3/ops/clients", echo.ops(),
		`{"data":{"client_id":"a","client_secret":"s","authorizedGrantTypes":["client_credentials"]}}`))
	if !slices.Equal(got, []string{"client_credentials"}) {
		t.Errorf("echoed grants = %v", got)
	}
}
