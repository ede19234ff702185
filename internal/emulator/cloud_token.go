package emulator

import (
	"crypto/subtle"
	"net/http"
	"net/url"
	"time"
)

// cloudTokenResponse is the 200 body of POST /oauth/token (CONTRACT A.2).
type cloudTokenResponse struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
	ExpiresIn   int    `json:"expires_in"`
}

// cloudTokenError is the error body of POST /oauth/token; the service repeats the text in
// description and error_description.
type cloudTokenError struct {
	Error            string `json:"error"`
	Description      string `json:"description"`
	ErrorDescription string `json:"error_description"`
}

// POST /oauth/token: client-credentials tokens for any active CLIENT-CREDENTIALS client whose
// secret matches, living the client's accessTokenValiditySeconds capped at Options.TokenTTL.
func (s *Server) cloudToken(w http.ResponseWriter, r *http.Request) {
	grant := r.PostFormValue("grant_type")
	id, secret, hasBasic := r.BasicAuth()
	s.mu.Lock()
	defer s.mu.Unlock()
	if !hasBasic {
		writeTokenError(w, "invalid_client", "authentication failed")
		return
	}
	if description, limited := s.chargeTokenRequest(id, s.opts.Now()); limited {
		writeTokenError(w, "invalid_request", description)
		return
	}
	cl, failure := s.cloud.authenticateClient(id, secret)
	if cl == nil && s.opts.AcceptURLEncodedCredentials {
		cl, failure = s.cloud.authenticateEncoded(id, secret, failure)
	}
	switch {
	case cl == nil:
		writeTokenError(w, "invalid_client", failure)
	case grant != "client_credentials":
		writeTokenError(w, "unsupported_grant_type", "grant type ["+grant+"] is not supported")
	case cl.AuthorizedGrantType != grantClientCredentials:
		writeTokenError(w, "unauthorized_client", "client is not authorized for the client_credentials grant")
	case cl.State != clientActive:
		writeTokenError(w, "invalid_client", "client is "+cl.State)
	default:
		ttl := min(time.Duration(cl.AccessTokenValiditySeconds)*time.Second, s.opts.TokenTTL)
		t := s.tokens.issue(productCloud, cl.ID, s.opts.Now(), ttl)
		writeJSON(w, http.StatusOK, cloudTokenResponse{AccessToken: t.value, TokenType: "bearer", ExpiresIn: int(ttl / time.Second)})
	}
}

// authenticateEncoded retries with the id and secret form-decoded, for clients that encode them
// before Base64 as RFC 6749 section 2.3.1 says (golang.org/x/oauth2 does). Every Genesys SDK and
// curl -u send them raw, and nothing public says the service decodes them, so this is a leniency
// (Options.AcceptURLEncodedCredentials): by default a secret with "+ / = @ :" works only raw.
func (c *cloudState) authenticateEncoded(id, secret, failure string) (*oauthClient, string) {
	uid, errID := url.QueryUnescape(id)
	usecret, errSecret := url.QueryUnescape(secret)
	if errID != nil || errSecret != nil || (uid == id && usecret == secret) {
		return nil, failure
	}
	return c.authenticateClient(uid, usecret)
}

// authenticateClient returns the client when the secret matches, or nil and the service's
// description of the failure.
func (c *cloudState) authenticateClient(id, secret string) (*oauthClient, string) {
	cl := c.clients[id]
	if cl == nil {
		return nil, "client not found"
	}
	if subtle.ConstantTimeCompare([]byte(cl.secret), []byte(secret)) != 1 {
		return nil, "authentication failed"
	}
	return cl, ""
}

// writeTokenError answers 400, the status users of the real service report for token failures.
func writeTokenError(w http.ResponseWriter, code, description string) {
	writeJSON(w, http.StatusBadRequest, cloudTokenError{Error: code, Description: description, ErrorDescription: description})
}
