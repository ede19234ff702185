package genesyscloud

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSignInFetchesATokenForAnotherClient(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, secret, _ := r.BasicAuth()
		asked = append(asked, r.URL.Path+" "+id)
		if r.URL.Path != "/oauth/token" || secret != "partner-secret" {
			w.WriteHeader(http.StatusBadRequest)
			_, _ = w.Write([]byte(`{"error":"invalid_client"}`))
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"access_token":"partner-token","token_type":"bearer","expires_in":86400}`))
	}))
	defer srv.Close()
	c, err := New(Config{APIURL: srv.URL, LoginURL: srv.URL, ClientID: "terraform", ClientSecret: "terraform-secret"})
	if err != nil {
		t.Fatal(err)
	}
	token, err := c.SignIn(t.Context(), "partner", "partner-secret")
	if err != nil || token != "partner-token" {
		t.Fatalf("SignIn = %q, %v; want the partner's token", token, err)
	}
	if _, err := c.SignIn(t.Context(), "partner", "wrong"); !IsSignInRefused(err) {
		t.Errorf("SignIn with a wrong secret: %v, want a refusal", err)
	}
	if len(asked) != 2 || asked[0] != "/oauth/token partner" {
		t.Errorf("token requests %v, want two as the partner and none as the client itself", asked)
	}

	user, err := New(Config{APIURL: srv.URL, AccessToken: "user-token"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user.SignIn(t.Context(), "partner", "partner-secret"); !errors.Is(err, ErrNoLoginURL) {
		t.Errorf("SignIn without a login URL: %v, want ErrNoLoginURL", err)
	}
}
