package emulator

import (
	"io"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

// testClock is a settable clock for Options.Now, safe to read from the server's goroutines. The
// tests of both APIs run on it, so that they can step past token lifetimes, rate windows and
// consistency delays without waiting.
type testClock struct{ nanos atomic.Int64 }

// newTestClock returns a clock standing at a fixed instant, the same in every run.
func newTestClock() *testClock {
	c := &testClock{}
	c.nanos.Store(time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC).UnixNano())
	return c
}

func (c *testClock) now() time.Time          { return time.Unix(0, c.nanos.Load()).UTC() }
func (c *testClock) advance(d time.Duration) { c.nanos.Add(int64(d)) }

// roundTrip sends req with client and returns the answer's status, headers and whole body,
// failing t when either fails.
func roundTrip(t *testing.T, client *http.Client, req *http.Request) (int, http.Header, []byte) {
	t.Helper()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer func() { _ = resp.Body.Close() }()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s %s: %v", req.Method, req.URL.Path, err)
	}
	return resp.StatusCode, resp.Header, raw
}
