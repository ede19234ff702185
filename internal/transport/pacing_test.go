package transport

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"
)

// t0 is an arbitrary instant for the tests that drive the pacer with their own clock.
var t0 = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)

func mustReserve(t *testing.T, p *Pacer, at time.Time) {
	t.Helper()
	if d, why := p.reserve(at); d != 0 {
		t.Fatalf("at +%v: told to wait %v (%s), want to go at once", at.Sub(t0), d, why)
	}
}

func mustWait(t *testing.T, p *Pacer, at time.Time, want time.Duration) {
	t.Helper()
	if d, why := p.reserve(at); d != want || why == "" {
		t.Fatalf("at +%v: wait %v (reason %q), want %v with a reason", at.Sub(t0), d, why, want)
	}
}

func TestPacerBudgetHoldsAnySlidingMinuteToTheLimit(t *testing.T) {
	p := newPacer(3, time.Minute, nil)
	mustReserve(t, p, t0)
	mustReserve(t, p, t0.Add(10*time.Second))
	mustReserve(t, p, t0.Add(20*time.Second))
	// A fourth request in the same minute waits until the first one is a minute old.
	mustWait(t, p, t0.Add(30*time.Second), 30*time.Second)
	mustReserve(t, p, t0.Add(time.Minute+time.Nanosecond))
	// The window slides: the next slot frees when the second request is a minute old.
	mustWait(t, p, t0.Add(time.Minute+time.Second), 9*time.Second)
	mustReserve(t, p, t0.Add(70*time.Second+time.Nanosecond))
}

// A request that waited for its token after taking its slot counts from when it left, as the
// service counts it, not from when the slot was taken.
func TestPacerCountsARestampedRequestFromWhenItLeft(t *testing.T) {
	p := newPacer(2, time.Minute, nil)
	mustReserve(t, p, t0)
	mustReserve(t, p, t0.Add(time.Second))
	p.restamp(t0, t0.Add(20*time.Second))
	mustReserve(t, p, t0.Add(61*time.Second))
	// The slot of the first request frees a minute after it left, not a minute after t0.
	mustWait(t, p, t0.Add(62*time.Second), 18*time.Second)
	mustReserve(t, p, t0.Add(80*time.Second+time.Nanosecond))
}

func TestPacerWithoutBudgetLetsEverythingGo(t *testing.T) {
	p := newPacer(0, time.Minute, nil)
	for i := range 1000 {
		mustReserve(t, p, t0.Add(time.Duration(i)*time.Millisecond))
	}
}

func TestPacerHoldsEveryRequestUntilRetryAfter(t *testing.T) {
	p := newPacer(0, time.Minute, func() time.Time { return t0 })
	h := http.Header{}
	h.Set("Retry-After", "2")
	p.observe(&http.Response{StatusCode: http.StatusTooManyRequests, Header: h})
	mustWait(t, p, t0.Add(500*time.Millisecond), 1500*time.Millisecond)
	mustReserve(t, p, t0.Add(2*time.Second))

	// A wait longer than the pacer may hold for is left to each request to meet on its own.
	h.Set("Retry-After", strconv.Itoa(int((maxPacingHold+time.Second)/time.Second)))
	p.observe(&http.Response{StatusCode: http.StatusTooManyRequests, Header: h})
	mustReserve(t, p, t0.Add(3*time.Second))
}

// Real orgs no longer send inin-ratelimit-* (REAL-ORG-BEHAVIOUR R6); headers an old proxy or
// emulator still sends must not hold anything back.
func TestPacerIgnoresRateLimitHeaders(t *testing.T) {
	p := newPacer(0, time.Minute, func() time.Time { return t0 })
	h := http.Header{}
	h.Set("inin-ratelimit-count", "10")
	h.Set("inin-ratelimit-allowed", "10")
	h.Set("inin-ratelimit-reset", "30")
	p.observe(&http.Response{StatusCode: http.StatusOK, Header: h})
	mustReserve(t, p, t0)
}

func TestPacerWaitStopsWhenTheContextIsCancelled(t *testing.T) {
	p := newPacer(1, time.Hour, time.Now)
	if _, _, err := p.wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, why, err := p.wait(ctx)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's deadline", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("wait returned after %v, want soon after the 50ms deadline", elapsed)
	}
	if why == "" {
		t.Error("no reason given for the wait")
	}
}

