package emulator

import (
	"net/http"
	"sort"
	"strings"
	"sync"
)

// RequestCount is one row of the request counters.
type RequestCount struct {
	Method string `json:"method"`
	Route  string `json:"route"`
	Status int    `json:"status"`
	Count  int    `json:"count"`
}

// Stats is a snapshot of the request counters.
type Stats struct {
	Requests      []RequestCount `json:"requests"`
	TokenRequests int            `json:"tokenRequests"`
	Total         int            `json:"total"`
	// Tokens counts the Genesys Cloud API calls per access token.
	Tokens []TokenCount `json:"tokens"`
}

// Count returns the number of requests with that method and route template, any status.
// An empty method matches every method.
func (st Stats) Count(method, route string) int {
	n := 0
	for _, r := range st.Requests {
		if (method == "" || r.Method == method) && r.Route == route {
			n += r.Count
		}
	}
	return n
}

// CountStatus returns the number of responses with that status, on any route.
func (st Stats) CountStatus(status int) int {
	n := 0
	for _, r := range st.Requests {
		if r.Status == status {
			n += r.Count
		}
	}
	return n
}

type statKey struct {
	method, route string
	status        int
}

type stats struct {
	mu     sync.Mutex
	counts map[statKey]int
}

func newStats() *stats { return &stats{counts: map[statKey]int{}} }

func (s *stats) record(method, route string, status int) {
	if strings.HasPrefix(route, adminPrefix) {
		return // the admin interface does not count itself
	}
	s.mu.Lock()
	s.counts[statKey{method, route, status}]++
	s.mu.Unlock()
}

func (s *stats) reset() {
	s.mu.Lock()
	s.counts = map[statKey]int{}
	s.mu.Unlock()
}

func (s *stats) snapshot() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := Stats{Requests: []RequestCount{}}
	for k, n := range s.counts {
		out.Requests = append(out.Requests, RequestCount{Method: k.method, Route: k.route, Status: k.status, Count: n})
		out.Total += n
		if isTokenRoute(k.route) {
			out.TokenRequests += n
		}
	}
	sort.Slice(out.Requests, func(i, j int) bool {
		a, b := out.Requests[i], out.Requests[j]
		if a.Route != b.Route {
			return a.Route < b.Route
		}
		if a.Method != b.Method {
			return a.Method < b.Method
		}
		return a.Status < b.Status
	})
	return out
}

// Stats returns a snapshot of the request counters.
func (s *Server) Stats() Stats {
	st := s.stats.snapshot()
	s.mu.Lock()
	defer s.mu.Unlock()
	st.Tokens = s.tokens.tokenCounts()
	return st
}

// ResetStats clears the request counters and keeps the store.
func (s *Server) ResetStats() {
	s.stats.reset()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens.resetCounts()
}

// routeOf is a ServeMux pattern without its method, or "unmatched".
func routeOf(p string) string {
	if p == "" {
		return "unmatched"
	}
	if i := strings.IndexByte(p, ' '); i >= 0 {
		p = p[i+1:]
	}
	return p
}

func isTokenRoute(route string) bool {
	return route == "/oauth/token" || route == "/auth/v3/oauth/token"
}

// statusRecorder remembers the status a handler wrote.
type statusRecorder struct {
	http.ResponseWriter
	status      int
	wroteHeader bool

	// record counts the request once it is answered; finish calls it once.
	record   func(status int)
	recorded bool
}

// finish counts the request with the status sent so far. A dropped connection calls it before
// closing, so the count is there by the time the client sees the connection close.
func (r *statusRecorder) finish() {
	if !r.recorded && r.record != nil {
		r.recorded = true
		r.record(r.status)
	}
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.status = code
		r.wroteHeader = true
	}
	r.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer (hijacking for dropped connections).
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
