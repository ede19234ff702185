package transport

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestNewValidatesBaseURL(t *testing.T) {
	cases := []struct {
		url string
		ok  bool
	}{
		{"https://api.mypurecloud.com", true},
		{"https://gauth.example.com/prefix/", true},
		{"http://127.0.0.1:8080", true},
		{"http://127.0.0.2", true},
		{"http://localhost:8080", true},
		{"http://api.localhost:8080", true},
		{"http://[::1]:8080", true},
		{"http://api.mypurecloud.com", false},
		{"http://10.0.0.1", false},
		{"http://localhost.example.com", false},
		{"ftp://127.0.0.1", false},
		{"api.mypurecloud.com", false},
		{"", false},
	}
	for _, tc := range cases {
		t.Run(tc.url, func(t *testing.T) {
			_, err := New(Options{BaseURL: tc.url})
			if (err == nil) != tc.ok {
				t.Errorf("New(%q) error = %v, want ok=%v", tc.url, err, tc.ok)
			}
		})
	}
}

func TestNewRefusesPlainHTTPWithAnExplanation(t *testing.T) {
	_, err := New(Options{BaseURL: "http://api.mypurecloud.com"})
	if err == nil || !strings.Contains(err.Error(), "https") || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("err = %v, want it to say https is required and http only to loopback", err)
	}
}

func TestDoSendsRequestAsSpecified(t *testing.T) {
	type seen struct {
		method, uri, ua, accept, contentType, body string
	}
	var got []seen
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got = append(got, seen{r.Method, r.RequestURI, r.UserAgent(), r.Header.Get("Accept"), r.Header.Get("Content-Type"), string(b)})
		writeJSON(w, http.StatusOK, `{}`)
	})
	c := newTestClient(t, srv.URL+"/base/", nil)
	ctx := context.Background()

	if _, err := c.Do(ctx, Request{
		Method: http.MethodGet,
		Path:   "/api/v2/roles/" + url.PathEscape("a/b c"),
		Query:  url.Values{"id": {"1", "2"}, "name": {"x y"}},
	}, nil); err != nil {
		t.Fatalf("GET: %v", err)
	}
	if _, err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/api/v2/roles", Body: map[string][]string{"permissions": {}}}, nil); err != nil {
		t.Fatalf("POST: %v", err)
	}

	want := []seen{
		{"GET", "/base/api/v2/roles/a%2Fb%20c?id=1&id=2&name=x+y", "transport-test/1.0", "application/json", "", ""},
		{"POST", "/base/api/v2/roles", "transport-test/1.0", "application/json", "application/json", `{"permissions":[]}`},
	}
	if len(got) != len(want) {
		t.Fatalf("server saw %d requests, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("request %d:\n got %+v\nwant %+v", i+1, got[i], want[i])
		}
	}
}

func TestDoDecodesSuccessBodies(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/empty":
			w.WriteHeader(http.StatusNoContent)
		case "/bad":
			writeJSON(w, http.StatusOK, `{not json`)
		default:
			w.Header().Set("ININ-Correlation-Id", "corr-1")
			writeJSON(w, http.StatusOK, `{"name":"n"}`)
		}
	})
	c := newTestClient(t, srv.URL, nil)
	ctx := context.Background()

	var out struct{ Name string }
	resp, err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/thing"}, &out)
	if err != nil || out.Name != "n" || resp.StatusCode != 200 || resp.CorrelationID != "corr-1" {
		t.Errorf("Do = %+v, %v, out %+v; want 200 with correlation id corr-1 and name n", resp, err, out)
	}
	if _, err := c.Do(ctx, Request{Method: http.MethodDelete, Path: "/empty"}, &out); err != nil {
		t.Errorf("empty 204 body: %v", err)
	}
	if _, err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/thing"}, nil); err != nil {
		t.Errorf("nil out: %v", err)
	}
	if _, err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/bad"}, &out); err == nil || !strings.Contains(err.Error(), "decoding response") {
		t.Errorf("malformed body: err = %v, want a decoding error", err)
	}
}

