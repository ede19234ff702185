package transport

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Bounds of the wait for a token endpoint's rate limit. The official Genesys Cloud provider
// retries the endpoint's "rate limit exceeded" answer for a minute (REAL-ORG-BEHAVIOUR R6).
const (
	defaultTokenRateLimitWait = time.Minute
	defaultTokenRetryWaitMin  = time.Second
	tokenRetryWaitMax         = 10 * time.Second

	// maxTokenBody bounds a token answer; it is a few hundred bytes.
	maxTokenBody = 1 << 16
)

// tokenAnswer is an OAuth token response (RFC 6749 section 5.1).
type tokenAnswer struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int64  `json:"expires_in"`
}

// tokenRefusal is an OAuth error body. Genesys Cloud puts its text in description (and repeats it
// in error_description), GAuth in error_description only.
type tokenRefusal struct {
	Error            string `json:"error"`
	Description      string `json:"description"`
	ErrorDescription string `json:"error_description"`
}

// fetchWaitingOutRateLimits asks the token endpoint for a token, waiting out its rate-limit
// answers with a growing backoff for at most ts.rateLimitWait in all. Any other failure is final.
func (ts *TokenSource) fetchWaitingOutRateLimits(ctx context.Context) (string, time.Time, error) {
	giveUpAt := time.Now().Add(ts.rateLimitWait)
	wait := ts.retryWaitMin
	for attempt := 1; ; attempt++ {
		tok, expiry, err := ts.exchange(ctx)
		delay, limited := rateLimitDelay(err, wait)
		if !limited || time.Now().Add(delay).After(giveUpAt) {
			return tok, expiry, err
		}
		if ts.logger != nil {
			ts.logger.Debug(ctx, "OAuth token request rate-limited; waiting", map[string]any{
				"token_url": ts.tokenURL, "attempt": attempt, "wait_ms": delay.Milliseconds(),
			})
		}
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: %w", ts.tokenURL, ctx.Err())
		case <-timer.C:
		}
		wait = min(wait*2, tokenRetryWaitMax)
	}
}

// rateLimitDelay reports whether err is a token endpoint's rate-limit answer and how long to wait
// before asking again: Retry-After when a 429 has one, otherwise the backoff.
func rateLimitDelay(err error, backoff time.Duration) (time.Duration, bool) {
	var te *TokenError
	if !errors.As(err, &te) {
		return 0, false
	}
	switch {
	case !te.rateLimited():
		return 0, false
	case te.StatusCode == http.StatusTooManyRequests && te.retryAfter > 0:
		return te.retryAfter, true
	default:
		return backoff, true
	}
}

// rateLimited reports whether the endpoint refused for its rate limit: a 429, or Genesys Cloud's
// 400 invalid_request "rate limit exceeded; ...".
func (e *TokenError) rateLimited() bool {
	return e.StatusCode == http.StatusTooManyRequests ||
		(e.StatusCode == http.StatusBadRequest && e.Code == "invalid_request" &&
			strings.Contains(strings.ToLower(e.Description), "rate limit exceeded"))
}

// exchange makes one client-credentials token request. The client authenticates with HTTP Basic
// over the raw id and secret, as the Genesys SDKs and curl -u send them (REAL-ORG-BEHAVIOUR R7,
// R8); golang.org/x/oauth2 would URL-encode both first (RFC 6749 section 2.3.1), which changes a
// secret holding "+ / = @ :" into one the services do not know.
func (ts *TokenSource) exchange(ctx context.Context) (string, time.Time, error) {
	form := url.Values{"grant_type": {"client_credentials"}}.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ts.tokenURL, strings.NewReader(form))
	if err != nil {
		return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: %w", ts.tokenURL, err)
	}
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(ts.clientID+":"+ts.clientSecret)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")

	ts.fetches.Add(1)
	resp, err := ts.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: %w", ts.tokenURL, ctx.Err())
		}
		return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: %w", ts.tokenURL, err)
	}
	defer discard(resp)
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxTokenBody))
	if err != nil {
		return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: reading the answer: %w", ts.tokenURL, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", time.Time{}, ts.refusal(resp, body)
	}
	var answer tokenAnswer
	if err := json.Unmarshal(body, &answer); err != nil || answer.AccessToken == "" {
		return "", time.Time{}, fmt.Errorf("fetching OAuth token from %s: the answer holds no access_token", ts.tokenURL)
	}
	var expiry time.Time
	if answer.ExpiresIn > 0 {
		expiry = time.Now().Add(time.Duration(answer.ExpiresIn) * time.Second)
	}
	return answer.AccessToken, expiry, nil
}

// refusal turns a non-2xx token answer into a *TokenError; the request held the secret, the
// error never does.
func (ts *TokenSource) refusal(resp *http.Response, body []byte) *TokenError {
	te := &TokenError{TokenURL: ts.tokenURL, StatusCode: resp.StatusCode}
	if wait, ok := retryAfter(resp.Header); ok {
		te.retryAfter = wait
	}
	var r tokenRefusal
	if json.Unmarshal(body, &r) == nil {
		te.Code = r.Error
		te.Description = r.ErrorDescription
		if te.Description == "" {
			te.Description = r.Description
		}
		return te
	}
	// A proxy may answer with plain text or an HTML page.
	text := strings.TrimSpace(string(body))
	if len(text) > maxGenericMessage {
		text = text[:maxGenericMessage] + "…"
	}
	te.Description = text
	return te
}
