package transport

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Headers in which Genesys Cloud reports the rate-limit window of the token on every answer
// (CONTRACT A.1): requests counted so far, requests allowed, and seconds until the window resets.
const (
	headerRateCount   = "inin-ratelimit-count"
	headerRateAllowed = "inin-ratelimit-allowed"
	headerRateReset   = "inin-ratelimit-reset"
)

// budgetWindow is the span of the client-side budget: the services count requests per minute.
const budgetWindow = time.Minute

// maxPacingHold bounds how long the service's signals may hold requests back. A longer wait is
// not worth holding every request for: each request then meets the limit itself and fails with
// the service's own error, which tells the user more than a silent stall.
const maxPacingHold = defaultMaxRetryAfter

// Pacer spaces out the requests of the clients that share it, so that a large apply stays within
// the service's rate limit instead of turning into a storm of 429 answers. A request leaves only
// when all three of these allow it:
//
//   - the client-side budget: at most a fixed number of requests in any sliding minute, so the
//     client never exceeds it whatever the service reports (off when the budget is 0);
//   - the service's window, from the inin-ratelimit-* headers: once the allowance reported for the
//     current window is spent (less the requests sent since that report), requests wait for the
//     window to reset;
//   - Retry-After on a 429: no request leaves before the time the service asked for, not only the
//     one that was refused.
//
// Every attempt counts, retries included, because the service counts them too. A Pacer is safe
// for concurrent use; waiting stops when the request's context is cancelled.
type Pacer struct {
	budget int
	window time.Duration
	now    func() time.Time

	mu            sync.Mutex
	sent          []time.Time // send times within the last window, oldest first; kept only with a budget
	holdUntil     time.Time   // no request before this (Retry-After)
	serverResetAt time.Time   // end of the service's current window, as last reported
	serverLeft    int         // requests that window still allows, less those sent since it said so
}

// NewPacer returns a Pacer allowing at most maxRequestsPerMinute requests in any minute; 0 (or
// less) sets no budget of its own and paces only by what the service reports.
func NewPacer(maxRequestsPerMinute int) *Pacer {
	return newPacer(maxRequestsPerMinute, budgetWindow, time.Now)
}

func newPacer(budget int, window time.Duration, now func() time.Time) *Pacer {
	return &Pacer{budget: max(budget, 0), window: window, now: now}
}

// wait blocks until a request may leave and counts it as sent. It returns how long it waited and
// why (for the log), or the context's error when the caller gave up first.
func (p *Pacer) wait(ctx context.Context) (time.Duration, string, error) {
	var waited time.Duration
	var why string
	for {
		d, reason := p.reserve(p.now())
		if d <= 0 {
			return waited, why, nil
		}
		waited, why = waited+d, reason
		timer := time.NewTimer(d)
		select {
		case <-ctx.Done():
			timer.Stop()
			return waited, why, ctx.Err()
		case <-timer.C:
		}
	}
}

// reserve takes a sending slot at now and returns 0, or returns how long to wait before asking
// again and the reason. Waiters ask again rather than queue for a slot, so a waiter that gives up
// holds nothing back.
func (p *Pacer) reserve(now time.Time) (time.Duration, string) {
	p.mu.Lock()
	defer p.mu.Unlock()

	var until time.Time
	var reason string
	if now.Before(p.holdUntil) {
		until, reason = p.holdUntil, "the service asked to retry later (Retry-After)"
	}
	inServerWindow := now.Before(p.serverResetAt)
	if inServerWindow && p.serverLeft <= 0 && p.serverResetAt.After(until) {
		until, reason = p.serverResetAt, "the service's rate-limit window is spent (inin-ratelimit-*)"
	}
	if p.budget > 0 {
		p.sent = dropUntil(p.sent, now.Add(-p.window))
		if len(p.sent) >= p.budget {
			if free := p.sent[len(p.sent)-p.budget].Add(p.window); free.After(until) {
				until, reason = free, "the client-side budget of requests per minute is spent"
			}
		}
	}
	if until.After(now) {
		return until.Sub(now), reason
	}

	if p.budget > 0 {
		p.sent = append(p.sent, now)
	}
	if inServerWindow {
		p.serverLeft--
	}
	return 0, ""
}

// dropUntil removes the leading times not after cutoff.
func dropUntil(times []time.Time, cutoff time.Time) []time.Time {
	i := 0
	for i < len(times) && !times[i].After(cutoff) {
		i++
	}
	return times[i:]
}

// observe learns from an answer: a 429's Retry-After and the service's window headers.
func (p *Pacer) observe(resp *http.Response) {
	if resp == nil {
		return
	}
	now := p.now()
	p.mu.Lock()
	defer p.mu.Unlock()

	if resp.StatusCode == http.StatusTooManyRequests {
		if wait, ok := retryAfter(resp.Header); ok && wait <= maxPacingHold {
			p.holdUntil = later(p.holdUntil, now.Add(wait))
		}
	}

	left, reset, ok := serverWindow(resp.Header)
	if !ok || reset > maxPacingHold {
		return
	}
	resetAt := now.Add(reset)
	switch {
	// A window ending more than a second after the known one is a new window (the reset is in
	// whole seconds, so reports of the same window differ by up to one).
	case resetAt.After(p.serverResetAt.Add(time.Second)):
		p.serverResetAt, p.serverLeft = resetAt, left
	// Answers arrive out of order; within one window the lowest allowance is the latest news.
	case left < p.serverLeft:
		p.serverLeft = left
	}
}

// serverWindow reads the inin-ratelimit-* headers: the requests the current window still allows
// and the time until it resets. ok is false when they are absent or malformed.
func serverWindow(h http.Header) (left int, reset time.Duration, ok bool) {
	count, okCount := headerInt(h, headerRateCount)
	allowed, okAllowed := headerInt(h, headerRateAllowed)
	secs, okReset := headerInt(h, headerRateReset)
	if !okCount || !okAllowed || !okReset || allowed <= 0 || secs < 0 {
		return 0, 0, false
	}
	return max(allowed-count, 0), time.Duration(secs) * time.Second, true
}

func headerInt(h http.Header, name string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(h.Get(name)))
	return n, err == nil
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
