// Package transport holds what the Genesys Cloud and GAuth API clients share: the HTTP client
// with its retry policy, credentials (OAuth client credentials, Basic), request and response
// logging with redaction, and the APIError type.
package transport

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-retryablehttp"
)

// Defaults for Options fields left at zero.
const (
	defaultRetryMax      = 5
	defaultRetryWaitMin  = time.Second
	defaultRetryWaitMax  = 30 * time.Second
	defaultMaxRetryAfter = 180 * time.Second // the Genesys Cloud SDKs' limit
	defaultTimeout       = 60 * time.Second  // per attempt
)

// Options configures a Client.
type Options struct {
	BaseURL       string        // e.g. https://api.mypurecloud.com or https://gauth.example.com
	Auth          Authenticator // may be nil (no credentials)
	UserAgent     string        // e.g. terraform-provider-genesys/1.2.3
	Logger        Logger        // nil = no logging
	HTTPClient    *http.Client  // base client; nil = a default with timeouts
	RetryMax      int           // retries after the first attempt; 0 = default 5, negative = none
	RetryWaitMin  time.Duration // default 1s
	RetryWaitMax  time.Duration // default 30s
	MaxRetryAfter time.Duration // a 429 whose Retry-After exceeds this is not retried; default 180s
	// Pacer spaces out requests (see Pacer); clients calling the same service with the same
	// budget may share one. nil = a Pacer of its own without a client-side budget.
	Pacer *Pacer
	// Tokens is a pool of OAuth tokens, each with its own budget; when set, it takes the place of
	// Auth and Pacer.
	Tokens *TokenPool
	// DecodeError turns a non-2xx response into an *APIError (product-specific error body).
	// nil = a generic decoder (status code, body text as message, correlation header).
	DecodeError func(resp *http.Response, body []byte) *APIError
}

// Client sends JSON requests to one API.
type Client struct {
	baseURL       string // without trailing slash
	auth          Authenticator
	userAgent     string
	logger        Logger
	http          *http.Client
	retryMax      int
	retryWaitMin  time.Duration
	retryWaitMax  time.Duration
	maxRetryAfter time.Duration
	pacer         *Pacer
	tokens        *TokenPool
	decodeError   func(resp *http.Response, body []byte) *APIError
	unreachable   atomic.Bool // an UnreachableError was returned already
}

// New returns a Client; it does no network I/O. BaseURL must be https, or http to a loopback host.
func New(opts Options) (*Client, error) {
	base, err := ValidateURL(opts.BaseURL)
	if err != nil {
		return nil, err
	}
	hc := opts.HTTPClient
	if hc == nil {
		hc = defaultHTTPClient()
	}
	c := &Client{
		baseURL:       strings.TrimSuffix(base.String(), "/"),
		auth:          opts.Auth,
		userAgent:     opts.UserAgent,
		logger:        opts.Logger,
		http:          withLogging(hc, opts.Logger),
		retryMax:      orDefault(opts.RetryMax, defaultRetryMax),
		retryWaitMin:  orDefault(opts.RetryWaitMin, defaultRetryWaitMin),
		retryWaitMax:  orDefault(opts.RetryWaitMax, defaultRetryWaitMax),
		maxRetryAfter: orDefault(opts.MaxRetryAfter, defaultMaxRetryAfter),
		pacer:         opts.Pacer,
		tokens:        opts.Tokens,
		decodeError:   opts.DecodeError,
	}
	c.retryMax = max(c.retryMax, 0)
	if c.tokens != nil {
		c.auth, c.pacer = nil, nil
	}
	if c.pacer == nil && c.tokens == nil {
		c.pacer = NewPacer(0)
	}
	if c.decodeError == nil {
		c.decodeError = decodeGenericError
	}
	return c, nil
}

func orDefault[T int | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

func defaultHTTPClient() *http.Client {
	return &http.Client{Transport: cleanhttp.DefaultPooledTransport(), Timeout: defaultTimeout}
}

// Request is one API call.
type Request struct {
	Method string
	Path   string     // relative to BaseURL, e.g. /api/v2/authorization/roles/{id} (already escaped by the caller via url.PathEscape)
	Query  url.Values // optional
	Body   any        // JSON-encoded when non-nil
}

// Response describes the answer to a call.
type Response struct {
	StatusCode    int
	Header        http.Header
	CorrelationID string
}

// Do sends the request with retries and credentials, and decodes a 2xx JSON body into out
// (nil = discard; empty body ok). A non-2xx answer is returned as an *APIError together with
// its Response; the Response is nil only when no answer arrived.
func (c *Client) Do(ctx context.Context, req Request, out any) (*Response, error) {
	var body []byte
	if req.Body != nil {
		var err error
		if body, err = json.Marshal(req.Body); err != nil {
			return nil, fmt.Errorf("%s %s: encoding request body: %w", req.Method, req.Path, err)
		}
	}

	resp, err := c.sendRenewing(ctx, req, body)
	if err != nil {
		return nil, err
	}
	defer discard(resp)

	respBody, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s %s: reading response: %w", req.Method, req.Path, err)
	}
	result := &Response{
		StatusCode:    resp.StatusCode,
		Header:        resp.Header,
		CorrelationID: correlationID(resp.Header),
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return result, c.apiError(req, resp, respBody)
	}
	if out != nil && len(bytes.TrimSpace(respBody)) > 0 {
		if err := json.Unmarshal(respBody, out); err != nil {
			return result, fmt.Errorf("%s %s: decoding response: %w", req.Method, req.Path, err)
		}
	}
	return result, nil
}

