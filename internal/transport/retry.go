package transport

import (
	"context"
	"crypto/tls"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryPolicy decides, for one request, whether an attempt is worth repeating and how long to
// wait first. It replaces go-retryablehttp's default policy, which resends every method on 5xx:
// a POST that failed ambiguously may have created the object, and resending it would create a
// duplicate, so only idempotent methods are retried on 5xx and network errors.
type retryPolicy struct {
	method        string
	maxRetryAfter time.Duration
}

// idempotent lists the methods the APIs treat as safe to repeat.
func (p retryPolicy) idempotent() bool {
	switch p.method {
	case http.MethodGet, http.MethodPut, http.MethodDelete:
		return true
	}
	return false
}

// checkRetry is a retryablehttp.CheckRetry. A 429 is retried on any method because the
// service rejected the request without acting on it, unless the wait it asks for is longer
// than maxRetryAfter (then the caller is better served by the error).
func (p retryPolicy) checkRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	if err != nil {
		return p.idempotent() && !isCertificateError(err) && !refusedByLoopback(err), nil
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		wait, ok := retryAfter(resp.Header)
		return !ok || wait <= p.maxRetryAfter, nil
	case resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented:
		return p.idempotent(), nil
	}
	return false, nil
}

// backoff is a retryablehttp.Backoff: the server's Retry-After on a 429, otherwise exponential
// from min, capped at max, with jitter so parallel Terraform operations do not retry in step.
func (p retryPolicy) backoff(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && resp.StatusCode == http.StatusTooManyRequests {
		if wait, ok := retryAfter(resp.Header); ok {
			return wait
		}
	}
	wait := minWait
	for i := 0; i < attempt && wait < maxWait; i++ {
		wait *= 2
	}
	wait = min(wait, maxWait)
	if wait <= 1 {
		return wait
	}
	half := wait / 2
	return half + rand.N(wait-half+1) //nolint:gosec // jitter needs no cryptographic randomness
}

// retryAfter parses a Retry-After header: delay seconds (what Genesys Cloud sends) or an HTTP date.
func retryAfter(h http.Header) (time.Duration, bool) {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil {
		return max(time.Duration(secs)*time.Second, 0), true
	}
	if at, err := http.ParseTime(v); err == nil {
		return max(time.Until(at), 0), true
	}
	return 0, false
}

// isCertificateError reports a TLS verification failure, which no retry can fix.
func isCertificateError(err error) bool {
	var certErr *tls.CertificateVerificationError
	return errors.As(err, &certErr)
}
