package emulator

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// cloudTestAPI is an emulator behind a loopback HTTP server with a fake clock and a token of the
// bootstrap client. Unless opts names other roles, the bootstrap client also holds Employee, the
// role createClient grants, so the role-holding rule lets it.
type cloudTestAPI struct {
	t     *testing.T
	em    *Server
	url   string
	clock *testClock
	token string
}

func newCloudTestAPI(t *testing.T, opts Options) *cloudTestAPI {
	t.Helper()
	clock := newTestClock()
	opts.Now = clock.now
	if opts.CloudClientRoles == nil {
		opts.CloudClientRoles = []string{"Employee"}
	}
	em := New(opts)
	hs := httptest.NewServer(em)
	t.Cleanup(hs.Close)
	a := &cloudTestAPI{t: t, em: em, url: hs.URL, clock: clock}
	a.token = a.newToken(em.opts.CloudClientID, em.opts.CloudClientSecret)
	return a
}

// on returns the API reporting failures to t, for use inside subtests.
func (a *cloudTestAPI) on(t *testing.T) *cloudTestAPI {
	c := *a
	c.t = t
	return &c
}

// cloudTestResponse is an answer: status, headers and raw body.
type cloudTestResponse struct {
	t      *testing.T
	Status int
	Header http.Header
	Raw    []byte
}

// send makes a request with optional bearer token and JSON body (a string is sent as is).
func (a *cloudTestAPI) send(token, method, path string, body any) cloudTestResponse {
	a.t.Helper()
	var in io.Reader = http.NoBody
	switch b := body.(type) {
	case nil:
	case string:
		in = strings.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			a.t.Fatalf("encode body: %v", err)
		}
		in = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(a.t.Context(), method, a.url+path, in)
	if err != nil {
		a.t.Fatalf("new request: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	return a.roundTrip(req)
}

// call makes a request with the bootstrap client's token.
func (a *cloudTestAPI) call(method, path string, body any) cloudTestResponse {
	a.t.Helper()
	return a.send(a.token, method, path, body)
}

func (a *cloudTestAPI) roundTrip(req *http.Request) cloudTestResponse {
	a.t.Helper()
	status, header, raw := roundTrip(a.t, http.DefaultClient, req)
	return cloudTestResponse{t: a.t, Status: status, Header: header, Raw: raw}
}

// requestToken posts a client-credentials token request with Basic client authentication.
func (a *cloudTestAPI) requestToken(id, secret, grant string) cloudTestResponse {
	a.t.Helper()
	form := url.Values{}
	if grant != "" {
		form.Set("grant_type", grant)
	}
	req, err := http.NewRequestWithContext(a.t.Context(), http.MethodPost, a.url+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		a.t.Fatalf("new request: %v", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if id != "" || secret != "" {
		req.SetBasicAuth(id, secret)
	}
	return a.roundTrip(req)
}

// newToken returns a fresh access token of a client, failing the test when none is issued.
func (a *cloudTestAPI) newToken(id, secret string) string {
	a.t.Helper()
	var tok cloudTokenResponse
	a.requestToken(id, secret, "client_credentials").expect(http.StatusOK).decode(&tok)
	return tok.AccessToken
}

// expect fails the test unless the answer has the status.
func (r cloudTestResponse) expect(status int) cloudTestResponse {
	r.t.Helper()
	if r.Status != status {
		r.t.Fatalf("status = %d, want %d; body: %s", r.Status, status, r.Raw)
	}
	return r
}

// expectError fails the test unless the answer is an ErrorBody with that status and code whose
// contextId is the correlation id header.
func (r cloudTestResponse) expectError(status int, code string) errorBody {
	r.t.Helper()
	r.expect(status)
	var e errorBody
	r.decode(&e)
	if e.Code != code || e.Status != status {
		r.t.Fatalf("error = %s/%d, want %s/%d; body: %s", e.Code, e.Status, code, status, r.Raw)
	}
	if id := r.Header.Get(correlationHeader); id == "" || e.ContextID != id {
		r.t.Fatalf("contextId = %q, correlation header = %q; want the same non-empty id", e.ContextID, id)
	}
	return e
}

func (r cloudTestResponse) decode(v any) {
	r.t.Helper()
	if err := json.Unmarshal(r.Raw, v); err != nil {
		r.t.Fatalf("decode %s: %v", r.Raw, err)
	}
}

// settle moves the clock past the consistency delay, so that every change made so far shows.
func (a *cloudTestAPI) settle() { a.clock.advance(max(a.em.opts.ConsistencyDelay, 0)) }

// createRole creates a role by name and returns it once it shows in reads.
func (a *cloudTestAPI) createRole(name string) role {
	a.t.Helper()
	var r role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": name}).expect(http.StatusOK).decode(&r)
	a.settle()
	return r
}

// grantToBootstrap grants roles to the bootstrap client, as an administrator would before a
// client-credentials caller grants them on.
func (a *cloudTestAPI) grantToBootstrap(roleIDs ...string) {
	a.t.Helper()
	if err := a.em.GrantClientRoles("", roleIDs...); err != nil {
		a.t.Fatal(err)
	}
}

// createClient creates a CLIENT-CREDENTIALS client holding Employee and returns it with its secret
// once it shows in reads.
func (a *cloudTestAPI) createClient(name string) oauthClientWithSecret {
	a.t.Helper()
	var cl oauthClientWithSecret
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": name, "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleDivisions": []roleDivision{{RoleID: CloudEmployeeRoleID, DivisionID: CloudHomeDivisionID}},
	}).expect(http.StatusOK).decode(&cl)
	a.settle()
	return cl
}
