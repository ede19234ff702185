package transport

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	testClientID     = "client-id"
	testClientSecret = "s3cr3t-value-never-logged"
)

// tokenServer is a client-credentials token endpoint at /oauth/token issuing "token-1",
// "token-2", ... valid for expiresIn seconds. It checks the request the way Genesys does.
func tokenServer(t *testing.T, fetches *hits, expiresIn int) *httptest.Server {
	t.Helper()
	return newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := fetches.next()
		user, pass, ok := r.BasicAuth()
		if r.Method != http.MethodPost || r.URL.Path != "/oauth/token" || !ok || user != testClientID || pass != testClientSecret {
			t.Errorf("token request %s %s with Basic %q/%q (%v), want POST /oauth/token with the client credentials", r.Method, r.URL.Path, user, pass, ok)
		}
		if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" {
			t.Errorf("token request form %v (%v), want grant_type=client_credentials", r.PostForm, err)
		}
		writeJSON(w, http.StatusOK, fmt.Sprintf(`{"access_token":"token-%d","token_type":"bearer","expires_in":%d}`, n, expiresIn))
	})
}

func newTestTokenSource(srv *httptest.Server) *TokenSource {
	return NewTokenSource(TokenConfig{TokenURL: srv.URL + "/oauth/token", ClientID: testClientID, ClientSecret: testClientSecret})
}

func TestTokenSourceIsLazyReusedAndRenewed(t *testing.T) {
	var fetches hits
	tokens := tokenServer(t, &fetches, 3600)
	var (
		mu   sync.Mutex
		seen []string
	)
	api := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Get("Authorization"))
		mu.Unlock()
		writeJSON(w, http.StatusOK, `{}`)
	})
	ts := newTestTokenSource(tokens)
	c := newTestClient(t, api.URL, func(o *Options) { o.Auth = ts })

	if fetches.count() != 0 || ts.Fetches() != 0 {
		t.Fatalf("token fetched before any call (%d)", fetches.count())
	}
	for range 5 {
		if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
			t.Fatalf("Do: %v", err)
		}
	}
	if fetches.count() != 1 || ts.Fetches() != 1 {
		t.Errorf("after 5 calls: %d token requests (Fetches %d), want 1", fetches.count(), ts.Fetches())
	}
	refusedWith := func(token string) *http.Request {
		r := httptest.NewRequestWithContext(t.Context(), http.MethodGet, "/x", nil)
		r.Header.Set("Authorization", "Bearer "+token)
		return r
	}
	// A refusal of an older token than the cached one keeps the cached one.
	if !ts.Renew(refusedWith("token-0")) {
		t.Error("Renew = false, want true")
	}
	if _, err := ts.Token(context.Background()); err != nil || fetches.count() != 1 {
		t.Fatalf("a stale refusal dropped the current token: %d token requests, err %v", fetches.count(), err)
	}
	if !ts.Renew(refusedWith("token-1")) {
		t.Error("Renew = false, want true")
	}
	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
		t.Fatalf("Do: %v", err)
	}
	if fetches.count() != 2 || ts.Fetches() != 2 {
		t.Errorf("after Renew: %d token requests (Fetches %d), want 2", fetches.count(), ts.Fetches())
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2"}
	if strings.Join(seen, ",") != strings.Join(want, ",") {
		t.Errorf("Authorization headers %v, want %v", seen, want)
	}
}

func TestTokenSourceReusesTokenWithinExpiry(t *testing.T) {
	var fetches hits
	ts := newTestTokenSource(tokenServer(t, &fetches, 3600))

	first, err := ts.Token(context.Background())
	if err != nil {
		t.Fatalf("first Token: %v", err)
	}
	second, err := ts.Token(context.Background())
	if err != nil {
		t.Fatalf("second Token: %v", err)
	}
	if first != "token-1" || second != "token-1" || fetches.count() != 1 {
		t.Errorf("tokens %q, %q after %d requests; want token-1 twice from one request", first, second, fetches.count())
	}
}

