package transport

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"
)

// countingAuth hands out "Bearer tok-N", a new N on each Apply after a Renew, and records when
// each Apply happened.
type countingAuth struct {
	mu       sync.Mutex
	n        int
	applied  []time.Time
	renewals int
}

func (a *countingAuth) Apply(_ context.Context, req *http.Request) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.applied = append(a.applied, time.Now())
	req.Header.Set("Authorization", fmt.Sprintf("Bearer tok-%d", a.n))
	return nil
}

func (a *countingAuth) Renew(*http.Request) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.n++
	a.renewals++
	return true
}

// Credentials go on each attempt after its wait: after the pacer's hold, and again on a retry.
func TestDoAttachesCredentialsAfterWaiting(t *testing.T) {
	var h hits
	srv := newServer(t, refuseFirst(&h, http.StatusTooManyRequests, "1"))
	auth := &countingAuth{}
	c := newTestClient(t, srv.URL, func(o *Options) { o.Auth = auth })
	if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil); err != nil {
		t.Fatal(err)
	}
	auth.mu.Lock()
	defer auth.mu.Unlock()
	arrived := h.times()
	if len(auth.applied) != 2 || len(arrived) != 2 {
		t.Fatalf("credentials applied %d times for %d attempts, want once per attempt", len(auth.applied), len(arrived))
	}
	if auth.applied[1].Before(arrived[0].Add(900 * time.Millisecond)) {
		t.Errorf("the retry's credentials were applied %v after the 429, want after its 1 s wait", auth.applied[1].Sub(arrived[0]))
	}
}

// A token refused after a wait is renewed again before the credentials are blamed;
// a fresh token refused at once is the credentials' fault.
func TestDoRenewsATokenRefusedAfterAWait(t *testing.T) {
	var calls hits
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := calls.next()
		switch {
		case n == 1: // tok-0 expired early
			writeJSON(w, http.StatusUnauthorized, `{"code":"bad.credentials"}`)
		case n == 2: // tok-1 meets the rate limit ...
			w.Header().Set("Retry-After", "0")
			writeJSON(w, http.StatusTooManyRequests, `{}`)
		case n == 3: // ... and expires during the wait
			writeJSON(w, http.StatusUnauthorized, `{"code":"bad.credentials"}`)
		case r.Header.Get("Authorization") == "Bearer tok-2":
			writeJSON(w, http.StatusOK, `{}`)
		default:
			t.Errorf("attempt %d with %q", n, r.Header.Get("Authorization"))
			writeJSON(w, http.StatusUnauthorized, `{}`)
		}
	})
	auth := &countingAuth{}
	c := newTestClient(t, srv.URL, func(o *Options) { o.Auth = auth })
	if _, err := c.Do(context.Background(), Request{Method: http.MethodPost, Path: "/x", Body: struct{}{}}, nil); err != nil {
		t.Fatalf("Do: %v, want success with the token renewed after the wait", err)
	}
	if calls.count() != 4 || auth.renewals != 2 {
		t.Errorf("attempts %d, renewals %d; want 4 and 2", calls.count(), auth.renewals)
	}
}

func TestDoBoundsRenewalsAfterWaits(t *testing.T) {
	var calls hits
	srv := newServer(t, func(w http.ResponseWriter, _ *http.Request) {
		if calls.next()%2 == 0 {
			w.Header().Set("Retry-After", "0")
			writeJSON(w, http.StatusTooManyRequests, `{}`)
			return
		}
		writeJSON(w, http.StatusUnauthorized, `{}`)
	})
	auth := &countingAuth{}
	c := newTestClient(t, srv.URL, func(o *Options) { o.Auth = auth })
	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/x"}, nil)
	if apiErr, ok := AsAPIError(err); !ok || apiErr.StatusCode != http.StatusUnauthorized {
		t.Fatalf("err = %v, want the last 401", err)
	}
	if auth.renewals != maxRenewals {
		t.Errorf("renewals = %d, want the bound %d", auth.renewals, maxRenewals)
	}
}
