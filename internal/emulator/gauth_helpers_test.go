package emulator

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// gauthTestAPI is an emulator behind a loopback HTTP server, with helpers to call its GAuth routes.
type gauthTestAPI struct {
	t    *testing.T
	srv  *Server
	url  string
	opts Options
}

func newGAuthTestAPI(t *testing.T, opts Options) *gauthTestAPI {
	t.Helper()
	srv := New(opts)
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	return &gauthTestAPI{t: t, srv: srv, url: hs.URL, opts: srv.opts}
}

// gauthTestAuth sets the credentials of a request; nil sends none.
type gauthTestAuth func(*http.Request)

func gauthBasic(user, pass string) gauthTestAuth {
	return func(r *http.Request) { r.SetBasicAuth(user, pass) }
}

func gauthBearer(token string) gauthTestAuth {
	return func(r *http.Request) { r.Header.Set("Authorization", "Bearer "+token) }
}

func (a *gauthTestAPI) ops() gauthTestAuth { return gauthBasic(a.opts.OpsUsername, a.opts.OpsPassword) }

// gauthTestResponse is a GAuth response: the HTTP status, the raw body and its envelope.
type gauthTestResponse struct {
	HTTPStatus int
	Header     http.Header
	Raw        string
	Status     struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"status"`
	Path string          `json:"path"`
	Data json.RawMessage `json:"data"`
}

// do sends a request and returns the HTTP status, headers and body.
func (a *gauthTestAPI) do(method, path string, auth gauthTestAuth, contentType, body string) (int, http.Header, string) {
	a.t.Helper()
	req, err := http.NewRequestWithContext(a.t.Context(), method, a.url+path, strings.NewReader(body))
	if err != nil {
		a.t.Fatalf("new request: %v", err)
	}
	if body != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if auth != nil {
		auth(req)
	}
	status, header, raw := roundTrip(a.t, &http.Client{Timeout: 5 * time.Second}, req)
	return status, header, string(raw)
}

// call sends a JSON request to a GAuth route and decodes the envelope every answer must carry.
func (a *gauthTestAPI) call(method, path string, auth gauthTestAuth, body string) gauthTestResponse {
	a.t.Helper()
	var r gauthTestResponse
	r.HTTPStatus, r.Header, r.Raw = a.do(method, path, auth, "application/json", body)
	if err := json.Unmarshal([]byte(r.Raw), &r); err != nil {
		a.t.Fatalf("%s %s: answer is not a JSON envelope (%v): %s", method, path, err, r.Raw)
	}
	if !strings.Contains(r.Raw, `"status":{"code":`) {
		a.t.Fatalf("%s %s: answer has no status.code: %s", method, path, r.Raw)
	}
	return r
}

// expect fails the test unless the answer has that HTTP status and status.code.
func (r gauthTestResponse) expect(t *testing.T, httpStatus, code int) {
	t.Helper()
	if r.HTTPStatus != httpStatus || r.Status.Code != code {
		t.Fatalf("got HTTP %d code %d, want HTTP %d code %d: %s", r.HTTPStatus, r.Status.Code, httpStatus, code, r.Raw)
	}
}

// data decodes the envelope's data into v.
func (r gauthTestResponse) data(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode data: %v: %s", err, r.Raw)
	}
}

// gauthRead GETs path with ops credentials and returns the answer's data as a T, failing the test
// unless the answer is HTTP 200 with code 0.
func gauthRead[T any](a *gauthTestAPI, path string) T {
	a.t.Helper()
	r := a.call(http.MethodGet, path, a.ops(), "")
	r.expect(a.t, http.StatusOK, 0)
	var v T
	r.data(a.t, &v)
	return v
}

// token asks the token endpoint with Basic client credentials; it returns the HTTP status and the JSON body.
func (a *gauthTestAPI) token(clientID, secret string, form url.Values) (int, map[string]any) {
	a.t.Helper()
	status, _, raw := a.do(http.MethodPost, "/auth/v3/oauth/token", gauthBasic(clientID, secret),
		"application/x-www-form-urlencoded", form.Encode())
	var body map[string]any
	if err := json.Unmarshal([]byte(raw), &body); err != nil {
		a.t.Fatalf("token answer is not JSON (%v): %s", err, raw)
	}
	return status, body
}

// clientToken returns a client-credentials access token of a client.
func (a *gauthTestAPI) clientToken(clientID, secret string) string {
	a.t.Helper()
	status, body := a.token(clientID, secret, url.Values{"grant_type": {"client_credentials"}})
	tok, _ := body["access_token"].(string)
	if status != http.StatusOK || tok == "" {
		a.t.Fatalf("client_credentials token for %s: HTTP %d %v", clientID, status, body)
	}
	return tok
}

// gauthTestEnvironment is the seed's environment with the given id ("" lets the server choose).
func gauthTestEnvironment(id string) string {
	idField := ""
	if id != "" {
		idField = fmt.Sprintf(`"id":%q,`, id)
	}
	return `{"data":{` + idField + `"username":"default","password":"password","connectionProtocol":"addp",
		"remoteTimeout":7,"appName":"Cloud","traceMode":"CFGTMBoth","tlsEnabled":false,
		"configServers":[{"primaryPort":2020,"readOnly":false,"primaryAddress":"172.24.132.84","locations":"/USW1"}],
		"localTimeout":5,"tenant":"Environment"}}`
}

// idFromPath returns the id of a create answer's path, checking the collection it names.
func idFromPath(t *testing.T, r gauthTestResponse, collection string) string {
	t.Helper()
	id, ok := strings.CutPrefix(r.Path, "/"+collection+"/")
	if !ok || id == "" || strings.Contains(id, "/") {
		t.Fatalf("path %q is not /%s/<id>: %s", r.Path, collection, r.Raw)
	}
	return id
}

// createEnvironment stores the seed's environment with ops credentials and returns its id.
func (a *gauthTestAPI) createEnvironment() string {
	a.t.Helper()
	r := a.call(http.MethodPost, "/environment/v3/environments", a.ops(), gauthTestEnvironment(""))
	r.expect(a.t, http.StatusOK, 0)
	return idFromPath(a.t, r, "environments")
}

// createContactCenter stores a contact center of the environment with one domain and returns its id.
func (a *gauthTestAPI) createContactCenter(envID, domain string) string {
	a.t.Helper()
	body := fmt.Sprintf(`{"data":{"domains":[%q],"environmentId":%q,"auth":"configServer"}}`, domain, envID)
	r := a.call(http.MethodPost, "/environment/v3/contact-centers", a.ops(), body)
	r.expect(a.t, http.StatusOK, 0)
	return idFromPath(a.t, r, "contact-centers")
}
