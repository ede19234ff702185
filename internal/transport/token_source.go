package transport

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// TokenConfig configures a TokenSource.
type TokenConfig struct {
	TokenURL     string
	ClientID     string
	ClientSecret string
	HTTPClient   *http.Client // nil = default
	Logger       Logger       // optional

	// RateLimitWait bounds how long a fetch waits out the token endpoint's rate-limit answers
	// (429, or Genesys Cloud's 400 invalid_request "rate limit exceeded"); 0 = a minute.
	RateLimitWait time.Duration
	// RetryWaitMin is the first wait between rate-limited attempts, doubling up to 10 s; 0 = 1 s.
	RetryWaitMin time.Duration
}

// TokenSource is an Authenticator for the OAuth client-credentials grant, with the client
// authenticating through HTTP Basic as both Genesys token endpoints require. It fetches lazily
// (no network until the first Apply or Token), keeps one token until shortly before it expires
// and drops it on Renew. It is safe for concurrent use; concurrent callers share one fetch.
type TokenSource struct {
	tokenURL      string
	clientID      string
	clientSecret  string
	http          *http.Client
	logger        Logger
	rateLimitWait time.Duration
	retryWaitMin  time.Duration
	urlErr        error
	fetching      chan struct{} // held while fetching; a channel so waiters can give up on ctx
	fetches       atomic.Int64

	mu      sync.Mutex
	token   string
	renewAt time.Time // zero: the token did not say when it expires
}

var _ Authenticator = (*TokenSource)(nil)

// NewTokenSource returns a TokenSource; it does no network I/O.
func NewTokenSource(cfg TokenConfig) *TokenSource {
	hc := cfg.HTTPClient
	if hc == nil {
		hc = defaultHTTPClient()
	}
	_, urlErr := ValidateURL(cfg.TokenURL)
	return &TokenSource{
		tokenURL:      cfg.TokenURL,
		clientID:      cfg.ClientID,
		clientSecret:  cfg.ClientSecret,
		http:          withLogging(hc, cfg.Logger),
		logger:        cfg.Logger,
		rateLimitWait: orDefault(cfg.RateLimitWait, defaultTokenRateLimitWait),
		retryWaitMin:  orDefault(cfg.RetryWaitMin, defaultTokenRetryWaitMin),
		urlErr:        urlErr,
		fetching:      make(chan struct{}, 1),
	}
}

// Token returns the cached access token, fetching a new one when there is none or it is about
// to expire.
func (ts *TokenSource) Token(ctx context.Context) (string, error) {
	if tok, ok := ts.cached(); ok {
		return tok, nil
	}
	select {
	case ts.fetching <- struct{}{}:
	case <-ctx.Done():
		return "", fmt.Errorf("waiting for OAuth token: %w", ctx.Err())
	}
	defer func() { <-ts.fetching }()
	// Another caller may have fetched while this one waited.
	if tok, ok := ts.cached(); ok {
		return tok, nil
	}
	return ts.fetch(ctx)
}

// Apply sets the bearer token on req.
func (ts *TokenSource) Apply(ctx context.Context, req *http.Request) error {
	tok, err := ts.Token(ctx)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	return nil
}

// Renew drops the cached token if it is the one refused carried, so the next call fetches a
// new one. When many calls in flight are refused together, only the first drops the token: the
// others resend with the token already renewed instead of each fetching (and revoking) another.
func (ts *TokenSource) Renew(refused *http.Request) bool {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if refused == nil || refused.Header.Get("Authorization") == "Bearer "+ts.token {
		ts.token = ""
	}
	return true
}

// Fetches returns how many tokens were requested so far (tests, benchmarks).
func (ts *TokenSource) Fetches() int {
	return int(ts.fetches.Load())
}

func (ts *TokenSource) cached() (string, bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.token == "" || (!ts.renewAt.IsZero() && !time.Now().Before(ts.renewAt)) {
		return "", false
	}
	return ts.token, true
}

func (ts *TokenSource) fetch(ctx context.Context) (string, error) {
	if ts.urlErr != nil {
		return "", fmt.Errorf("OAuth token URL: %w", ts.urlErr)
	}
	tok, expiry, err := ts.fetchWaitingOutRateLimits(ctx)
	if err != nil {
		return "", err
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.token = tok
	ts.renewAt = renewalTime(time.Now(), expiry)
	return ts.token, nil
}

// renewalTime is when a token expiring at expiry should be replaced: a tenth of its lifetime
// early, at most a minute, so a request never leaves with a token that expires on the way.
func renewalTime(now, expiry time.Time) time.Time {
	if expiry.IsZero() {
		return time.Time{}
	}
	margin := min(expiry.Sub(now)/10, time.Minute)
	return expiry.Add(-margin)
}

// TokenError is a token endpoint's refusal. It never holds the client secret.
type TokenError struct {
	TokenURL    string
	StatusCode  int
	Code        string // OAuth "error", e.g. invalid_client
	Description string // OAuth "error_description" (or Genesys Cloud's "description")

	retryAfter time.Duration // from Retry-After, when the endpoint sent one
}

func (e *TokenError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "OAuth token request to %s failed: HTTP %d", e.TokenURL, e.StatusCode)
	if e.Code != "" {
		b.WriteString(": " + e.Code)
	}
	if e.Description != "" {
		b.WriteString(": " + e.Description)
	}
	switch {
	case e.Code == "invalid_client":
		b.WriteString(" (check the client id and secret, and that the OAuth client is active)")
	case e.rateLimited():
		b.WriteString(" (the token endpoint's rate limit did not clear in time; fewer runs sharing this OAuth client at once would help)")
	}
	return b.String()
}
