package transport

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestDoNeverResendsPOSTOrPATCHOnServerErrorOrDroppedConnection(t *testing.T) {
	cases := []struct {
		name    string
		method  string
		respond func(t *testing.T, w http.ResponseWriter)
		status  int // expected APIError status; 0 = a network error
	}{
		{"POST 500", http.MethodPost, func(_ *testing.T, w http.ResponseWriter) { writeJSON(w, 500, `{}`) }, 500},
		{"POST 503", http.MethodPost, func(_ *testing.T, w http.ResponseWriter) { writeJSON(w, 503, `{}`) }, 503},
		{"POST dropped connection", http.MethodPost, dropConnection, 0},
		{"PATCH 503", http.MethodPatch, func(_ *testing.T, w http.ResponseWriter) { writeJSON(w, 503, `{}`) }, 503},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var h hits
			srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
				h.next()
				tc.respond(t, w)
			})
			c := newTestClient(t, srv.URL, nil)

			_, err := c.Do(context.Background(), Request{Method: tc.method, Path: "/things", Body: map[string]string{"name": "x"}}, nil)

			if err == nil {
				t.Fatal("Do succeeded, want an error")
			}
			if got := h.count(); got != 1 {
				t.Errorf("server received %d requests, want exactly 1 (never resent)", got)
			}
			apiErr, isAPI := AsAPIError(err)
			switch {
			case tc.status == 0 && isAPI:
				t.Errorf("got APIError %v, want a network error", apiErr)
			case tc.status != 0 && (!isAPI || apiErr.StatusCode != tc.status):
				t.Errorf("err = %v, want APIError with status %d", err, tc.status)
			}
		})
	}
}

func TestDoRetriesIdempotentMethodsUntilSuccess(t *testing.T) {
	for _, method := range []string{http.MethodGet, http.MethodPut, http.MethodDelete} {
		t.Run(method, func(t *testing.T) {
			var (
				h      hits
				mu     sync.Mutex
				bodies []string
			)
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				mu.Lock()
				bodies = append(bodies, string(b))
				mu.Unlock()
				switch h.next() {
				case 1:
					writeJSON(w, http.StatusInternalServerError, `{"message":"boom"}`)
				case 2:
					dropConnection(t, w)
				case 3:
					writeJSON(w, http.StatusServiceUnavailable, `{}`)
				default:
					writeJSON(w, http.StatusOK, `{"id":"r1"}`)
				}
			})
			c := newTestClient(t, srv.URL, nil)
			var body any
			if method == http.MethodPut {
				body = map[string]string{"name": "renamed"}
			}

			var out struct{ ID string }
			_, err := c.Do(context.Background(), Request{Method: method, Path: "/things/r1", Body: body}, &out)

			if err != nil {
				t.Fatalf("Do: %v", err)
			}
			if out.ID != "r1" {
				t.Errorf("decoded id %q, want r1", out.ID)
			}
			if got := h.count(); got != 4 {
				t.Errorf("server received %d requests, want 4 (3 failures, then success)", got)
			}
			mu.Lock()
			defer mu.Unlock()
			for i, b := range bodies {
				if b != bodies[0] {
					t.Errorf("attempt %d sent body %q, want the same body as attempt 1 %q", i+1, b, bodies[0])
				}
			}
		})
	}
}

func TestDoDoesNotRetryClientErrorsOr501(t *testing.T) {
	for _, status := range []int{http.StatusBadRequest, http.StatusForbidden, http.StatusNotFound, http.StatusNotImplemented} {
		t.Run(http.StatusText(status), func(t *testing.T) {
			var h hits
			srv := newServer(t, answer(&h, status, `{}`))
			c := newTestClient(t, srv.URL, nil)

			_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/things"}, nil)

			if apiErr, ok := AsAPIError(err); !ok || apiErr.StatusCode != status {
				t.Fatalf("err = %v, want APIError with status %d", err, status)
			}
			if got := h.count(); got != 1 {
				t.Errorf("server received %d requests, want 1", got)
			}
		})
	}
}

func TestDoRetries429OnPOSTAfterRetryAfter(t *testing.T) {
	var h hits
	srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		if h.next() == 1 {
			w.Header().Set("Retry-After", "1")
			writeJSON(w, http.StatusTooManyRequests, `{"code":"too.many.requests"}`)
			return
		}
		writeJSON(w, http.StatusOK, `{"id":"new"}`)
	})
	c := newTestClient(t, srv.URL, nil) // backoff is 1-5 ms, so only Retry-After explains a 1 s wait

	var out struct{ ID string }
	_, err := c.Do(context.Background(), Request{Method: http.MethodPost, Path: "/things", Body: map[string]string{"name": "x"}}, &out)

	if err != nil {
		t.Fatalf("Do: %v", err)
	}
	if out.ID != "new" || h.count() != 2 {
		t.Fatalf("got id %q after %d requests, want id new after 2", out.ID, h.count())
	}
	times := h.times()
	if gap := times[1].Sub(times[0]); gap < time.Second {
		t.Errorf("resent after %v, want at least the 1s Retry-After", gap)
	}
}

