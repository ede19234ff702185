package emulator

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// REAL-ORG-BEHAVIOUR R6: the limit is per client-credentials token, so a second token of the
// same OAuth client has a budget of its own.
func TestCloudRateLimitIsPerToken(t *testing.T) {
	a := newCloudTestAPI(t, Options{RateLimit: 2})
	second := a.newToken("emulator-client", "emulator-secret")
	for range 2 {
		a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	}
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expectError(http.StatusTooManyRequests, "too.many.requests")
	for range 2 {
		a.send(second, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	}
}

// Options.RateLimitPerClient: every token of one OAuth client draws on one budget; another
// client's tokens keep their own.
func TestCloudRateLimitPerClient(t *testing.T) {
	a := newCloudTestAPI(t, Options{RateLimit: 2, RateLimitPerClient: true})
	second := a.newToken("emulator-client", "emulator-secret")
	other := a.createClient("other")
	otherToken := a.newToken(other.ID, other.Secret)
	// A fresh window, after the calls of createClient.
	a.clock.advance(time.Minute)
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	a.send(second, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	r := a.send(second, http.MethodGet, "/api/v2/organizations/me", nil)
	r.expectError(http.StatusTooManyRequests, "too.many.requests")
	if r.Header.Get("Retry-After") != "60" {
		t.Errorf("Retry-After = %q, want the 60 s left in the client's window", r.Header.Get("Retry-After"))
	}
	a.send(otherToken, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	a.clock.advance(time.Minute)
	a.send(second, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
}

// The stats count API calls per token, named by issue order and never by value.
func TestStatsCountRequestsPerToken(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	second := a.newToken("emulator-client", "emulator-secret")
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	for range 3 {
		a.send(second, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	}
	r := a.send("", http.MethodGet, "/__emulator/stats", nil).expect(http.StatusOK)
	if strings.Contains(string(r.Raw), a.token) || strings.Contains(string(r.Raw), second) {
		t.Fatalf("stats show a token's value: %s", r.Raw)
	}
	var st Stats
	if err := json.Unmarshal(r.Raw, &st); err != nil {
		t.Fatal(err)
	}
	want := []TokenCount{{Token: 1, ClientID: "emulator-client", Requests: 1}, {Token: 2, ClientID: "emulator-client", Requests: 3}}
	if len(st.Tokens) != 2 || st.Tokens[0] != want[0] || st.Tokens[1] != want[1] {
		t.Errorf("tokens = %+v, want %+v", st.Tokens, want)
	}
	a.em.ResetStats()
	if got := a.em.Stats().Tokens; len(got) != 0 {
		t.Errorf("after a reset of the stats: tokens = %+v, want none", got)
	}
}
