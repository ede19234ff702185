package emulator

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// REAL-ORG-BEHAVIOUR R6: real orgs stopped sending inin-ratelimit-* in 2021; a 429 carries only
// Retry-After.
func TestCloudRateLimitAnswersRetryAfterOnly(t *testing.T) {
	a := newCloudTestAPI(t, Options{RateLimit: 2})
	for range 2 {
		r := a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
		assertNoRateHeaders(t, r)
	}
	a.clock.advance(15 * time.Second)
	r := a.call(http.MethodGet, "/api/v2/organizations/me", nil)
	r.expectError(http.StatusTooManyRequests, "too.many.requests")
	if got := r.Header.Get("Retry-After"); got != "45" {
		t.Errorf("Retry-After = %q, want the 45 s left in the window", got)
	}
	assertNoRateHeaders(t, r)
	assertNoRateHeaders(t, a.send("", http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusUnauthorized))
}

func assertNoRateHeaders(t *testing.T, r cloudTestResponse) {
	t.Helper()
	for name := range r.Header {
		if strings.HasPrefix(strings.ToLower(name), "inin-ratelimit-") {
			t.Fatalf("answer carries %s: %v", name, r.Header)
		}
	}
}

// REAL-ORG-BEHAVIOUR R6: the token endpoint has a limit of its own, answered with 400
// invalid_request "rate limit exceeded; ...", counted per client.
func TestCloudTokenEndpointRateLimit(t *testing.T) {
	a := newCloudTestAPI(t, Options{TokenRateLimit: 3})
	// The helper took one token already; two more are allowed this minute.
	a.newToken("emulator-client", "emulator-secret")
	a.newToken("emulator-client", "emulator-secret")
	var e cloudTokenError
	a.requestToken("emulator-client", "emulator-secret", "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_request" || !strings.HasPrefix(e.Description, "rate limit exceeded; ") {
		t.Fatalf("fourth token request = %+v, want invalid_request \"rate limit exceeded; ...\"", e)
	}

	// Another client has a budget of its own.
	cl := a.createClient("other")
	a.newToken(cl.ID, cl.Secret)

	// Wrong secrets count too: the limit is checked before the credentials.
	a.requestToken("emulator-client", "wrong", "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_request" {
		t.Fatalf("limited client with a wrong secret = %+v, want the rate-limit answer", e)
	}

	a.clock.advance(time.Minute)
	a.newToken("emulator-client", "emulator-secret")
}

func TestCloudTokenEndpointRateLimitDefaultsAndOff(t *testing.T) {
	if got := New(Options{}).opts.TokenRateLimit; got != DefaultTokenRateLimit {
		t.Errorf("default token rate limit = %d, want %d", got, DefaultTokenRateLimit)
	}
	a := newCloudTestAPI(t, Options{TokenRateLimit: -1})
	for range DefaultTokenRateLimit + 1 {
		a.newToken("emulator-client", "emulator-secret")
	}
}