// maxRenewals bounds the token renewals of one call.
const maxRenewals = 3

// sendRenewing sends the request and, when the answer is a 401, renews the token and resends. A
// 401 may mean the token expired early or was revoked, or expired while the call waited for the
// pacer or a retry; the request was rejected before it was acted on, so resending is safe for
// every method. The first 401 always renews; a later one renews only if its attempt was a retry,
// whose token may have expired during the retry's wait: a fresh token refused at once means the
// credentials themselves are refused.
func (c *Client) sendRenewing(ctx context.Context, req Request, body []byte) (*http.Response, error) {
	for renewals := 0; ; renewals++ {
		resp, waited, err := c.send(ctx, req, body)
		if err != nil || resp.StatusCode != http.StatusUnauthorized || (c.auth == nil && c.tokens == nil) {
			return resp, err
		}
		if renewals == maxRenewals || (renewals > 0 && !waited) || !c.renew(resp.Request) {
			return resp, nil
		}
		discard(resp)
	}
}

// send runs one request through the pacer and the retry policy. Credentials are put on each
// attempt just before it leaves, after any wait, so that no attempt carries a token that expired
// while it waited. waited reports whether the answer's attempt was a retry, sent after a wait
// (backoff or Retry-After) with the token cached before it.
func (c *Client) send(ctx context.Context, req Request, body []byte) (resp *http.Response, waited bool, err error) {
	target := c.baseURL + req.Path
	if len(req.Query) > 0 {
		target += "?" + req.Query.Encode()
	}
	var rawBody any // a nil []byte would still count as a body for retryablehttp
	if body != nil {
		rawBody = body
	}
	hreq, err := retryablehttp.NewRequestWithContext(ctx, req.Method, target, rawBody)
	if err != nil {
		return nil, false, fmt.Errorf("%s %s: %w", req.Method, req.Path, err)
	}
	hreq.Header.Set("Accept", "application/json")
	if body != nil {
		hreq.Header.Set("Content-Type", "application/json")
	}
	if c.userAgent != "" {
		hreq.Header.Set("User-Agent", c.userAgent)
	}

	// slot is the pool token the current attempt carries; attempts of one request run in turn.
	var slot *tokenSlot
	if slot, err = c.ready(ctx, req, hreq.Request); err != nil {
		return nil, false, err
	}
	prepare := func(retry *http.Request) error {
		waited = true
		// The retry is a shallow copy sharing the previous attempt's header map.
		retry.Header = retry.Header.Clone()
		var err error
		slot, err = c.ready(ctx, req, retry)
		return err
	}
	observe := func(resp *http.Response) {
		if c.tokens != nil {
			c.tokens.observe(ctx, slot, resp)
		} else {
			c.pacer.observe(resp)
		}
	}
	resp, err = c.retryClient(ctx, req, prepare, observe).Do(hreq)
	if err != nil {
		discard(resp)
		if ctx.Err() != nil {
			return nil, waited, fmt.Errorf("%s %s: %w", req.Method, req.Path, ctx.Err())
		}
		return nil, waited, fmt.Errorf("%s %s: %w", req.Method, req.Path, c.markUnreachable(err))
	}
	return resp, waited, nil
}

// ready waits until attempt may leave, then puts the current credentials on it: with a token
// pool, those of the token whose budget it was counted against, which it returns.
func (c *Client) ready(ctx context.Context, req Request, attempt *http.Request) (*tokenSlot, error) {
	if c.tokens == nil {
		if err := c.pace(ctx, req); err != nil {
			return nil, err
		}
		return nil, c.authorize(ctx, req, c.auth, attempt)
	}
	t, waited, why, err := c.tokens.acquire(ctx)
	c.logPaced(ctx, req, waited, why)
	if err != nil {
		return nil, fmt.Errorf("%s %s: waiting to send: %w", req.Method, req.Path, err)
	}
	if err := c.authorize(ctx, req, t.slot.source, attempt); err != nil {
		// No answer will end a new token's trial: end it here, so the pool does not wait for one.
		c.tokens.observe(ctx, t.slot, nil)
		return nil, err
	}
	c.tokens.leaving(t)
	return t.slot, nil
}

