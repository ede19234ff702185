package emulator

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"
)

func (a *cloudTestAPI) setFaults(rules ...FaultRule) {
	a.t.Helper()
	if err := a.em.SetFaults(FaultPlan{Seed: 42, Rules: rules}); err != nil {
		a.t.Fatalf("SetFaults: %v", err)
	}
}

// sendFresh sends a request on a connection of its own, so a dropped connection is not retried
// transparently by the transport, and returns the transport error.
func (a *cloudTestAPI) sendFresh(method, path, body string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(a.t.Context(), method, a.url+path, strings.NewReader(body))
	if err != nil {
		a.t.Fatalf("new request: %v", err)
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 5 * time.Second}
	resp, err := client.Do(req)
	if err == nil {
		_ = resp.Body.Close()
	}
	return resp, err
}

const roleRoute = "/api/v2/authorization/roles/{roleId}"

func TestFaultStatusHonoursRouteCountAndRetryAfter(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Method: "get", Route: roleRoute, Kind: FaultStatus, Status: 429, RetryAfter: 1, Count: 2})

	a.call(http.MethodGet, "/api/v2/authorization/roles", nil).expect(http.StatusOK)
	for range 2 {
		r := a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil)
		r.expectError(http.StatusTooManyRequests, "too.many.requests")
		if r.Header.Get("Retry-After") != "1" {
			t.Fatalf("Retry-After = %q, want 1", r.Header.Get("Retry-After"))
		}
	}
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK)
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, map[string]any{"name": "Employee"}).expect(http.StatusOK)

	st := a.em.Stats()
	if got := st.CountStatus(429); got != 2 {
		t.Errorf("429s counted = %d, want 2", got)
	}
	if got := st.Count(http.MethodGet, roleRoute); got != 3 {
		t.Errorf("GET %s counted = %d, want 3", roleRoute, got)
	}
}

func TestFaultFractionReplaysFromTheSeed(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Route: "/api/v2/organizations/me", Kind: FaultStatus, Status: 503, Fraction: 0.3})
	run := func() string {
		var pattern strings.Builder
		for range 40 {
			if a.call(http.MethodGet, "/api/v2/organizations/me", nil).Status == http.StatusServiceUnavailable {
				pattern.WriteByte('x')
			} else {
				pattern.WriteByte('.')
			}
		}
		return pattern.String()
	}
	first := run()
	if n := strings.Count(first, "x"); n == 0 || n == 40 {
		t.Fatalf("pattern %s: a fraction of 0.3 should hit some requests, not all", first)
	}
	a.em.Reset()
	a.token = a.newToken("emulator-client", "emulator-secret")
	if second := run(); second != first {
		t.Fatalf("after Reset the faults did not replay:\n%s\n%s", first, second)
	}
}

func TestFaultLatencyDelaysThenServes(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(
		FaultRule{Route: "/api/v2/organizations/me", Kind: FaultLatency, Latency: 50 * time.Millisecond},
		FaultRule{Route: "/api/v2/organizations/me", Kind: FaultStatus, Status: 502, Count: 1},
	)
	start := time.Now()
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expectError(http.StatusBadGateway, "bad.gateway")
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	if elapsed := time.Since(start); elapsed < 100*time.Millisecond {
		t.Fatalf("two delayed requests took %v, want at least 100ms", elapsed)
	}
}

func TestFaultDropClosesTheConnection(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Kind: FaultDrop, Count: 1})
	if resp, err := a.sendFresh(http.MethodGet, "/api/v2/organizations/me", ""); err == nil {
		_ = resp.Body.Close()
		t.Fatalf("dropped request answered %d", resp.StatusCode)
	}
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
	if got := a.em.Stats().CountStatus(0); got != 1 {
		t.Errorf("dropped connections counted = %d, want 1 as status 0", got)
	}
}

func TestFaultCommitThenFailStoresTheObject(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Method: "POST", Kind: FaultCommitThenFail, Count: 1})
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Committed"}).
		expectError(http.StatusInternalServerError, "internal.server.error")
	a.settle()
	if l := listRoles(t, a, "name=committed"); l.Total != 1 {
		t.Fatalf("roles named Committed = %d, want the one the failed POST stored", l.Total)
	}
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Committed"}).expectError(http.StatusBadRequest, "bad.request")
}

