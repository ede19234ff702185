package transport

import (
	"context"
	"net/http"
	"strings"
	"testing"
)

// TestLoggingNeverRevealsSecrets runs a token fetch and a retried call whose request and
// response carry secrets in headers, nested JSON and query strings, then searches every
// logged field for them.
func TestLoggingNeverRevealsSecrets(t *testing.T) {
	const (
		accessToken    = "at-very-secret-0001"
		bodySecret     = "body-secret-0002"
		bodyPassword   = "body-password-0003"
		responseSecret = "response-secret-0004"
		querySecret    = "query-secret-0005"
	)
	var logs recordingLogger
	tokens := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, `{"access_token":"`+accessToken+`","token_type":"bearer","expires_in":3600}`)
	})
	var calls hits
	api := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("ININ-Correlation-Id", "corr-42")
		if calls.next() == 1 {
			writeJSON(w, http.StatusServiceUnavailable, `{"message":"try again"}`)
			return
		}
		writeJSON(w, http.StatusOK, `{"id":"c1","secret":"`+responseSecret+`","roles":[{"token":"`+responseSecret+`"}]}`)
	})
	ts := NewTokenSource(TokenConfig{
		TokenURL:     tokens.URL + "/oauth/token",
		ClientID:     testClientID,
		ClientSecret: testClientSecret,
		Logger:       &logs,
	})
	c := newTestClient(t, api.URL, func(o *Options) {
		o.Auth = ts
		o.Logger = &logs
	})

	_, err := c.Do(context.Background(), Request{
		Method: http.MethodPut,
		Path:   "/api/v2/oauth/clients/c1",
		Query:  map[string][]string{"access_token": {querySecret}},
		Body: map[string]any{
			"name":          "visible",
			"client_secret": bodySecret,
			"environment":   map[string]any{"configServers": []any{map[string]any{"password": bodyPassword}}},
		},
	}, nil)
	if err != nil {
		t.Fatalf("Do: %v", err)
	}

	dump := logs.dump()
	for _, secret := range []string{accessToken, bodySecret, bodyPassword, responseSecret, querySecret, testClientSecret} {
		if strings.Contains(dump, secret) {
			t.Errorf("logs contain secret %q:\n%s", secret, dump)
		}
	}
	if !strings.Contains(dump, "visible") || !strings.Contains(dump, "grant_type=client_credentials") {
		t.Errorf("logs lost non-secret content:\n%s", dump)
	}

	// One Debug line per attempt: the token fetch, the 503, the retried 200.
	responses := logs.find("debug", "HTTP response")
	if len(responses) != 3 {
		t.Fatalf("%d Debug response lines, want 3:\n%s", len(responses), dump)
	}
	last := responses[2].fields
	if last["method"] != "PUT" || last["path"] != "/api/v2/oauth/clients/c1" || last["status"] != 200 || last["correlation_id"] != "corr-42" {
		t.Errorf("Debug fields %v, want method, path, status and correlation id of the call", last)
	}
	if _, ok := last["duration_ms"]; !ok {
		t.Errorf("Debug fields %v lack duration_ms", last)
	}
	if got := len(logs.find("debug", "HTTP retry")); got != 1 {
		t.Errorf("%d retry lines, want 1", got)
	}
	for _, e := range logs.find("trace", "HTTP request") {
		headers, _ := e.fields["headers"].(map[string]string)
		if headers["Authorization"] != redacted {
			t.Errorf("traced Authorization header = %q, want %s", headers["Authorization"], redacted)
		}
	}
}

func TestNoLoggerMeansNoLoggingTransport(t *testing.T) {
	base := &http.Client{}
	if got := withLogging(base, nil); got != base {
		t.Error("withLogging without a logger wrapped the client")
	}
	logged := withLogging(base, &recordingLogger{})
	if logged == base || base.Transport != nil {
		t.Error("withLogging modified the caller's client instead of copying it")
	}
}
