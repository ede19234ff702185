package transport

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

// The SDKs and curl -u send base64(id:secret) over the raw values; x/oauth2 would URL-encode them.
func TestTokenSourceSendsRawBasicCredentials(t *testing.T) {
	const id, secret = "client+1@org", "a+b/c=d@e:f%20"
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte(id+":"+secret))
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != want {
			t.Errorf("Authorization = %q, want %q", got, want)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			t.Errorf("Content-Type = %q", ct)
		}
		if err := r.ParseForm(); err != nil || r.PostForm.Get("grant_type") != "client_credentials" || len(r.PostForm) != 1 {
			t.Errorf("form = %v (%v), want only grant_type=client_credentials", r.PostForm, err)
		}
		writeJSON(w, http.StatusOK, `{"access_token":"raw-ok","token_type":"bearer","expires_in":60}`)
	})
	ts := NewTokenSource(TokenConfig{TokenURL: srv.URL + "/oauth/token", ClientID: id, ClientSecret: secret})
	if tok, err := ts.Token(context.Background()); err != nil || tok != "raw-ok" {
		t.Fatalf("Token = %q, %v", tok, err)
	}
}

// rateLimitedTokenServer answers the first limited requests the way Genesys Cloud answers its
// token limit (REAL-ORG-BEHAVIOUR R6), then issues a token.
func rateLimitedTokenServer(t *testing.T, fetches *hits, limited int) string {
	t.Helper()
	return newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		if n := fetches.next(); n <= limited {
			writeJSON(w, http.StatusBadRequest, `{"error":"invalid_request","description":"rate limit exceeded; try later","error_description":"rate limit exceeded; try later"}`)
			return
		}
		writeJSON(w, http.StatusOK, `{"access_token":"after-the-limit","token_type":"bearer","expires_in":3600}`)
	}).URL + "/oauth/token"
}

func TestTokenSourceWaitsOutTheTokenEndpointRateLimit(t *testing.T) {
	var fetches hits
	logger := &recordingLogger{}
	ts := NewTokenSource(TokenConfig{TokenURL: rateLimitedTokenServer(t, &fetches, 3), ClientID: testClientID,
		ClientSecret: testClientSecret, RetryWaitMin: 5 * time.Millisecond, Logger: logger})
	tok, err := ts.Token(context.Background())
	if err != nil || tok != "after-the-limit" {
		t.Fatalf("Token = %q, %v; want the token issued after the limit", tok, err)
	}
	if fetches.count() != 4 || ts.Fetches() != 4 {
		t.Errorf("token requests = %d (counted %d), want 4", fetches.count(), ts.Fetches())
	}
	if n := len(logger.find("debug", "OAuth token request rate-limited; waiting")); n != 3 {
		t.Errorf("logged %d waits, want 3", n)
	}
}

func TestTokenSourceGivesUpOnTheRateLimitAfterItsBound(t *testing.T) {
	var fetches hits
	ts := NewTokenSource(TokenConfig{TokenURL: rateLimitedTokenServer(t, &fetches, 1000), ClientID: testClientID,
		ClientSecret: testClientSecret, RetryWaitMin: 10 * time.Millisecond, RateLimitWait: 100 * time.Millisecond})
	start := time.Now()
	_, err := ts.Token(context.Background())
	var te *TokenError
	if !errors.As(err, &te) || te.Code != "invalid_request" || !strings.Contains(te.Description, "rate limit exceeded") {
		t.Fatalf("err = %v, want the endpoint's rate-limit answer", err)
	}
	if !strings.Contains(err.Error(), "rate limit did not clear in time") {
		t.Errorf("error %q does not say the wait ran out", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("gave up after %v, want within the 100 ms bound", elapsed)
	}
	if n := fetches.count(); n < 2 || n > 6 {
		t.Errorf("token requests = %d, want a few with a growing backoff", n)
	}
}

func TestTokenSourceRetriesOnlyRateLimitAnswers(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		status     int
		header     string
		want       int
	}{
		{"invalid client", `{"error":"invalid_client","description":"authentication failed"}`, http.StatusBadRequest, "", 1},
		{"other invalid request", `{"error":"invalid_request","description":"grant_type is missing"}`, http.StatusBadRequest, "", 1},
		{"429 with Retry-After", `{}`, http.StatusTooManyRequests, "0", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var fetches hits
			srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
				if fetches.next() == 1 {
					if tc.header != "" {
						w.Header().Set("Retry-After", tc.header)
					}
					writeJSON(w, tc.status, tc.body)
					return
				}
				writeJSON(w, http.StatusOK, `{"access_token":"t","expires_in":60}`)
			})
			ts := NewTokenSource(TokenConfig{TokenURL: srv.URL + "/oauth/token", ClientID: testClientID,
				ClientSecret: testClientSecret, RetryWaitMin: time.Millisecond})
			_, err := ts.Token(context.Background())
			if fetches.count() != tc.want {
				t.Errorf("token requests = %d, want %d (err %v)", fetches.count(), tc.want, err)
			}
			if (tc.want == 1) != (err != nil) {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestTokenSourceStopsWaitingOutTheLimitWhenTheCallerGivesUp(t *testing.T) {
	var fetches hits
	ts := NewTokenSource(TokenConfig{TokenURL: rateLimitedTokenServer(t, &fetches, 1000), ClientID: testClientID,
		ClientSecret: testClientSecret, RetryWaitMin: 5 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := ts.Token(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the caller's deadline", err)
	}
	if fetches.count() != 1 {
		t.Errorf("token requests = %d, want 1", fetches.count())
	}
}