func TestDoTurnsFailuresIntoAPIErrors(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ININ-Correlation-Id", "hdr-corr")
		switch r.URL.Path {
		case "/generic":
			w.WriteHeader(http.StatusNotFound)
			_, _ = w.Write([]byte("  no such thing \n"))
		default:
			writeJSON(w, http.StatusNotFound, `{"code":"not.found","message":"The requested resource was not found.","contextId":"body-corr"}`)
		}
	})
	decoder := func(_ *http.Response, body []byte) *APIError {
		var b struct{ Code, Message, ContextID string }
		if err := json.Unmarshal(body, &b); err != nil {
			t.Errorf("decoder got undecodable body %q", body)
		}
		return &APIError{Code: b.Code, Message: b.Message, CorrelationID: b.ContextID}
	}

	t.Run("generic decoder", func(t *testing.T) {
		c := newTestClient(t, srv.URL, nil)
		resp, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/generic"}, nil)
		want := "GET /generic: 404: no such thing (correlation id hdr-corr)"
		if err == nil || err.Error() != want {
			t.Errorf("err = %v, want %q", err, want)
		}
		if !IsNotFound(err) {
			t.Error("IsNotFound = false, want true")
		}
		if resp == nil || resp.StatusCode != http.StatusNotFound {
			t.Errorf("resp = %+v, want the 404 response alongside the error", resp)
		}
	})
	t.Run("product decoder", func(t *testing.T) {
		c := newTestClient(t, srv.URL, func(o *Options) { o.DecodeError = decoder })
		_, err := c.Do(context.Background(), Request{Method: http.MethodDelete, Path: "/api/v2/roles/x", Query: url.Values{"q": {"1"}}}, nil)
		want := "DELETE /api/v2/roles/x: 404 not.found: The requested resource was not found. (correlation id body-corr)"
		if err == nil || err.Error() != want {
			t.Errorf("err = %v, want %q", err, want)
		}
		wrapped := errors.Join(errors.New("context"), err)
		if apiErr, ok := AsAPIError(wrapped); !ok || apiErr.Code != "not.found" || apiErr.Method != "DELETE" {
			t.Errorf("AsAPIError(wrapped) = %+v, %v", apiErr, ok)
		}
	})
}

func TestIsNotFoundOnlyFor404(t *testing.T) {
	if IsNotFound(&APIError{StatusCode: 400}) || IsNotFound(errors.New("404")) || IsNotFound(nil) {
		t.Error("IsNotFound true for something that is not a 404 APIError")
	}
}

func TestDoRenewsCredentialsOnceOn401(t *testing.T) {
	cases := []struct {
		name      string
		accept    string // the bearer token the API accepts; "" = none
		wantErr   bool
		wantCalls int
		wantFetch int
	}{
		{"expired token is replaced", "token-2", false, 2, 2},
		{"second 401 is returned", "", true, 2, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var fetches, calls hits
			tokens := tokenServer(t, &fetches, 3600)
			api := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				calls.next()
				if tc.accept == "" || r.Header.Get("Authorization") != "Bearer "+tc.accept {
					writeJSON(w, http.StatusUnauthorized, `{"code":"bad.credentials"}`)
					return
				}
				writeJSON(w, http.StatusOK, `{}`)
			})
			ts := NewTokenSource(TokenConfig{TokenURL: tokens.URL + "/oauth/token", ClientID: testClientID, ClientSecret: testClientSecret})
			c := newTestClient(t, api.URL, func(o *Options) { o.Auth = ts })

			_, err := c.Do(context.Background(), Request{Method: http.MethodPost, Path: "/things", Body: struct{}{}}, nil)

			if tc.wantErr {
				if apiErr, ok := AsAPIError(err); !ok || apiErr.StatusCode != http.StatusUnauthorized {
					t.Errorf("err = %v, want the second 401", err)
				}
			} else if err != nil {
				t.Errorf("Do: %v", err)
			}
			if calls.count() != tc.wantCalls || fetches.count() != tc.wantFetch {
				t.Errorf("API calls %d, token fetches %d; want %d and %d", calls.count(), fetches.count(), tc.wantCalls, tc.wantFetch)
			}
		})
	}
}

func TestDoDoesNotResendOn401WithBasicCredentials(t *testing.T) {
	var calls hits
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		calls.next()
		if user, pass, ok := r.BasicAuth(); !ok || user != "ops" || pass != "wrong" {
			t.Errorf("Basic credentials = %q/%q (%v), want ops/wrong", user, pass, ok)
		}
		writeJSON(w, http.StatusUnauthorized, `{}`)
	})
	c := newTestClient(t, srv.URL, func(o *Options) { o.Auth = NewBasic("ops", "wrong") })

	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/auth/v3/ops/clients"}, nil)

	if apiErr, ok := AsAPIError(err); !ok || apiErr.StatusCode != http.StatusUnauthorized {
		t.Errorf("err = %v, want a 401 APIError", err)
	}
	if calls.count() != 1 {
		t.Errorf("server received %d requests, want 1", calls.count())
	}
}
