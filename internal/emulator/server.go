// Package emulator is an in-memory emulator of the Genesys Cloud Platform API v2 and the Genesys
// Multicloud CX authentication service (GAuth v3), served as one http.Handler.
//
// It follows the API contract (CONTRACT.md), not the provider: tests and the demo rely on it behaving
// like the real services. Genesys Cloud routes live in cloud_*.go, GAuth routes in gauth_*.go,
// and what both share (tokens, request counters, faults, admin paths) in the files named after it.
package emulator

import (
	"net/http"
	"sync"
	"time"
)

// Options configures an emulator. The zero value of a field means its default (see DefaultOptions).
type Options struct {
	// Bootstrap Genesys Cloud OAuth client (CLIENT-CREDENTIALS) the provider authenticates with.
	CloudClientID     string
	CloudClientSecret string

	// GAuth ops Basic credentials for /auth/v3/ops and /environment/v3.
	OpsUsername string
	OpsPassword string

	// Bootstrap GAuth API client with authority ROLE_INTERNAL_CLIENT.
	GAuthClientID     string
	GAuthClientSecret string

	// TokenTTL is the lifetime of issued tokens.
	TokenTTL time.Duration

	// RateLimit is the number of Genesys Cloud requests allowed per minute per token; 0 turns it off.
	RateLimit int

	// CloudMaxOAuthClients caps the number of Genesys Cloud OAuth clients (auth.too.many.clients);
	// 0 means no cap.
	CloudMaxOAuthClients int

	// Now is the clock; tests may replace it.
	Now func() time.Time

	// Eventual consistency (REAL-ORG-BEHAVIOUR R4, cloud_consistency.go).

	// ConsistencyDelay is how long a create or delete of a Genesys Cloud role or OAuth client
	// takes to show in reads: until then a new object answers 404 and is missing from lists and
	// role grants, and a deleted one still answers (an OAuth client with state "deleted"). Zero
	// means DefaultConsistencyDelay; ConsistencyOff (any negative value) shows changes at once,
	// for tests that count requests exactly.
	ConsistencyDelay time.Duration
}

// DefaultOptions returns the defaults the command line documents.
func DefaultOptions() Options {
	return Options{
		CloudClientID:     "emulator-client",
		CloudClientSecret: "emulator-secret",
		OpsUsername:       "ops",
		OpsPassword:       "ops",
		GAuthClientID:     "emulator-gauth",
		GAuthClientSecret: "emulator-gauth-secret",
		TokenTTL:          24 * time.Hour,
		Now:               time.Now,
		ConsistencyDelay:  DefaultConsistencyDelay,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.CloudClientID == "" {
		o.CloudClientID = d.CloudClientID
	}
	if o.CloudClientSecret == "" {
		o.CloudClientSecret = d.CloudClientSecret
	}
	if o.OpsUsername == "" {
		o.OpsUsername = d.OpsUsername
	}
	if o.OpsPassword == "" {
		o.OpsPassword = d.OpsPassword
	}
	if o.GAuthClientID == "" {
		o.GAuthClientID = d.GAuthClientID
	}
	if o.GAuthClientSecret == "" {
		o.GAuthClientSecret = d.GAuthClientSecret
	}
	if o.TokenTTL == 0 {
		o.TokenTTL = d.TokenTTL
	}
	if o.Now == nil {
		o.Now = d.Now
	}
	if o.ConsistencyDelay == 0 {
		o.ConsistencyDelay = d.ConsistencyDelay
	}
	return o
}

// Server is the emulator. It is safe for concurrent use.
type Server struct {
	opts Options
	mux  *http.ServeMux

	// mu guards every piece of state below and in the product parts.
	mu     sync.Mutex
	tokens *tokenStore
	stats  *stats
	cloud  *cloudState
	gauth  *gauthState
	faults *faultState
}

// New returns an emulator seeded with its bootstrap objects.
func New(opts Options) *Server {
	s := &Server{opts: opts.withDefaults(), mux: http.NewServeMux()}
	s.stats = newStats()
	s.faults = newFaultState(FaultPlan{})
	s.seed()
	s.routeAdmin()
	s.routeFaults()
	s.routeCloud()
	s.routeGAuth()
	return s
}

// seed (re)creates the store in its initial state. The caller holds mu or has exclusive access.
func (s *Server) seed() {
	s.tokens = newTokenStore()
	s.cloud = newCloudState(s.opts)
	s.gauth = newGAuthState(s.opts)
}

// Reset empties the store back to its seed and clears tokens and counters. The fault plan stays,
// with its hit counts and generator restarted, so a run after Reset replays the same faults.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.seed()
	s.faults = newFaultState(s.faults.plan)
	s.stats.reset()
}

// ServeHTTP serves both APIs and the admin paths through the fault plan, counting every request by
// route template and the status actually sent (0 for a dropped connection).
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// The template ("GET /api/v2/authorization/roles/{roleId}") is known before serving, so faults
	// can match it even when the handler never runs.
	_, pattern := s.mux.Handler(r)
	route := routeOf(pattern)
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK,
		record: func(status int) { s.stats.record(r.Method, route, status) }}
	defer rec.finish()
	s.serveWithFaults(rec, r, route)
}

// handle registers a handler for a Go ServeMux pattern such as "GET /api/v2/authorization/roles/{roleId}".
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.mux.HandleFunc(pattern, h)
}
