package transport

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

// Logger receives redacted request/response logs. The provider adapts it onto tflog.
type Logger interface {
	Debug(ctx context.Context, msg string, fields map[string]any)
	Trace(ctx context.Context, msg string, fields map[string]any)
}

// correlationHeaders are tried in order; Genesys Cloud sends the first, proxies and GAuth may
// send one of the others.
var correlationHeaders = []string{"ININ-Correlation-Id", "X-Correlation-Id", "X-Request-Id"}

func correlationID(h http.Header) string {
	for _, name := range correlationHeaders {
		if v := h.Get(name); v != "" {
			return v
		}
	}
	return ""
}

// loggingTransport logs every attempt that reaches the network. It sits underneath
// retryablehttp, so each retry and each resend after a 401 is its own log line.
type loggingTransport struct {
	next   http.RoundTripper
	logger Logger
}

// withLogging returns a shallow copy of hc whose transport logs through logger; the caller's
// client is left untouched.
func withLogging(hc *http.Client, logger Logger) *http.Client {
	if logger == nil {
		return hc
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	logged := *hc
	logged.Transport = &loggingTransport{next: next, logger: logger}
	return &logged
}

func (t *loggingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	t.logger.Trace(ctx, "HTTP request", map[string]any{
		"method":  req.Method,
		"url":     redactURL(req.URL),
		"headers": redactHeaders(req.Header),
		"body":    redactBody(req.Header.Get("Content-Type"), requestBody(req)),
	})

	start := time.Now()
	resp, err := t.next.RoundTrip(req)
	fields := map[string]any{
		"method":      req.Method,
		"path":        req.URL.Path,
		"duration_ms": time.Since(start).Milliseconds(),
	}
	if err != nil {
		fields["error"] = err.Error()
		t.logger.Debug(ctx, "HTTP request failed", fields)
		return nil, err
	}
	fields["status"] = resp.StatusCode
	fields["correlation_id"] = correlationID(resp.Header)
	t.logger.Debug(ctx, "HTTP response", fields)

	// Read the body so it can be logged, then hand the caller an equivalent reader that
	// still reports a read error where the original one did.
	body, readErr := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	var rest io.Reader = bytes.NewReader(body)
	if readErr != nil {
		rest = io.MultiReader(rest, errReader{readErr})
	}
	resp.Body = io.NopCloser(rest)
	t.logger.Trace(ctx, "HTTP response body", map[string]any{
		"method":  req.Method,
		"path":    req.URL.Path,
		"status":  resp.StatusCode,
		"headers": redactHeaders(resp.Header),
		"body":    redactBody(resp.Header.Get("Content-Type"), body),
	})
	return resp, nil
}

// requestBody reads a copy of the request body through GetBody, which leaves the body that
// will be sent untouched. Both retryablehttp and net/http set GetBody for in-memory bodies.
func requestBody(req *http.Request) []byte {
	if req.GetBody == nil {
		return nil
	}
	rc, err := req.GetBody()
	if err != nil {
		return nil
	}
	defer func() { _ = rc.Close() }() // a copy of an in-memory body: closing it cannot fail in a way that matters
	body, err := io.ReadAll(rc)
	if err != nil {
		return nil
	}
	return body
}

// redactURL drops user info and redacts sensitive query parameters.
func redactURL(u *url.URL) string {
	c := *u
	c.User = nil
	if c.RawQuery != "" {
		c.RawQuery = redactForm(c.RawQuery)
	}
	return c.String()
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
