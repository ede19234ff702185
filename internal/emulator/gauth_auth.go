package emulator

import (
	"crypto/subtle"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// gauthRoleInternalClient is the authority an API client needs for its tokens to work on /environment/v3.
const gauthRoleInternalClient = "ROLE_INTERNAL_CLIENT"

// gauthMaxBody bounds a request body; GAuth bodies are a few hundred bytes.
const gauthMaxBody = 1 << 20

// gauthAuth says which credentials a GAuth route takes (CONTRACT.md B.0).
type gauthAuth int

const (
	// gauthAuthOps: the ops Basic credentials only (/auth/v3/ops/*).
	gauthAuthOps gauthAuth = iota
	// gauthAuthEnvironment: the ops Basic credentials, or a bearer token issued to a client
	// holding ROLE_INTERNAL_CLIENT (/environment/v3/*).
	gauthAuthEnvironment
	// gauthAuthClient: an API client's own Basic credentials (the token endpoint).
	gauthAuthClient
)

// gauthCall is an authenticated request as a GAuth handler sees it.
type gauthCall struct {
	r    *http.Request
	body []byte
	now  time.Time
	// client is the calling API client: the Basic client at the token endpoint, or the owner of
	// the bearer token on /environment/v3. It is nil for ops credentials.
	client *gauthClient
}

// gauthRoute registers a GAuth handler behind the authentication its route takes. The handler runs,
// and its reply is encoded, with Server.mu held, so a reply may refer to stored objects.
func (s *Server) gauthRoute(pattern string, auth gauthAuth, h func(gauthCall) gauthReply) {
	s.handle(pattern, func(w http.ResponseWriter, r *http.Request) {
		// Read the body before taking the lock: a slow client must not stall the others.
		body, readErr := io.ReadAll(http.MaxBytesReader(w, r.Body, gauthMaxBody))
		s.mu.Lock()
		rep := s.gauthServe(r, auth, body, readErr, h)
		payload, err := json.Marshal(rep.body)
		s.mu.Unlock()
		if err != nil {
			http.Error(w, "cannot encode response", http.StatusInternalServerError)
			return
		}
		for k, v := range rep.header {
			w.Header()[k] = v
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(rep.status)
		_, _ = w.Write(payload)
	})
}

// gauthServe authenticates the request and runs the handler. The caller holds Server.mu.
func (s *Server) gauthServe(r *http.Request, auth gauthAuth, body []byte, readErr error, h func(gauthCall) gauthReply) gauthReply {
	if readErr != nil {
		if auth == gauthAuthClient {
			return gauthOAuthFail(http.StatusBadRequest, "invalid_request", "request body cannot be read")
		}
		return gauthFail(gauthCodeMissing, "request body cannot be read: %v", readErr)
	}
	call := gauthCall{r: r, body: body, now: s.opts.Now()}
	var rep gauthReply
	var ok bool
	switch auth {
	case gauthAuthOps:
		rep, ok = s.gauthCheckOps(r)
	case gauthAuthEnvironment:
		call.client, rep, ok = s.gauthCheckEnvironment(r, call.now)
	case gauthAuthClient:
		call.client, rep, ok = s.gauthCheckClient(r)
	}
	if !ok {
		return rep
	}
	return h(call)
}

// gauthCheckOps accepts only the ops Basic credentials; a bearer token is refused there [I].
func (s *Server) gauthCheckOps(r *http.Request) (gauthReply, bool) {
	if s.gauthIsOps(r) {
		return gauthReply{}, true
	}
	msg := "ops credentials are required"
	if scheme, _, _ := strings.Cut(r.Header.Get("Authorization"), " "); strings.EqualFold(scheme, "bearer") {
		msg = "ops paths take the ops Basic credentials, not a bearer token"
	}
	return gauthUnauthenticated(`Basic realm="gauth"`, msg), false
}

// gauthCheckEnvironment accepts the ops Basic credentials or a live bearer token whose client still
// exists and holds ROLE_INTERNAL_CLIENT. It returns that client for a bearer token.
func (s *Server) gauthCheckEnvironment(r *http.Request, now time.Time) (*gauthClient, gauthReply, bool) {
	scheme, value, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	switch {
	case strings.EqualFold(scheme, "basic"):
		if s.gauthIsOps(r) {
			return nil, gauthReply{}, true
		}
		return nil, gauthUnauthenticated(`Basic realm="gauth"`, "invalid ops credentials"), false
	case strings.EqualFold(scheme, "bearer"):
		tok := s.tokens.lookup(productGAuth, strings.TrimSpace(value), now)
		if tok == nil {
			return nil, gauthUnauthenticated(`Bearer realm="gauth"`, "invalid or expired access token"), false
		}
		// Tokens are bound to a client incarnation: once the client is deleted its tokens stop working.
		client := s.gauth.clientByKey(tok.clientID)
		if client == nil {
			return nil, gauthUnauthenticated(`Bearer realm="gauth"`, "the client of this access token no longer exists"), false
		}
		if !slices.Contains(client.Authorities, gauthRoleInternalClient) {
			return nil, gauthFail(gauthCodeNoPermission, "client %s lacks the authority %s", client.ClientID, gauthRoleInternalClient), false
		}
		return client, gauthReply{}, true
	default:
		return nil, gauthUnauthenticated(`Bearer realm="gauth"`, "authentication is required"), false
	}
}

// gauthCheckClient authenticates an API client by its Basic credentials, answering Spring-OAuth errors.
func (s *Server) gauthCheckClient(r *http.Request) (*gauthClient, gauthReply, bool) {
	id, secret, ok := r.BasicAuth()
	if !ok {
		return nil, gauthOAuthUnauthorized("client authentication is required"), false
	}
	client := s.gauth.authenticateClient(id, secret)
	if client == nil && s.opts.AcceptURLEncodedCredentials {
		// RFC 6749 section 2.3.1 has clients form-encode both values before the Basic encoding, as
		// golang.org/x/oauth2 does. GAuth's documented calls use curl -u, which sends them raw,
		// and Spring Security's Basic filter of the Spring OAuth generation GAuth answers like
		// (DefaultOAuth2AccessToken) does not decode them: a real GAuth refuses the encoded form
		// of a secret with "+ / = @ :". Accepting it is a leniency.
		uid, idErr := url.QueryUnescape(id)
		usecret, secretErr := url.QueryUnescape(secret)
		if idErr == nil && secretErr == nil {
			client = s.gauth.authenticateClient(uid, usecret)
		}
	}
	if client == nil {
		return nil, gauthOAuthUnauthorized("Bad client credentials"), false
	}
	return client, gauthReply{}, true
}

// authenticateClient returns the client with that id and secret, or nil.
func (g *gauthState) authenticateClient(id, secret string) *gauthClient {
	if c := g.clients.get(id); c != nil && gauthSecretEqual(secret, c.secret) {
		return c
	}
	return nil
}

// gauthIsOps reports whether the request carries the ops Basic credentials.
func (s *Server) gauthIsOps(r *http.Request) bool {
	user, pass, ok := r.BasicAuth()
	return ok && gauthSecretEqual(user, s.opts.OpsUsername) && gauthSecretEqual(pass, s.opts.OpsPassword)
}

// gauthSecretEqual compares credentials in constant time.
func gauthSecretEqual(a, b string) bool {
	return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// gauthUnauthenticated answers 401 with status code 20 and the challenge of the route.
func gauthUnauthenticated(challenge, msg string) gauthReply {
	rep := gauthFail(gauthCodeUnauthenticated, "%s", msg)
	rep.header = http.Header{"Www-Authenticate": {challenge}}
	return rep
}
