package emulator

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

// TestGAuthTokenErrors checks the Spring-OAuth errors of the token endpoint: 401 for a client that
// fails to authenticate or is not allowed the grant, 400 for a bad grant.
func TestGAuthTokenErrors(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"cc-only","client_secret":"s",
		"authorities":["ROLE_INTERNAL_CLIENT"],"authorizedGrantTypes":["client_credentials"]}}`).expect(t, http.StatusOK, 0)
	id, secret := api.opts.GAuthClientID, api.opts.GAuthClientSecret
	password := func(user, pass string) url.Values {
		return url.Values{"grant_type": {"password"}, "username": {user}, "password": {pass}}
	}

	for _, tc := range []struct {
		name       string
		id, secret string
		form       url.Values
		status     int
		error      string
	}{
		{"wrong secret", id, "wrong", url.Values{"grant_type": {"client_credentials"}}, http.StatusUnauthorized, "invalid_client"},
		{"unknown client", "nobody", secret, url.Values{"grant_type": {"client_credentials"}}, http.StatusUnauthorized, "invalid_client"},
		{"client_id other than the Basic one", id, secret, url.Values{"grant_type": {"client_credentials"}, "client_id": {"cc-only"}}, http.StatusUnauthorized, "invalid_client"},
		{"grant not authorized for the client", "cc-only", "s", password("ops", "ops"), http.StatusUnauthorized, "invalid_client"},
		{"unknown grant", id, secret, url.Values{"grant_type": {"implicit_magic"}}, http.StatusBadRequest, "unsupported_grant_type"},
		{"missing grant", id, secret, url.Values{}, http.StatusBadRequest, "invalid_request"},
		{"wrong ops password", id, secret, password("ops", "wrong"), http.StatusBadRequest, "invalid_grant"},
		{"domain of no contact center", id, secret, password(`t100\default`, "pw"), http.StatusBadRequest, "invalid_grant"},
		{"scope other than *", id, secret, url.Values{"grant_type": {"client_credentials"}, "scope": {"read"}}, http.StatusBadRequest, "invalid_scope"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, body := api.token(tc.id, tc.secret, tc.form)
			if status != tc.status || body["error"] != tc.error || body["error_description"] == "" || body["access_token"] != nil {
				t.Fatalf("HTTP %d %v, want HTTP %d error %s with a description", status, body, tc.status, tc.error)
			}
		})
	}

	t.Run("no client credentials", func(t *testing.T) {
		status, _, raw := api.do(http.MethodPost, "/auth/v3/oauth/token", nil, "application/x-www-form-urlencoded", "grant_type=client_credentials")
		if status != http.StatusUnauthorized {
			t.Fatalf("HTTP %d %s, want 401", status, raw)
		}
	})
	t.Run("JSON body", func(t *testing.T) {
		status, _, raw := api.do(http.MethodPost, "/auth/v3/oauth/token", gauthBasic(id, secret), "application/json", `{"grant_type":"client_credentials"}`)
		if status != http.StatusBadRequest {
			t.Fatalf("HTTP %d %s, want 400", status, raw)
		}
	})
}

// TestGAuthTokenLifetimes checks expires_in (the client's timeout capped at the emulator's token
// lifetime), that only the password grant hands out a refresh token, and that it works.
func TestGAuthTokenLifetimes(t *testing.T) {
	clock := newTestClock()
	api := newGAuthTestAPI(t, Options{Now: clock.now, TokenTTL: time.Hour})
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"short","client_secret":"s",
		"authorities":["ROLE_INTERNAL_CLIENT"],"accessTokenExpirationTimeout":60,"refreshTokenExpirationTimeout":600,
		"authorizedGrantTypes":["client_credentials","password","refresh_token"]}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), `{"data":{"client_id":"long","client_secret":"s",
		"authorities":["ROLE_INTERNAL_CLIENT"],"accessTokenExpirationTimeout":43200,
		"authorizedGrantTypes":["client_credentials"]}}`).expect(t, http.StatusOK, 0)

	status, body := api.token("long", "s", url.Values{"grant_type": {"client_credentials"}})
	if status != http.StatusOK || body["expires_in"] != float64(3600) || body["refresh_token"] != nil {
		t.Fatalf("long client token = HTTP %d %v, want expires_in capped at 3600 and no refresh token", status, body)
	}

	status, body = api.token("short", "s", url.Values{"grant_type": {"password"}, "username": {"ops"}, "password": {"ops"}})
	refresh, _ := body["refresh_token"].(string)
	access, _ := body["access_token"].(string)
	if status != http.StatusOK || body["expires_in"] != float64(60) || refresh == "" {
		t.Fatalf("short client token = HTTP %d %v, want expires_in 60 and a refresh token", status, body)
	}
	clock.advance(time.Minute)
	api.call(http.MethodGet, "/environment/v3/environments", gauthBearer(access), "").
		expect(t, http.StatusUnauthorized, gauthCodeUnauthenticated)

	status, body = api.token("short", "s", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}})
	if status != http.StatusOK || body["refresh_token"] != refresh {
		t.Fatalf("refresh = HTTP %d %v, want a new access token and the same refresh token", status, body)
	}
	access, _ = body["access_token"].(string)
	api.call(http.MethodGet, "/environment/v3/environments", gauthBearer(access), "").expect(t, http.StatusOK, 0)

	clock.advance(10 * time.Minute)
	if status, body = api.token("short", "s", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {refresh}}); status != http.StatusBadRequest || body["error"] != "invalid_grant" {
		t.Fatalf("expired refresh token = HTTP %d %v, want 400 invalid_grant", status, body)
	}
}

// TestGAuthTokenRawClientCredentials follows seed 001: a user-chosen secret sent with curl -u, that
// is raw inside the Basic header, works whatever it holds. The form-encoded variant (RFC 6749
// section 2.3.1, golang.org/x/oauth2) is refused unless Options.AcceptURLEncodedCredentials.
func TestGAuthTokenRawClientCredentials(t *testing.T) {
	const secret = "p@ss+word/=:%"
	create := `{"data":{"client_id":"odd","client_secret":"` + secret + `",
		"authorities":["ROLE_INTERNAL_CLIENT"],"authorizedGrantTypes":["client_credentials"]}}`
	grant := url.Values{"grant_type": {"client_credentials"}}

	api := newGAuthTestAPI(t, Options{})
	api.call(http.MethodPost, "/auth/v3/ops/clients", api.ops(), create).expect(t, http.StatusOK, 0)
	api.clientToken("odd", secret)
	if status, body := api.token("odd", url.QueryEscape(secret), grant); status != http.StatusUnauthorized {
		t.Fatalf("form-encoded secret: HTTP %d %v, want 401", status, body)
	}

	lenient := newGAuthTestAPI(t, Options{AcceptURLEncodedCredentials: true})
	lenient.call(http.MethodPost, "/auth/v3/ops/clients", lenient.ops(), create).expect(t, http.StatusOK, 0)
	lenient.clientToken("odd", secret)
	lenient.clientToken("odd", url.QueryEscape(secret))
	if status, body := lenient.token("odd", url.QueryEscape("p@ss+word"), grant); status != http.StatusUnauthorized {
		t.Fatalf("wrong encoded secret: HTTP %d %v, want 401", status, body)
	}
}
