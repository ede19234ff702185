package transport

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// APIError is a failed API call: a non-2xx answer, or (set by the GAuth client) a 2xx GAuth
// envelope whose status.code != 0.
type APIError struct {
	Method        string        // HTTP method
	Path          string        // request path without query
	StatusCode    int           // HTTP status
	Code          string        // Genesys Cloud error code ("not.found") or GAuth status.code in decimal ("6")
	Message       string        // the API's own message
	CorrelationID string        // ININ-Correlation-Id header or body contextId; "" when none
	RetryAfter    time.Duration // from Retry-After, when present
}

// Error reads like `GET /api/v2/authorization/roles/x: 404 not.found: The requested resource
// was not found. (correlation id 1234)`, so a diagnostic can show it as is.
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %d", e.Method, e.Path, e.StatusCode)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.CorrelationID != "" {
		fmt.Fprintf(&b, " (correlation id %s)", e.CorrelationID)
	}
	return b.String()
}

// IsNotFound reports whether err is, or wraps, an *APIError with status 404.
func IsNotFound(err error) bool {
	apiErr, ok := AsAPIError(err)
	return ok && apiErr.StatusCode == http.StatusNotFound
}

// AsAPIError returns the *APIError in err's chain, if any.
func AsAPIError(err error) (*APIError, bool) {
	var apiErr *APIError
	if errors.As(err, &apiErr) {
		return apiErr, true
	}
	return nil, false
}

// maxGenericMessage bounds the body text the generic decoder keeps, so an HTML error page from
// a proxy does not flood a diagnostic.
const maxGenericMessage = 512

// decodeGenericError is the decoder used when Options.DecodeError is nil: the body text is the
// message. Do fills in method, path, status, correlation id and Retry-After afterwards.
func decodeGenericError(_ *http.Response, body []byte) *APIError {
	msg := strings.TrimSpace(string(body))
	if len(msg) > maxGenericMessage {
		msg = msg[:maxGenericMessage] + "…"
	}
	return &APIError{Message: msg}
}

// OutcomeUnknown reports whether a failed write may nevertheless have been carried out: the
// request got no answer, or a server error that says nothing of what was stored. A request that
// never left for want of a token made nothing.
func OutcomeUnknown(err error) bool {
	apiErr, ok := AsAPIError(err)
	if !ok {
		var tokenErr *TokenError
		return !errors.As(err, &tokenErr)
	}
	return apiErr.StatusCode >= http.StatusInternalServerError
}
