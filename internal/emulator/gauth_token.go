package emulator

import (
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Grant types the token endpoint serves.
const (
	gauthGrantClientCredentials = "client_credentials"
	gauthGrantPassword          = "password"
	gauthGrantRefreshToken      = "refresh_token"
)

// gauthTokenResponse is Spring's DefaultOAuth2AccessToken (CONTRACT.md B.2).
type gauthTokenResponse struct {
	AccessToken  string `json:"access_token"`
	TokenType    string `json:"token_type"`
	RefreshToken string `json:"refresh_token,omitempty"`
	ExpiresIn    int    `json:"expires_in"`
	Scope        string `json:"scope"`
}

// gauthOAuthError is a Spring-OAuth error body; the token endpoint does not use the GAuth envelope.
type gauthOAuthError struct {
	Error            string `json:"error"`
	ErrorDescription string `json:"error_description"`
}

// gauthRefreshToken is a refresh token handed out by the password grant.
type gauthRefreshToken struct {
	clientKey string
	expires   time.Time
}

func gauthOAuthFail(status int, code, description string) gauthReply {
	return gauthReply{
		status: status,
		body:   gauthOAuthError{Error: code, ErrorDescription: description},
		header: http.Header{"Cache-Control": {"no-store"}},
	}
}

// gauthOAuthUnauthorized answers a client that failed to authenticate.
func gauthOAuthUnauthorized(description string) gauthReply {
	rep := gauthOAuthFail(http.StatusUnauthorized, "invalid_client", description)
	rep.header.Set("Www-Authenticate", `Basic realm="oauth2/client"`)
	return rep
}

// gauthIssueToken serves POST /auth/v3/oauth/token for the client authenticated by Basic credentials.
func (s *Server) gauthIssueToken(call gauthCall) gauthReply {
	if mt, _, _ := mime.ParseMediaType(call.r.Header.Get("Content-Type")); mt != "application/x-www-form-urlencoded" {
		return gauthOAuthFail(http.StatusBadRequest, "invalid_request", "the body must be application/x-www-form-urlencoded")
	}
	form, err := url.ParseQuery(string(call.body))
	if err != nil {
		return gauthOAuthFail(http.StatusBadRequest, "invalid_request", "the form body cannot be parsed")
	}
	client := call.client
	if id := form.Get("client_id"); id != "" && id != client.ClientID {
		return gauthOAuthUnauthorized("client_id does not match the authenticated client")
	}
	grant := form.Get("grant_type")
	switch grant {
	case "":
		return gauthOAuthFail(http.StatusBadRequest, "invalid_request", "Missing grant type")
	case gauthGrantClientCredentials, gauthGrantPassword, gauthGrantRefreshToken:
	default:
		return gauthOAuthFail(http.StatusBadRequest, "unsupported_grant_type", "Unsupported grant type: "+grant)
	}
	// Spring answers a grant the client is not authorized for as a client error, not a grant error.
	if !slices.Contains(client.AuthorizedGrantTypes, grant) {
		return gauthOAuthUnauthorized("Unauthorized grant type: " + grant)
	}
	if scope := form.Get("scope"); scope != "" && scope != "*" {
		return gauthOAuthFail(http.StatusBadRequest, "invalid_scope", "only the scope * is supported")
	}

	resp := gauthTokenResponse{TokenType: "bearer", Scope: "*"}
	switch grant {
	case gauthGrantPassword:
		if !s.gauthUserValid(form.Get("username"), form.Get("password")) {
			return gauthOAuthFail(http.StatusBadRequest, "invalid_grant", "Bad credentials")
		}
		resp.RefreshToken = s.gauth.issueRefreshToken(client, call.now, s.opts.TokenTTL)
	case gauthGrantRefreshToken:
		value := form.Get("refresh_token")
		rt, ok := s.gauth.refreshTokens[value]
		if !ok || rt.clientKey != client.key || !call.now.Before(rt.expires) {
			return gauthOAuthFail(http.StatusBadRequest, "invalid_grant", "Invalid refresh token")
		}
		// Spring reuses a refresh token until it expires.
		resp.RefreshToken = value
	}
	ttl := gauthAccessTTL(client, s.opts.TokenTTL)
	resp.AccessToken = s.tokens.issue(productGAuth, client.key, call.now, ttl).value
	resp.ExpiresIn = int(ttl / time.Second)
	return gauthReply{status: http.StatusOK, body: resp, header: http.Header{"Cache-Control": {"no-store"}}}
}

// gauthAccessTTL is the client's accessTokenExpirationTimeout, capped at the emulator's token lifetime.
func gauthAccessTTL(c *gauthClient, limit time.Duration) time.Duration {
	ttl := time.Duration(c.AccessTokenExpirationTimeout) * time.Second
	if ttl <= 0 || ttl > limit {
		return limit
	}
	return ttl
}

// gauthUserValid checks password-grant user credentials: the ops credentials, or a
// `<domain>\<user>` name whose domain belongs to a stored contact center with any non-empty
// password [I: the emulator has no Configuration Server to check users against].
// Domains compare case-insensitively, as tenant names do.
func (s *Server) gauthUserValid(username, password string) bool {
	if gauthSecretEqual(username, s.opts.OpsUsername) && gauthSecretEqual(password, s.opts.OpsPassword) {
		return true
	}
	domain, user, ok := strings.Cut(username, `\`)
	if !ok || domain == "" || user == "" || password == "" {
		return false
	}
	for _, cc := range s.gauth.contactCenters.all() {
		if slices.ContainsFunc(cc.Domains, func(d string) bool { return strings.EqualFold(d, domain) }) {
			return true
		}
	}
	return false
}

// issueRefreshToken hands out a refresh token living the client's refreshTokenExpirationTimeout,
// or the emulator's token lifetime when the client sets none.
func (g *gauthState) issueRefreshToken(c *gauthClient, now time.Time, fallback time.Duration) string {
	ttl := time.Duration(c.RefreshTokenExpirationTimeout) * time.Second
	if ttl <= 0 {
		ttl = fallback
	}
	value := newUUID()
	g.refreshTokens[value] = gauthRefreshToken{clientKey: c.key, expires: now.Add(ttl)}
	return value
}

// forgetRefreshTokens drops the refresh tokens of a deleted client incarnation.
func (g *gauthState) forgetRefreshTokens(clientKey string) {
	for value, rt := range g.refreshTokens {
		if rt.clientKey == clientKey {
			delete(g.refreshTokens, value)
		}
	}
}
