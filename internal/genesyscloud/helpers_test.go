package genesyscloud

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport/transporttest"
)

const (
	testClientID     = "test-client"
	testClientSecret = "test-secret"
	testToken        = "test-token"
)

// recordedRequest is one API call as the fake service received it.
type recordedRequest = transporttest.Request

// fakeAPI is a Genesys Cloud stand-in: it issues a token at /oauth/token, requires it on every
// other path, records each API request and lets the test answer it.
type fakeAPI struct {
	t        *testing.T
	respond  func(w http.ResponseWriter, r recordedRequest)
	requests transporttest.Recorder
}

// newFakeAPI starts a fake service and returns a Client pointed at it (API and login URL).
func newFakeAPI(t *testing.T, respond func(w http.ResponseWriter, r recordedRequest)) (*Client, *fakeAPI) {
	t.Helper()
	f := &fakeAPI{t: t, respond: respond}
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	c, err := New(Config{
		APIURL:       srv.URL,
		LoginURL:     srv.URL,
		ClientID:     testClientID,
		ClientSecret: testClientSecret,
		RetryWaitMin: time.Millisecond,
		RetryWaitMax: 2 * time.Millisecond,
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c, f
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/oauth/token" {
		if id, secret, ok := r.BasicAuth(); !ok || id != testClientID || secret != testClientSecret {
			writeJSON(w, http.StatusBadRequest, `{"error":"invalid_client","description":"authentication failed"}`)
			return
		}
		writeJSON(w, http.StatusOK, `{"access_token":"`+testToken+`","token_type":"bearer","expires_in":86400}`)
		return
	}
	if r.Header.Get("Authorization") != "Bearer "+testToken {
		writeJSON(w, http.StatusUnauthorized, `{"code":"authentication.required","message":"No authentication bearer token specified in authorization header.","status":401}`)
		return
	}
	f.respond(w, f.requests.Record(r))
}

// calls returns the API requests received so far (token requests excluded).
func (f *fakeAPI) calls() []recordedRequest {
	return f.requests.Requests()
}

// only returns the single API request received, failing the test if there was not exactly one.
func (f *fakeAPI) only() recordedRequest {
	f.t.Helper()
	calls := f.calls()
	if len(calls) != 1 {
		f.t.Fatalf("service received %d requests, want 1: %+v", len(calls), calls)
	}
	return calls[0]
}

// writeJSON answers with status and body; a string body is sent as is, anything else marshalled.
func writeJSON(w http.ResponseWriter, status int, body any) {
	raw, ok := body.(string)
	if !ok {
		b, err := json.Marshal(body)
		if err != nil {
			panic(err)
		}
		raw = string(b)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("ININ-Correlation-Id", "corr-header")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(raw))
}

// assertJSON fails unless got and want hold the same JSON value; want may be laid out freely.
var assertJSON = transporttest.AssertJSON

// assertRequest fails unless r has the method, path and query given.
func assertRequest(t *testing.T, r recordedRequest, method, path string, query url.Values) {
	t.Helper()
	if query == nil {
		query = url.Values{}
	}
	if r.Method != method || r.Path != path || !reflect.DeepEqual(r.Query, query) {
		t.Errorf("request %s %s ?%s, want %s %s ?%s", r.Method, r.Path, r.Query.Encode(), method, path, query.Encode())
	}
}
