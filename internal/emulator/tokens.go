package emulator

import (
	"crypto/rand"
	"encoding/hex"
	"time"
)

// product tells which API a token belongs to: a Genesys Cloud token is no good on GAuth and back.
type product string

const (
	productCloud product = "cloud"
	productGAuth product = "gauth"
)

// token is an issued access token.
type token struct {
	value    string
	product  product
	clientID string
	// userID is the user a Genesys Cloud user token acts for; empty for a client-credentials token.
	userID  string
	expires time.Time

	// window is the per-token rate-limit window (Genesys Cloud).
	window callWindow
	// seq numbers the tokens in the order issued, from 1: the stats name tokens by it, never by value.
	seq int
	// requests counts the authenticated API calls made with the token since the stats were reset.
	requests int
}

type tokenStore struct {
	byValue map[string]*token
	// requests counts token requests per client id at the Genesys Cloud token endpoint.
	requests map[string]tokenWindow
	// clientWindows are the rate-limit windows per OAuth client, with Options.RateLimitPerClient.
	clientWindows map[string]*callWindow
	issued        int
}

func newTokenStore() *tokenStore {
	return &tokenStore{byValue: map[string]*token{}, requests: map[string]tokenWindow{}, clientWindows: map[string]*callWindow{}}
}

// issue creates a token for a client. The caller holds Server.mu.
func (ts *tokenStore) issue(p product, clientID string, now time.Time, ttl time.Duration) *token {
	value := randomToken()
	if p == productGAuth {
		value = newUUID() // GAuth's tokens look like UUIDs (CONTRACT.md B.0)
	}
	ts.issued++
	t := &token{value: value, product: p, clientID: clientID, expires: now.Add(ttl), seq: ts.issued}
	ts.byValue[t.value] = t
	return t
}

// lookup returns a live token of the product, or nil. The caller holds Server.mu.
func (ts *tokenStore) lookup(p product, value string, now time.Time) *token {
	t := ts.byValue[value]
	if t == nil || t.product != p || !now.Before(t.expires) {
		return nil
	}
	return t
}

// expireAll makes every issued token invalid, as if each had expired early. The caller holds Server.mu.
func (ts *tokenStore) expireAll() {
	for _, t := range ts.byValue {
		t.expires = time.Time{}
	}
}

// ExpireTokens invalidates every issued token: the next API call with one answers 401.
func (s *Server) ExpireTokens() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens.expireAll()
}

// randomToken returns an opaque token; callers treat it as opaque, as they must with the real service.
func randomToken() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// newUUID returns a random RFC 4122 version 4 UUID string.
func newUUID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	h := hex.EncodeToString(b)
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}