func TestPacerSpacesConcurrentCallersByTheBudget(t *testing.T) {
	const budget, callers = 4, 12
	window := 150 * time.Millisecond
	p := newPacer(budget, window, time.Now)
	start := time.Now()
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() {
			if _, _, err := p.wait(context.Background()); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// Twelve requests at four per window need three windows: they go at 0, 1 and 2 windows.
	if elapsed := time.Since(start); elapsed < 2*window || elapsed > 2*window+2*time.Second {
		t.Errorf("%d callers took %v, want about %v", callers, elapsed, 2*window)
	}
}

// fixedWindowServer answers like Genesys Cloud's rate limit: a fixed window starting at the first
// request, and 429 with Retry-After (and no other rate-limit header) once it is spent.
type fixedWindowServer struct {
	allowed int
	window  time.Duration

	mu      sync.Mutex
	start   time.Time
	count   int
	refused int
	served  int
}

func (s *fixedWindowServer) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	now := time.Now()
	if s.start.IsZero() || now.Sub(s.start) >= s.window {
		s.start, s.count = now, 0
	}
	left := s.start.Add(s.window).Sub(now)
	reset := strconv.Itoa(int((left + time.Second - 1) / time.Second))
	status := http.StatusOK
	if s.count >= s.allowed {
		status = http.StatusTooManyRequests
		s.refused++
		w.Header().Set("Retry-After", reset)
	} else {
		s.count++
		s.served++
	}
	s.mu.Unlock()
	writeJSON(w, status, `{}`)
}

// A budget no larger than the service's limit keeps a burst of requests from meeting a 429, with
// nothing but the client's own count to go by.
func TestDoStaysWithinTheServiceLimitByItsBudget(t *testing.T) {
	srv := &fixedWindowServer{allowed: 2, window: time.Second}
	c := newTestClient(t, newServer(t, srv.ServeHTTP).URL, func(o *Options) {
		// The client's minute is the server's second here; a little longer covers clock skew.
		o.Pacer = newPacer(2, 1100*time.Millisecond, time.Now)
	})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()

	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.served != 4 || srv.refused != 0 {
		t.Errorf("server served %d and refused %d requests, want 4 and none refused", srv.served, srv.refused)
	}
}

func TestDoPacesRetriesByTheBudget(t *testing.T) {
	var h hits
	srv := newServer(t, refuseFirst(&h, http.StatusServiceUnavailable, ""))
	window := 200 * time.Millisecond
	c := newTestClient(t, srv.URL, func(o *Options) { o.Pacer = newPacer(1, window, time.Now) })

	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
	times := h.times()
	if len(times) != 2 {
		t.Fatalf("server got %d attempts, want 2", len(times))
	}
	if gap := times[1].Sub(times[0]); gap < window-10*time.Millisecond {
		t.Errorf("the retry left %v after the first attempt, want at least the budget's %v", gap, window)
	}
}

func TestDoHoldsOtherRequestsAfterA429(t *testing.T) {
	var h hits
	srv := newServer(t, refuseFirst(&h, http.StatusTooManyRequests, "1"))
	logger := &recordingLogger{}
	c := newTestClient(t, srv.URL, func(o *Options) { o.RetryMax = -1; o.Logger = logger })

	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/a"}, nil); err == nil {
		t.Fatal("the refused request succeeded without retries")
	}
	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/b"}, nil); err != nil {
		t.Fatal(err)
	}
	times := h.times()
	if gap := times[1].Sub(times[0]); gap < 900*time.Millisecond {
		t.Errorf("the next request left %v after the 429, want about the 1s of Retry-After", gap)
	}
	if len(logger.find("debug", "HTTP request paced")) != 1 {
		t.Error("the wait was not logged")
	}
}

func TestDoGivesUpWaitingWhenTheContextIsCancelled(t *testing.T) {
	var h hits
	srv := newServer(t, answer(&h, http.StatusOK, `{}`))
	c := newTestClient(t, srv.URL, func(o *Options) { o.Pacer = newPacer(1, time.Hour, time.Now) })
	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Do(ctx, Request{Method: http.MethodPost, Path: "/x"}, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's deadline", err)
	}
	if h.count() != 1 {
		t.Errorf("server got %d requests, want only the first (the second never left)", h.count())
	}
}
