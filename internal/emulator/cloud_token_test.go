package emulator

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

func TestCloudTokenIssuesBearerTokens(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var tok cloudTokenResponse
	a.requestToken("emulator-client", "emulator-secret", "client_credentials").expect(http.StatusOK).decode(&tok)
	if tok.TokenType != "bearer" || tok.ExpiresIn != 86400 || len(tok.AccessToken) < 32 {
		t.Fatalf("token = %+v, want a bearer token living 86400 s", tok)
	}
	a.send(tok.AccessToken, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
}

func TestCloudTokenLifetimeIsClientValidityCappedByTokenTTL(t *testing.T) {
	a := newCloudTestAPI(t, Options{TokenTTL: time.Hour})
	var boot cloudTokenResponse
	a.requestToken("emulator-client", "emulator-secret", "client_credentials").expect(http.StatusOK).decode(&boot)
	if boot.ExpiresIn != 3600 {
		t.Errorf("bootstrap expires_in = %d, want 3600 (TokenTTL caps 86400)", boot.ExpiresIn)
	}

	var cl oauthClientWithSecret
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "short", "authorizedGrantType": "CLIENT-CREDENTIALS", "accessTokenValiditySeconds": 600,
		"roleIds": []string{CloudEmployeeRoleID},
	}).expect(http.StatusOK).decode(&cl)
	var short cloudTokenResponse
	a.requestToken(cl.ID, cl.Secret, "client_credentials").expect(http.StatusOK).decode(&short)
	if short.ExpiresIn != 600 {
		t.Errorf("expires_in = %d, want the client's 600", short.ExpiresIn)
	}

	a.clock.advance(599 * time.Second)
	a.send(short.AccessToken, http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK)
	a.clock.advance(time.Second)
	a.send(short.AccessToken, http.MethodGet, "/api/v2/tokens/me", nil).expectError(http.StatusUnauthorized, "bad.credentials")
}

func TestCloudTokenErrors(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	tests := []struct {
		name, id, secret, grant string
		wantError, wantDesc     string
	}{
		{"unknown client", "nobody", "x", "client_credentials", "invalid_client", "client not found"},
		{"wrong secret", "emulator-client", "wrong", "client_credentials", "invalid_client", "authentication failed"},
		{"no client authentication", "", "", "client_credentials", "invalid_client", "authentication failed"},
		{"missing grant type", "emulator-client", "emulator-secret", "", "unsupported_grant_type", "grant type [] is not supported"},
		{"other grant type", "emulator-client", "emulator-secret", "password", "unsupported_grant_type", "grant type [password] is not supported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e cloudTokenError
			a.on(t).requestToken(tt.id, tt.secret, tt.grant).expect(http.StatusBadRequest).decode(&e)
			want := cloudTokenError{Error: tt.wantError, Description: tt.wantDesc, ErrorDescription: tt.wantDesc}
			if e != want {
				t.Fatalf("error body = %+v, want %+v", e, want)
			}
		})
	}
}

func TestCloudTokenRefusedForClientsThatMayNotHaveOne(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var code oauthClientWithSecret
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "web app", "authorizedGrantType": "CODE", "registeredRedirectUri": []string{"https://app.example.com/cb"},
	}).expect(http.StatusOK).decode(&code)
	var e cloudTokenError
	a.requestToken(code.ID, code.Secret, "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "unauthorized_client" {
		t.Errorf("CODE client error = %+v, want unauthorized_client", e)
	}

	disabled := a.createClient("disabled")
	a.send("", http.MethodPut, "/__emulator/cloud/oauth-clients/"+disabled.ID+"/state", map[string]any{"state": "disabled"}).expect(http.StatusNoContent)
	a.requestToken(disabled.ID, disabled.Secret, "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_client" {
		t.Errorf("disabled client error = %+v, want invalid_client", e)
	}
}

// The SDKs and curl -u send the id and secret raw inside the Basic header (REAL-ORG-BEHAVIOUR R7);
// golang.org/x/oauth2 URL-encodes them first, which a real org is not known to undo.
func TestCloudTokenTakesRawBasicCredentials(t *testing.T) {
	const id, secret = "client 1", "s3cret+/=@:%"
	a := newCloudTestAPI(t, Options{CloudClientID: id, CloudClientSecret: secret})
	a.requestToken(id, secret, "client_credentials").expect(http.StatusOK)
	var e cloudTokenError
	a.requestToken(url.QueryEscape(id), url.QueryEscape(secret), "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_client" {
		t.Errorf("URL-encoded credentials: %+v, want invalid_client", e)
	}

	lenient := newCloudTestAPI(t, Options{CloudClientID: id, CloudClientSecret: secret, AcceptURLEncodedCredentials: true})
	lenient.requestToken(url.QueryEscape(id), url.QueryEscape(secret), "client_credentials").expect(http.StatusOK)
	lenient.requestToken(id, secret, "client_credentials").expect(http.StatusOK)
}
