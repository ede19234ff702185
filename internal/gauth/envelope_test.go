package gauth

import (
	"net/http"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

func TestEnvelopeErrors(t *testing.T) {
	const envPath = environmentsPath + "/env-1"
	tests := map[string]struct {
		status      int
		body        string
		wantStatus  int
		wantCode    string
		wantMessage string
		notFound    bool
	}{
		"code 6 on HTTP 200 is not found": {
			status: http.StatusOK, body: `{"status":{"code":6,"message":"Environment not found"}}`,
			wantStatus: http.StatusNotFound, wantCode: "6", wantMessage: "Environment not found", notFound: true,
		},
		"code 6 on HTTP 404": {
			status: http.StatusNotFound, body: `{"status":{"code":6,"message":"Environment not found"}}`,
			wantStatus: http.StatusNotFound, wantCode: "6", wantMessage: "Environment not found", notFound: true,
		},
		"other code on HTTP 200 keeps the HTTP status": {
			status: http.StatusOK, body: `{"status":{"code":3,"message":"Forbidden"}}`,
			wantStatus: http.StatusOK, wantCode: "3", wantMessage: "Forbidden",
		},
		"nested error message and detail": {
			status: http.StatusBadRequest, body: `{"status":{"code":10,"detail":{"field":"localTimeout"}},"errors":[{"status":{"code":10,"message":"value out of range"}}]}`,
			wantStatus: http.StatusBadRequest, wantCode: "10", wantMessage: `value out of range (detail: {"field":"localTimeout"})`,
		},
		"Spring error body": {
			status: http.StatusUnauthorized, body: `{"timestamp":"2024-01-01T00:00:00Z","status":401,"error":"Unauthorized","message":"Bad credentials","path":"/environment/v3/environments/env-1"}`,
			wantStatus: http.StatusUnauthorized, wantMessage: "Bad credentials",
		},
		"non-JSON body": {
			status: http.StatusForbidden, body: `<html>Forbidden by proxy</html>`,
			wantStatus: http.StatusForbidden, wantMessage: "<html>Forbidden by proxy</html>",
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			f := newFakeGAuth(t)
			f.reply("GET "+envPath, tt.status, tt.body)
			c := newTestClient(t, testConfig(f.URL))

			_, err := c.GetEnvironment(t.Context(), "env-1")
			apiErr, ok := transport.AsAPIError(err)
			if !ok {
				t.Fatalf("error = %v, want an *APIError", err)
			}
			if apiErr.StatusCode != tt.wantStatus || apiErr.Code != tt.wantCode || apiErr.Message != tt.wantMessage {
				t.Errorf("APIError = status %d code %q message %q, want %d %q %q",
					apiErr.StatusCode, apiErr.Code, apiErr.Message, tt.wantStatus, tt.wantCode, tt.wantMessage)
			}
			if apiErr.Method != http.MethodGet || apiErr.Path != envPath {
				t.Errorf("APIError names %s %s, want GET %s", apiErr.Method, apiErr.Path, envPath)
			}
			if got := transport.IsNotFound(err); got != tt.notFound {
				t.Errorf("IsNotFound = %v, want %v", got, tt.notFound)
			}
			if !strings.Contains(err.Error(), `reading GAuth environment "env-1"`) {
				t.Errorf("error %q does not say what failed", err)
			}
		})
	}
}

func TestCreateConflictIsAlreadyExists(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+environmentsPath, http.StatusConflict, `{"status":{"code":18,"message":"Environment already exists"}}`)
	c := newTestClient(t, testConfig(f.URL))

	_, err := c.CreateEnvironment(t.Context(), Environment{ID: "env-1"})
	apiErr, ok := transport.AsAPIError(err)
	if !ok {
		t.Fatalf("error = %v, want an *APIError", err)
	}
	if apiErr.StatusCode != http.StatusConflict || apiErr.Code != "18" || apiErr.Message != "Environment already exists" {
		t.Errorf("APIError = %+v, want 409, code 18 and GAuth's message", apiErr)
	}
	if !HasCode(err, CodeAlreadyExists) || HasCode(err, CodeNotFound) {
		t.Errorf("HasCode(CodeAlreadyExists) = %v, HasCode(CodeNotFound) = %v; want true, false",
			HasCode(err, CodeAlreadyExists), HasCode(err, CodeNotFound))
	}
	if n := len(f.apiRequests()); n != 1 {
		t.Errorf("the failed POST was sent %d times, want once", n)
	}
}

func TestIDFromPath(t *testing.T) {
	tests := map[string]string{
		"/environments/d0fb6386-236c-4739-aec0-b9c1bd6173df": "d0fb6386-236c-4739-aec0-b9c1bd6173df",
		"/contact-centers/ed4c03f3":                          "ed4c03f3",
		"/data-centers/dc-1/":                                "dc-1",
		"/environment/v3/environments/a%20b":                 "a b",
		"plain-id":                                           "plain-id",
		"":                                                   "",
	}
	for path, want := range tests {
		if got := idFromPath(path); got != want {
			t.Errorf("idFromPath(%q) = %q, want %q", path, got, want)
		}
	}
}