// renew drops the credentials a 401 refused; false when renewing cannot help.
func (c *Client) renew(refused *http.Request) bool {
	if c.tokens != nil {
		return c.tokens.renew(refused)
	}
	return c.auth.Renew(refused)
}

// authorize puts auth's current credentials on one attempt.
func (c *Client) authorize(ctx context.Context, req Request, auth Authenticator, attempt *http.Request) error {
	if auth == nil {
		return nil
	}
	if err := auth.Apply(ctx, attempt); err != nil {
		return fmt.Errorf("%s %s: %w", req.Method, req.Path, c.markUnreachable(err))
	}
	return nil
}

// markUnreachable wraps a refused connection (to the API or to its token endpoint) in an
// *UnreachableError, flagged as a repeat after the first one this client returned.
func (c *Client) markUnreachable(err error) error {
	if !isConnectionRefused(err) {
		return err
	}
	return &UnreachableError{URL: c.baseURL, Repeat: c.unreachable.Swap(true), Err: err}
}

// retryClient builds the retryablehttp client for one request: the policy depends on the
// method, and its own logger stays off because loggingTransport already logs every attempt.
// prepare readies each retry after its wait.
// observe learns from each answer (Retry-After).
func (c *Client) retryClient(ctx context.Context, req Request, prepare retryablehttp.PrepareRetry, observe func(*http.Response)) *retryablehttp.Client {
	policy := retryPolicy{method: req.Method, maxRetryAfter: c.maxRetryAfter}
	return &retryablehttp.Client{
		HTTPClient:   c.http,
		Logger:       nil,
		RetryWaitMin: c.retryWaitMin,
		RetryWaitMax: c.retryWaitMax,
		RetryMax:     c.retryMax,
		CheckRetry: func(ctx context.Context, resp *http.Response, err error) (bool, error) {
			observe(resp)
			return policy.checkRetry(ctx, resp, err)
		},
		// Retries wait for the pacer like first attempts (the service counts them too), then take
		// fresh credentials.
		PrepareRetry: prepare,
		Backoff: func(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
			wait := policy.backoff(minWait, maxWait, attempt, resp)
			c.logRetry(ctx, req, resp, attempt, wait)
			return wait
		},
		// Hand back the last answer when retries run out, so it becomes an APIError with the
		// service's own message instead of retryablehttp's "giving up" error.
		ErrorHandler: retryablehttp.PassthroughErrorHandler,
	}
}

// pace waits until the pacer lets the request leave, logging any wait.
func (c *Client) pace(ctx context.Context, req Request) error {
	waited, why, err := c.pacer.wait(ctx)
	c.logPaced(ctx, req, waited, why)
	if err != nil {
		return fmt.Errorf("%s %s: waiting to send: %w", req.Method, req.Path, err)
	}
	return nil
}

// logPaced logs a wait before sending, if there was one.
func (c *Client) logPaced(ctx context.Context, req Request, waited time.Duration, why string) {
	if waited > 0 && c.logger != nil {
		c.logger.Debug(ctx, "HTTP request paced", map[string]any{
			"method":  req.Method,
			"path":    req.Path,
			"wait_ms": waited.Milliseconds(),
			"reason":  why,
		})
	}
}

func (c *Client) logRetry(ctx context.Context, req Request, resp *http.Response, attempt int, wait time.Duration) {
	if c.logger == nil {
		return
	}
	fields := map[string]any{
		"method":  req.Method,
		"path":    req.Path,
		"attempt": attempt + 1,
		"wait_ms": wait.Milliseconds(),
	}
	if resp != nil {
		fields["status"] = resp.StatusCode
	}
	c.logger.Debug(ctx, "HTTP retry", fields)
}

func (c *Client) apiError(req Request, resp *http.Response, body []byte) *APIError {
	apiErr := c.decodeError(resp, body)
	if apiErr == nil {
		apiErr = decodeGenericError(resp, body)
	}
	apiErr.Method = req.Method
	apiErr.Path = req.Path
	apiErr.StatusCode = resp.StatusCode
	if apiErr.CorrelationID == "" {
		apiErr.CorrelationID = correlationID(resp.Header)
	}
	if wait, ok := retryAfter(resp.Header); ok {
		apiErr.RetryAfter = wait
	}
	return apiErr
}

// discard drains and closes a response body so the connection can be reused.
func discard(resp *http.Response) {
	if resp == nil || resp.Body == nil {
		return
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	_ = resp.Body.Close()
}