func TestTokenSourceShareOneFetchAcrossConcurrentCallers(t *testing.T) {
	var fetches hits
	tokens := tokenServer(t, &fetches, 3600)
	slow := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(50 * time.Millisecond)
		tokens.Config.Handler.ServeHTTP(w, r)
	})
	ts := newTestTokenSource(slow)

	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for range 20 {
		wg.Go(func() {
			if _, err := ts.Token(context.Background()); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Token: %v", err)
	}
	if fetches.count() != 1 {
		t.Errorf("%d token requests for 20 concurrent callers, want 1", fetches.count())
	}
}

func TestTokenSourceRefetchesWhenTokenIsAboutToExpire(t *testing.T) {
	var fetches hits
	ts := newTestTokenSource(tokenServer(t, &fetches, 0)) // expires_in 0: no expiry known
	for range 2 {
		if _, err := ts.Token(context.Background()); err != nil {
			t.Fatalf("Token: %v", err)
		}
	}
	if fetches.count() != 1 {
		t.Errorf("%d token requests for a token without expiry, want 1", fetches.count())
	}

	// Pretend the cached token is inside its renewal margin.
	ts.mu.Lock()
	ts.renewAt = time.Now().Add(-time.Second)
	ts.mu.Unlock()
	tok, err := ts.Token(context.Background())
	if err != nil || tok != "token-2" {
		t.Errorf("Token = %q, %v; want a fresh token-2", tok, err)
	}
}

func TestRenewalTime(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lifetime time.Duration
		want     time.Duration // renewal, counted from now
	}{
		{24 * time.Hour, 24*time.Hour - time.Minute},
		{100 * time.Second, 90 * time.Second},
		{10 * time.Second, 9 * time.Second},
	}
	for _, tc := range cases {
		if got := renewalTime(now, now.Add(tc.lifetime)); !got.Equal(now.Add(tc.want)) {
			t.Errorf("renewalTime for a %v token = %v after now, want %v", tc.lifetime, got.Sub(now), tc.want)
		}
	}
	if got := renewalTime(now, time.Time{}); !got.IsZero() {
		t.Errorf("renewalTime without expiry = %v, want zero", got)
	}
}

func TestTokenSourceErrorExplainsRefusalWithoutSecret(t *testing.T) {
	cases := []struct {
		name, body, contentType string
		status                  int
		want                    []string
	}{
		{
			name:        "genesys cloud invalid client",
			status:      http.StatusBadRequest,
			contentType: "application/json",
			body:        `{"error":"invalid_client","description":"authentication failed","error_description":"authentication failed"}`,
			want:        []string{"HTTP 400", "invalid_client", "authentication failed", "check the client id and secret"},
		},
		{
			name:        "description only",
			status:      http.StatusUnauthorized,
			contentType: "application/json",
			body:        `{"error":"invalid_client","description":"client not found"}`,
			want:        []string{"HTTP 401", "invalid_client", "client not found"},
		},
		{
			name:        "proxy error page",
			status:      http.StatusBadGateway,
			contentType: "text/html",
			body:        `<html>bad gateway</html>`,
			want:        []string{"HTTP 502", "bad gateway"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
				w.Header().Set("Content-Type", tc.contentType)
				w.WriteHeader(tc.status)
				_, _ = w.Write([]byte(tc.body))
			})
			ts := newTestTokenSource(srv)

			_, err := ts.Token(context.Background())

			var tokenErr *TokenError
			if !errors.As(err, &tokenErr) || tokenErr.StatusCode != tc.status {
				t.Fatalf("err = %v, want a TokenError with status %d", err, tc.status)
			}
			msg := err.Error()
			for _, want := range append(tc.want, srv.URL+"/oauth/token") {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not mention %q", msg, want)
				}
			}
			if strings.Contains(msg, testClientSecret) {
				t.Errorf("error %q contains the client secret", msg)
			}
		})
	}
}

func TestTokenSourceRefusesPlainHTTPToRemoteTokenURL(t *testing.T) {
	ts := NewTokenSource(TokenConfig{TokenURL: "http://login.mypurecloud.com/oauth/token", ClientID: testClientID, ClientSecret: testClientSecret})

	_, err := ts.Token(context.Background())

	if err == nil || !strings.Contains(err.Error(), "https") {
		t.Errorf("err = %v, want a refusal asking for https", err)
	}
	if ts.Fetches() != 0 {
		t.Errorf("Fetches = %d, want 0: nothing may be sent", ts.Fetches())
	}
}

func TestTokenSourceStopsWhenCallerGivesUp(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := newServer(t, func(http.ResponseWriter, *http.Request) {
		select { // hang until the test ends, bounded
		case <-release:
		case <-time.After(10 * time.Second):
		}
	})
	ts := newTestTokenSource(srv)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()

	start := time.Now()
	_, err := ts.Token(ctx)

	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("Token returned after %v, want promptly after the deadline", elapsed)
	}
}
