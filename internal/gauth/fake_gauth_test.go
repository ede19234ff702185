package gauth

import (
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport/transporttest"
)

// Credentials the fake GAuth accepts.
const (
	testOpsUser      = "ops"
	testOpsPassword  = "ops-password"
	testClientID     = "api-client"
	testClientSecret = "api-secret"
	testAccessToken  = "3f26790a-6e5b-4dc7-a139-ae78dab2a331"
)

var (
	opsAuthorization    = basicAuthorization(testOpsUser, testOpsPassword)
	bearerAuthorization = "Bearer " + testAccessToken
)

func basicAuthorization(user, password string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password))
}

// recordedRequest is one request the fake GAuth received.
type recordedRequest = transporttest.Request

// fakeGAuth is an httptest server that records every request, issues tokens at the token path
// and answers other routes with canned replies.
type fakeGAuth struct {
	*httptest.Server
	mux      *http.ServeMux
	requests transporttest.Recorder
}

func newFakeGAuth(t *testing.T) *fakeGAuth {
	t.Helper()
	f := &fakeGAuth{mux: http.NewServeMux()}
	f.mux.HandleFunc("POST "+tokenPath, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != basicAuthorization(testClientID, testClientSecret) {
			writeJSON(w, http.StatusUnauthorized, `{"error":"invalid_client","error_description":"Bad client credentials"}`)
			return
		}
		writeJSON(w, http.StatusOK, `{"access_token":"`+testAccessToken+`","token_type":"bearer","expires_in":43199,"scope":"*"}`)
	})
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeGAuth) serve(w http.ResponseWriter, r *http.Request) {
	f.requests.Record(r)
	f.mux.ServeHTTP(w, r)
}

// reply answers every request matching pattern ("METHOD /path") with status and body.
func (f *fakeGAuth) reply(pattern string, status int, body string) {
	f.mux.HandleFunc(pattern, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, status, body)
	})
}

// apiRequests returns the requests received so far, token requests excluded.
func (f *fakeGAuth) apiRequests() []recordedRequest {
	var out []recordedRequest
	for _, r := range f.requests.Requests() {
		if r.Path != tokenPath {
			out = append(out, r)
		}
	}
	return out
}

// wantRequests returns the API requests received, failing the test unless there are n.
func (f *fakeGAuth) wantRequests(t *testing.T, n int) []recordedRequest {
	t.Helper()
	requests := f.apiRequests()
	if len(requests) != n {
		t.Fatalf("got %d API requests, want %d: %+v", len(requests), n, requests)
	}
	return requests
}

// onlyRequest returns the single API request received, failing the test otherwise.
func (f *fakeGAuth) onlyRequest(t *testing.T) recordedRequest {
	t.Helper()
	return f.wantRequests(t, 1)[0]
}

func (f *fakeGAuth) requestCount() int {
	return len(f.requests.Requests())
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = io.WriteString(w, body)
}

// testConfig holds both credential pairs and millisecond retry waits.
func testConfig(url string) Config {
	return Config{
		URL:          url,
		ClientID:     testClientID,
		ClientSecret: testClientSecret,
		OpsUsername:  testOpsUser,
		OpsPassword:  testOpsPassword,
		UserAgent:    "terraform-provider-genesys/test",
		RetryMax:     1,
		RetryWaitMin: time.Millisecond,
		RetryWaitMax: 2 * time.Millisecond,
	}
}

func newTestClient(t *testing.T, cfg Config) *Client {
	t.Helper()
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// assertJSON fails unless got and want hold the same JSON value.
var assertJSON = transporttest.AssertJSON
