package transport

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// TokenConfig configures a TokenSource.
type TokenConfig struct {
	TokenURL     string
	ClientID     string
	ClientSecret string
	HTTPClient   *http.Client // nil = default
	Logger       Logger       // optional
}

// TokenSource is an Authenticator for the OAuth client-credentials grant, with the client
// authenticating through HTTP Basic as both Genesys token endpoints require. It fetches lazily
// (no network until the first Apply or Token), keeps one token until shortly before it expires
// and drops it on Renew. It is safe for concurrent use; concurrent callers share one fetch.
type TokenSource struct {
	conf clientcredentials.Config
	// base is context.Background() carrying the HTTP client for the oauth2 package. A request
	// context is never used as the base: its values and deadline belong to one call.
	base     context.Context
	urlErr   error
	fetching chan struct{} // held while fetching; a channel so waiters can give up on ctx
	fetches  atomic.Int64

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
		conf: clientcredentials.Config{
			ClientID:     cfg.ClientID,
			ClientSecret: cfg.ClientSecret,
			TokenURL:     cfg.TokenURL,
			AuthStyle:    oauth2.AuthStyleInHeader,
		},
		base:     context.WithValue(context.Background(), oauth2.HTTPClient, withLogging(hc, cfg.Logger)),
		urlErr:   urlErr,
		fetching: make(chan struct{}, 1),
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
	// The fetch runs on the background base context but still stops when the caller gives
	// up. clientcredentials.Config.Token keeps no reference to the context after returning.
	fetchCtx, cancel := context.WithCancel(ts.base)
	defer cancel()
	stop := context.AfterFunc(ctx, cancel)
	defer stop()

	ts.fetches.Add(1)
	tok, err := ts.conf.Token(fetchCtx)
	if err != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("fetching OAuth token from %s: %w", ts.conf.TokenURL, ctx.Err())
		}
		return "", ts.tokenError(err)
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.token = tok.AccessToken
	ts.renewAt = renewalTime(time.Now(), tok.Expiry)
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
	if e.Code == "invalid_client" {
		b.WriteString(" (check the client id and secret, and that the OAuth client is active)")
	}
	return b.String()
}

func (ts *TokenSource) tokenError(err error) error {
	var rErr *oauth2.RetrieveError
	if !errors.As(err, &rErr) || rErr.Response == nil {
		return fmt.Errorf("fetching OAuth token from %s: %w", ts.conf.TokenURL, err)
	}
	te := &TokenError{
		TokenURL:    ts.conf.TokenURL,
		StatusCode:  rErr.Response.StatusCode,
		Code:        rErr.ErrorCode,
		Description: rErr.ErrorDescription,
	}
	if te.Description == "" {
		te.Description = errorDescription(rErr.Body)
	}
	return te
}

// errorDescription digs a description out of a token error body that oauth2 could not: Genesys
// Cloud may send only "description", and a proxy may answer with plain text.
func errorDescription(body []byte) string {
	var genesys struct {
		Description string `json:"description"`
	}
	if json.Unmarshal(body, &genesys) == nil {
		return genesys.Description
	}
	text := strings.TrimSpace(string(body))
	if len(text) > maxGenericMessage {
		text = text[:maxGenericMessage] + "…"
	}
	return text
}
