package genesyscloud

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
)

func TestTokenInfoTellsAUserTokenApart(t *testing.T) {
	answers := []string{
		`{"organization":{"id":"org"},"OAuthClient":{"id":"c1","name":"Terraform","organization":{"id":"org"}}}`,
		`{"organization":{"id":"org"},"OAuthClient":{"id":"login","name":"Login","organization":{"id":"purecloud-builtin"}}}`,
	}
	n := 0
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, answers[n])
		n++
	})
	for i, want := range []bool{false, true} {
		info, err := c.TokenInfo(t.Context())
		if err != nil || info.IsUserToken() != want {
			t.Errorf("answer %d: IsUserToken = %v (%+v, %v), want %v", i, info != nil && info.IsUserToken(), info, err, want)
		}
	}
	assertRequest(t, f.calls()[0], http.MethodGet, "/api/v2/tokens/me", nil)
}

func TestUserRolesReadAndReplace(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		switch r.Method {
		case http.MethodGet:
			writeJSON(w, http.StatusOK, `{"roles":[{"id":"admin","name":"Master Admin"}],"unusedRoles":[],"permissions":["admin"]}`)
		default:
			writeJSON(w, http.StatusOK, `{"roles":[{"id":"admin"},{"id":"new"}]}`)
		}
	})
	ctx := t.Context()
	roles, err := c.UserRoles(ctx, "u 1")
	if err != nil || !slices.Equal(roles.RoleIDs(), []string{"admin"}) || roles.Holds("new") || !roles.Holds("admin") {
		t.Fatalf("UserRoles = %+v, %v", roles, err)
	}
	roles, err = c.SetUserRoles(ctx, "u 1", []string{"admin", "new"})
	if err != nil || !roles.Holds("admin", "new") {
		t.Fatalf("SetUserRoles = %+v, %v", roles, err)
	}
	calls := f.calls()
	assertRequest(t, calls[0], http.MethodGet, "/api/v2/users/u%201/roles", nil)
	assertRequest(t, calls[1], http.MethodPut, "/api/v2/users/u%201/roles", nil)
	assertJSON(t, calls[1].Body, `["admin","new"]`)
}

// With a user's access token the client sends it as it is and never asks the token endpoint.
func TestAccessTokenIsSentAsItIs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/oauth/token" || r.Header.Get("Authorization") != "Bearer user-token" {
			t.Errorf("%s %s with %q", r.Method, r.URL.Path, r.Header.Get("Authorization"))
		}
		writeJSON(w, http.StatusOK, `{"id":"u1","name":"Admin"}`)
	}))
	t.Cleanup(srv.Close)
	c, err := New(Config{APIURL: srv.URL, AccessToken: "user-token"})
	if err != nil {
		t.Fatal(err)
	}
	me, err := c.Me(t.Context())
	if err != nil || me.ID != "u1" || c.TokenFetches() != 0 {
		t.Fatalf("Me = %+v, %v; token fetches %d", me, err, c.TokenFetches())
	}
	if _, err := New(Config{APIURL: srv.URL, AccessToken: "user-token", ClientID: "id", ClientSecret: "secret"}); err == nil {
		t.Error("New accepted both an access token and client credentials")
	}
}