func TestFaultCommitThenDropStoresTheObject(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Method: "POST", Route: "/api/v2/oauth/*", Kind: FaultCommitThenDrop, Count: 1})
	body := `{"name":"dropped","authorizedGrantType":"CLIENT-CREDENTIALS","roleIds":["` + CloudEmployeeRoleID + `"]}`
	if resp, err := a.sendFresh(http.MethodPost, "/api/v2/oauth/clients", body); err == nil {
		_ = resp.Body.Close()
		t.Fatalf("dropped request answered %d", resp.StatusCode)
	}
	a.settle()
	var l listing[oauthClient]
	a.call(http.MethodGet, "/api/v2/oauth/clients", nil).expect(http.StatusOK).decode(&l)
	if l.Total != 2 {
		t.Fatalf("clients = %d, want the bootstrap client and the one the dropped POST stored", l.Total)
	}
}

func TestFaultCommitThenLatencyStoresThenHoldsTheAnswer(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Method: "POST", Route: "/api/v2/authorization/roles", Kind: FaultCommitThenLatency, Latency: 300 * time.Millisecond})

	// A client that waits gets the handler's own answer, late.
	start := time.Now()
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Slow answer"}).expect(http.StatusOK)
	if elapsed := time.Since(start); elapsed < 300*time.Millisecond {
		t.Fatalf("the answer came after %v, want at least 300ms", elapsed)
	}

	// A client that gives up first has stored the role all the same.
	ctx, cancel := context.WithTimeout(a.t.Context(), 50*time.Millisecond)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url+"/api/v2/authorization/roles", strings.NewReader(`{"name":"Given up"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+a.token)
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		_ = resp.Body.Close()
		t.Fatalf("the client that gave up got an answer: %d", resp.StatusCode)
	}
	a.settle()
	if l := listRoles(t, a, "name=given"); l.Total != 1 {
		t.Fatalf("roles named Given up = %d, want the one stored before the client gave up", l.Total)
	}
}

func TestFaultExpireTokens(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Kind: FaultExpireTokens, Count: 1})
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expectError(http.StatusUnauthorized, "bad.credentials")
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expectError(http.StatusUnauthorized, "bad.credentials")
	a.token = a.newToken("emulator-client", "emulator-secret")
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)
}

func TestFaultNotFoundAfterCreate(t *testing.T) {
	// The fault on its own, without the consistency delay that hides new objects anyway.
	a := newCloudTestAPI(t, Options{ConsistencyDelay: ConsistencyOff})
	a.setFaults(FaultRule{Kind: FaultNotFoundAfterCreate, Window: 2 * time.Second})
	r := a.createRole("Eventually")
	cl := a.createClient("eventually")
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodGet, "/api/v2/oauth/clients/"+cl.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK)
	a.call(http.MethodGet, "/api/v2/oauth/clients/emulator-client", nil).expect(http.StatusOK)

	a.clock.advance(2 * time.Second)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expect(http.StatusOK)
	a.call(http.MethodGet, "/api/v2/oauth/clients/"+cl.ID, nil).expect(http.StatusOK)

	a.setFaults(FaultRule{Kind: FaultNotFoundAfterCreate, Window: time.Minute, Count: 1})
	fresh := a.createRole("Hidden once")
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+fresh.ID, nil).expect(http.StatusNotFound)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+fresh.ID, nil).expect(http.StatusOK)
}

func TestFaultsSpareAdminAndTokenPathsUnlessNamed(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.setFaults(FaultRule{Kind: FaultStatus, Status: 503})
	a.requestToken("emulator-client", "emulator-secret", "client_credentials").expect(http.StatusOK)
	a.call(http.MethodGet, "/__emulator/stats", nil).expect(http.StatusOK)
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expectError(http.StatusServiceUnavailable, "service.unavailable")

	a.setFaults(FaultRule{Route: "/oauth/token", Kind: FaultStatus, Status: 503})
	a.requestToken("emulator-client", "emulator-secret", "client_credentials").expect(http.StatusServiceUnavailable)
	a.call(http.MethodGet, "/api/v2/organizations/me", nil).expect(http.StatusOK)

	// GAuth paths answer a fault in the GAuth envelope.
	a.setFaults(FaultRule{Route: "/environment/v3/*", Kind: FaultStatus, Status: 503})
	var env struct {
		Status struct {
			Code int `json:"code"`
		} `json:"status"`
	}
	a.call(http.MethodGet, "/environment/v3/environments", nil).expect(http.StatusServiceUnavailable).decode(&env)
	if env.Status.Code != 4 {
		t.Errorf("GAuth fault status.code = %d, want 4", env.Status.Code)
	}
}

const examplePlan = `{"seed": 42, "rules": [
  {"method": "GET", "route": "/api/v2/authorization/roles/{roleId}", "kind": "status", "status": 429, "retryAfter": 1, "count": 2},
  {"kind": "status", "status": 503, "fraction": 0.2},
  {"kind": "latency", "latency": "200ms", "fraction": 0.1},
  {"kind": "drop", "count": 1},
  {"method": "POST", "kind": "commit-then-fail", "status": 500, "count": 1},
  {"method": "POST", "kind": "commit-then-drop", "count": 1},
  {"kind": "expire-tokens", "count": 1},
  {"kind": "not-found-after-create", "window": "2s"}]}`

func TestFaultPlanThroughTheAdminPath(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.send("", http.MethodPut, "/__emulator/faults", examplePlan).expect(http.StatusNoContent)
	var got FaultPlan
	a.send("", http.MethodGet, "/__emulator/faults", nil).expect(http.StatusOK).decode(&got)
	if len(got.Rules) != 8 || got.Seed != 42 || got.Rules[2].Latency != 200*time.Millisecond || got.Rules[7].Window != 2*time.Second ||
		got.Rules[0] != (FaultRule{Method: "GET", Route: roleRoute, Kind: FaultStatus, Status: 429, RetryAfter: 1, Count: 2}) {
		t.Fatalf("plan read back = %+v", got)
	}
	if !reflect.DeepEqual(a.em.Faults(), got) {
		t.Fatalf("Faults() = %+v, want the plan read back", a.em.Faults())
	}

	for _, bad := range []string{
		`{"rules":[{"kind":"explode"}]}`,
		`{"rules":[{"kind":"status"}]}`,
		`{"rules":[{"kind":"latency","latency":"soon"}]}`,
		`{"rules":[{"kind":"status","status":503,"fraction":1.5}]}`,
		`{"rules":[{"kind":"not-found-after-create","window":"1s","route":"/api/v2/oauth/clients/{clientId}"}]}`,
		`not json`,
	} {
		a.send("", http.MethodPut, "/__emulator/faults", bad).expect(http.StatusBadRequest)
	}
	if len(a.em.Faults().Rules) != 8 {
		t.Fatalf("a refused plan replaced the plan in force")
	}

	a.send("", http.MethodDelete, "/__emulator/faults", nil).expect(http.StatusNoContent)
	if len(a.em.Faults().Rules) != 0 {
		t.Fatalf("DELETE left %d rules", len(a.em.Faults().Rules))
	}
	a.send("", http.MethodPut, "/__emulator/faults", examplePlan).expect(http.StatusNoContent)
	a.send("", http.MethodPut, "/__emulator/faults", `{"rules":[]}`).expect(http.StatusNoContent)
	if len(a.em.Faults().Rules) != 0 {
		t.Fatalf("an empty plan left %d rules", len(a.em.Faults().Rules))
	}
}

func TestFaultRuleJSONRoundTrip(t *testing.T) {
	in := FaultRule{Kind: FaultLatency, Latency: 1500 * time.Millisecond, Fraction: 0.5}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"latency":"1.5s"`) || strings.Contains(string(b), "window") {
		t.Fatalf("JSON = %s", b)
	}
	var out FaultRule
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip = %+v, %v; want %+v", out, err, in)
	}
}