func TestDoRetries429WithoutRetryAfterUsingBackoff(t *testing.T) {
	var h hits
	srv := newServer(t, refuseFirst(&h, http.StatusTooManyRequests, ""))
	c := newTestClient(t, srv.URL, nil)

	if _, err := c.Do(context.Background(), Request{Method: http.MethodPost, Path: "/things", Body: struct{}{}}, nil); err != nil {
		t.Fatalf("Do: %v", err)
	}
	if got := h.count(); got != 2 {
		t.Errorf("server received %d requests, want 2", got)
	}
}

func TestDoDoesNotRetry429WhenRetryAfterExceedsMax(t *testing.T) {
	var h hits
	srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		h.next()
		w.Header().Set("Retry-After", "5")
		writeJSON(w, http.StatusTooManyRequests, `{}`)
	})
	c := newTestClient(t, srv.URL, func(o *Options) { o.MaxRetryAfter = 2 * time.Second })

	start := time.Now()
	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/things"}, nil)

	apiErr, ok := AsAPIError(err)
	if !ok || apiErr.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("err = %v, want a 429 APIError", err)
	}
	if apiErr.RetryAfter != 5*time.Second {
		t.Errorf("RetryAfter = %v, want 5s", apiErr.RetryAfter)
	}
	if h.count() != 1 {
		t.Errorf("server received %d requests, want 1", h.count())
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("Do took %v, want an immediate error", elapsed)
	}
}

func TestDoStopsAfterRetryMax(t *testing.T) {
	var h hits
	srv := newServer(t, answer(&h, http.StatusServiceUnavailable, `still down`))
	c := newTestClient(t, srv.URL, func(o *Options) { o.RetryMax = 3 })

	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/things"}, nil)

	apiErr, ok := AsAPIError(err)
	if !ok || apiErr.StatusCode != http.StatusServiceUnavailable || apiErr.Message != "still down" {
		t.Fatalf("err = %v, want the last 503 as an APIError with its body", err)
	}
	if got := h.count(); got != 4 {
		t.Errorf("server received %d requests, want 4 (1 + RetryMax 3)", got)
	}
}

func TestDoNegativeRetryMaxMeansNoRetry(t *testing.T) {
	var h hits
	srv := newServer(t, answer(&h, http.StatusServiceUnavailable, `{}`))
	c := newTestClient(t, srv.URL, func(o *Options) { o.RetryMax = -1 })

	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/things"}, nil); err == nil {
		t.Fatal("Do succeeded, want an error")
	}
	if got := h.count(); got != 1 {
		t.Errorf("server received %d requests, want 1", got)
	}
}

func TestDoCancelStopsRetryWait(t *testing.T) {
	var h hits
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		h.next()
		time.AfterFunc(50*time.Millisecond, cancel) // cancel while the client waits to retry
		writeJSON(w, http.StatusServiceUnavailable, `{}`)
	})
	c := newTestClient(t, srv.URL, func(o *Options) {
		o.RetryWaitMin = time.Minute
		o.RetryWaitMax = time.Minute
	})

	start := time.Now()
	_, err := c.Do(ctx, Request{Method: http.MethodGet, Path: "/things"}, nil)

	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("Do returned after %v, want promptly after cancellation", elapsed)
	}
	if got := h.count(); got != 1 {
		t.Errorf("server received %d requests, want 1", got)
	}
}

func TestBackoffGrowsWithinBounds(t *testing.T) {
	p := retryPolicy{method: http.MethodGet}
	for attempt := range 10 {
		wait := p.backoff(100*time.Millisecond, time.Second, attempt, nil)
		ceiling := min(100*time.Millisecond<<attempt, time.Second)
		if wait < ceiling/2 || wait > ceiling {
			t.Errorf("attempt %d: wait %v, want within [%v, %v]", attempt, wait, ceiling/2, ceiling)
		}
	}
}

func TestRetryAfterParsing(t *testing.T) {
	cases := map[string]struct {
		header string
		want   time.Duration
		ok     bool
	}{
		"seconds":  {"3", 3 * time.Second, true},
		"zero":     {"0", 0, true},
		"missing":  {"", 0, false},
		"garbage":  {"soon", 0, false},
		"past day": {"Mon, 02 Jan 2006 15:04:05 GMT", 0, true},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			h := http.Header{}
			if tc.header != "" {
				h.Set("Retry-After", tc.header)
			}
			got, ok := retryAfter(h)
			if got != tc.want || ok != tc.ok {
				t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.header, got, ok, tc.want, tc.ok)
			}
		})
	}
}

// The default retryablehttp policy would resend this POST; make sure ours is the one in use
// even for errors that are not statuses, like a refused connection.
func TestDoDoesNotResendPOSTOnRefusedConnection(t *testing.T) {
	srv := newServer(t, func(http.ResponseWriter, *http.Request) {})
	url := srv.URL
	srv.Close()
	var logs recordingLogger
	c := newTestClient(t, url, func(o *Options) { o.Logger = &logs })

	_, err := c.Do(context.Background(), Request{Method: http.MethodPost, Path: "/things", Body: struct{}{}}, nil)

	if err == nil || !strings.Contains(err.Error(), "POST /things") {
		t.Fatalf("err = %v, want a network error naming the call", err)
	}
	if got := len(logs.find("debug", "HTTP request failed")); got != 1 {
		t.Errorf("%d attempts logged, want 1", got)
	}
}
