package transport

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// budgetWindow is the span of the client-side budget: the services count requests per minute,
// from when a request arrives, a moment after the pacer lets it go. With nothing but Retry-After
// to learn the service's window from, a second of margin keeps a request sent exactly a minute
// after another from landing in that other's window.
const budgetWindow = time.Minute + time.Second

// maxPacingHold bounds how long the service's signals may hold requests back. A longer wait is
// not worth holding every request for: each request then meets the limit itself and fails with
// the service's own error, which tells the user more than a silent stall.
const maxPacingHold = defaultMaxRetryAfter

// Pacer spaces out the requests of the clients that share it, so that a large apply stays within
// the service's rate limit instead of turning into a storm of 429 answers. A request leaves only
// when both of these allow it:
//
//   - the client-side budget: at most a fixed number of requests in any sliding minute, so the
//     client never exceeds it (off when the budget is 0);
//   - Retry-After on a 429: no request leaves before the time the service asked for, not only the
//     one that was refused.
//
// Genesys Cloud used to report its window in inin-ratelimit-* headers on every answer; it stopped
// on 2021-06-05 (REAL-ORG-BEHAVIOUR R6), so nothing paces by them.
//
// Every attempt counts, retries included, because the service counts them too. A Pacer is safe
// for concurrent use; waiting stops when the request's context is cancelled.
type Pacer struct {
	budget int
	window time.Duration
	now    func() time.Time

	mu        sync.Mutex
	sent      []time.Time // send times within the last window, oldest first; kept only with a budget
	holdUntil time.Time   // no request before this (Retry-After)
}

// NewPacer returns a Pacer allowing at most maxRequestsPerMinute requests in any minute; 0 (or
// less) sets no budget of its own and paces only by Retry-After.
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
	return 0, ""
}

// restamp moves a send counted at reservedAt to now: the request left later than its slot was
// taken (it waited for a new token, which may take seconds when the token endpoint limits), and
// the service counts it from when it arrives.
func (p *Pacer) restamp(reservedAt, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := len(p.sent) - 1; i >= 0; i-- {
		if p.sent[i].Equal(reservedAt) {
			p.sent = append(append(p.sent[:i:i], p.sent[i+1:]...), now)
			return
		}
	}
}

// dropUntil removes the leading times not after cutoff.
func dropUntil(times []time.Time, cutoff time.Time) []time.Time {
	i := 0
	for i < len(times) && !times[i].After(cutoff) {
		i++
	}
	return times[i:]
}

// observe learns from an answer: a 429's Retry-After holds every request back.
func (p *Pacer) observe(resp *http.Response) {
	if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		return
	}
	wait, ok := retryAfter(resp.Header)
	if !ok || wait > maxPacingHold {
		return
	}
	until := p.now().Add(wait)
	p.mu.Lock()
	defer p.mu.Unlock()
	if until.After(p.holdUntil) {
		p.holdUntil = until
	}
}

// inWindow returns how many requests the budget counts at now.
func (p *Pacer) inWindow(now time.Time) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent = dropUntil(p.sent, now.Add(-p.window))
	return len(p.sent)
}

// blocked reports whether a request would have to wait at now (Retry-After or a spent budget).
func (p *Pacer) blocked(now time.Time) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now.Before(p.holdUntil) {
		return true
	}
	p.sent = dropUntil(p.sent, now.Add(-p.window))
	return p.budget > 0 && len(p.sent) >= p.budget
}
