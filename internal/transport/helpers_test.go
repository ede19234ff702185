package transport

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"
)

// logEntry is one call to a Logger.
type logEntry struct {
	level  string
	msg    string
	fields map[string]any
}

// recordingLogger keeps every log call for assertions.
type recordingLogger struct {
	mu      sync.Mutex
	entries []logEntry
}

func (l *recordingLogger) Debug(_ context.Context, msg string, fields map[string]any) {
	l.add("debug", msg, fields)
}

func (l *recordingLogger) Trace(_ context.Context, msg string, fields map[string]any) {
	l.add("trace", msg, fields)
}

func (l *recordingLogger) add(level, msg string, fields map[string]any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, logEntry{level: level, msg: msg, fields: fields})
}

// find returns the entries with the given level and message.
func (l *recordingLogger) find(level, msg string) []logEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []logEntry
	for _, e := range l.entries {
		if e.level == level && e.msg == msg {
			out = append(out, e)
		}
	}
	return out
}

// dump renders every entry, to search for strings that must never be logged.
func (l *recordingLogger) dump() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return fmt.Sprintf("%+v", l.entries)
}

// hits counts requests a test server received, and when each came; safe for the server's
// goroutines.
type hits struct {
	mu sync.Mutex
	at []time.Time
}

// next records one request and returns its 1-based number.
func (h *hits) next() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.at = append(h.at, time.Now())
	return len(h.at)
}

func (h *hits) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.at)
}

// times returns when each request came, in order: the tests of waits measure the gaps.
func (h *hits) times() []time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.at)
}

// answer is a handler that answers every request with status and body, counting them in h.
func answer(h *hits, status int, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		h.next()
		writeJSON(w, status, body)
	}
}

// refuseFirst is a handler that answers the first request with status, and a Retry-After of
// retryAfter unless it is empty, then every other one with 200: a server that makes the client
// wait once. h counts the requests.
func refuseFirst(h *hits, status int, retryAfter string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if h.next() > 1 {
			writeJSON(w, http.StatusOK, `{}`)
			return
		}
		if retryAfter != "" {
			w.Header().Set("Retry-After", retryAfter)
		}
		writeJSON(w, status, `{}`)
	}
}

func newServer(t *testing.T, handler http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

// newTestClient returns a Client for baseURL with millisecond backoffs; modify adjusts options.
func newTestClient(t *testing.T, baseURL string, modify func(*Options)) *Client {
	t.Helper()
	opts := Options{
		BaseURL:      baseURL,
		UserAgent:    "transport-test/1.0",
		RetryWaitMin: time.Millisecond,
		RetryWaitMax: 5 * time.Millisecond,
	}
	if modify != nil {
		modify(&opts)
	}
	c, err := New(opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// dropConnection closes the connection without answering, like a crashed proxy.
func dropConnection(t *testing.T, w http.ResponseWriter) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		t.Errorf("hijack: %v", err)
		return
	}
	_ = conn.Close()
}

func writeJSON(w http.ResponseWriter, status int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}
