package emulator

import (
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"
)

var uuidPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestCloudAPIRequiresBearerToken(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	e := a.send("", http.MethodGet, "/api/v2/authorization/roles", nil).expectError(http.StatusUnauthorized, "authentication.required")
	if e.Message != "No authentication bearer token specified in authorization header." {
		t.Errorf("message = %q", e.Message)
	}
	a.send("not-a-token", http.MethodGet, "/api/v2/authorization/roles", nil).expectError(http.StatusUnauthorized, "bad.credentials")

	// Tokens of a client support disabled stop working at once.
	cl := a.createClient("soon disabled")
	tok := a.newToken(cl.ID, cl.Secret)
	a.send(tok, http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK)
	a.send("", http.MethodPut, "/__emulator/cloud/oauth-clients/"+cl.ID+"/state", map[string]any{"state": "disabled"}).expect(http.StatusNoContent)
	a.send(tok, http.MethodGet, "/api/v2/tokens/me", nil).expectError(http.StatusUnauthorized, "bad.credentials")
}

func TestCloudEveryAnswerCarriesItsOwnCorrelationID(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	seen := map[string]bool{}
	for _, r := range []cloudTestResponse{
		a.call(http.MethodGet, "/api/v2/authorization/roles", nil).expect(http.StatusOK),
		a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK),
		a.call(http.MethodDelete, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil),
		a.send("", http.MethodGet, "/api/v2/oauth/clients", nil),
	} {
		id := r.Header.Get(correlationHeader)
		if !uuidPattern.MatchString(id) || seen[id] {
			t.Fatalf("correlation id %q: want a fresh UUID per answer", id)
		}
		seen[id] = true
	}
}

func TestCloudUnknownAPIPathAnswersJSONNotFound(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.call(http.MethodGet, "/api/v2/no/such/thing", nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, "/api/v2/authorization/divisions/home", nil).expectError(http.StatusNotFound, "not.found")
}

func TestCloudRateLimitHeadersAndBudget(t *testing.T) {
	a := newCloudTestAPI(t, Options{RateLimit: 3, RateLimitHeaders: true})
	rate := func(r cloudTestResponse) [3]int {
		var out [3]int
		for i, h := range []string{"inin-ratelimit-count", "inin-ratelimit-allowed", "inin-ratelimit-reset"} {
			n, err := strconv.Atoi(r.Header.Get(h))
			if err != nil {
				t.Fatalf("%s = %q, want an integer", h, r.Header.Get(h))
			}
			out[i] = n
		}
		return out
	}
	for i := 1; i <= 3; i++ {
		r := a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
		if got, want := rate(r), [3]int{i, 3, 60}; got != want {
			t.Fatalf("request %d: count/allowed/reset = %v, want %v", i, got, want)
		}
		if r.Header.Get("Retry-After") != "" {
			t.Fatalf("request %d: Retry-After on a 200", i)
		}
	}

	a.clock.advance(20500 * time.Millisecond)
	r := a.call(http.MethodGet, "/api/v2/organizations/me", nil)
	e := r.expectError(http.StatusTooManyRequests, "too.many.requests")
	if r.Header.Get("Retry-After") != "40" || rate(r)[2] != 40 {
		t.Fatalf("Retry-After = %q, reset = %d, want 40 s to the window end", r.Header.Get("Retry-After"), rate(r)[2])
	}
	if e.Message != "Rate limit exceeded the maximum [3] requests within [60] seconds" {
		t.Errorf("message = %q", e.Message)
	}

	// Each token has its own budget, and the window restarts after 60 s.
	other := a.newToken("emulator-client", "emulator-secret")
	a.send(other, http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	a.clock.advance(40 * time.Second)
	r = a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	if got := rate(r); got != [3]int{1, 3, 60} {
		t.Fatalf("after the window: count/allowed/reset = %v, want [1 3 60]", got)
	}
}

func TestCloudRateHeadersWithoutLimit(t *testing.T) {
	a := newCloudTestAPI(t, Options{RateLimitHeaders: true})
	var r cloudTestResponse
	for range 5 {
		r = a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	}
	if r.Header.Get("inin-ratelimit-count") != "5" || r.Header.Get("inin-ratelimit-allowed") != strconv.Itoa(unlimitedRate) {
		t.Fatalf("headers = %v, want count 5 and the unlimited allowance", r.Header)
	}
	r = a.send("", http.MethodGet, "/api/v2/organizations/me", nil)
	if r.Header.Get("inin-ratelimit-count") != "0" || r.Header.Get("inin-ratelimit-reset") == "" {
		t.Fatalf("unauthenticated answer headers = %v, want the rate headers too", r.Header)
	}
}
