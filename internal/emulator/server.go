// Package emulator is an in-memory emulator of the Genesys Cloud Platform API v2 and the Genesys
// Multicloud CX authentication service (GAuth v3), served as one http.Handler.
//
// It follows the API contract (CONTRACT.md), not the provider: tests and the demo rely on it behaving
// like the real services. Genesys Cloud routes live in cloud_*.go, GAuth routes in gauth_*.go,
// and what both share (tokens, request counters, faults, admin paths) in the files named after it.
package emulator

import (
	"cmp"
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

	// Role-holding rule (REAL-ORG-BEHAVIOUR R1): an OAuth client create or update may grant only
	// roles the caller holds, and may edit only a client whose roles the caller holds.

	// AllowUnheldRoleGrants turns the rule off, for tests about something else that grant freshly
	// created roles with the bootstrap client.
	AllowUnheldRoleGrants bool
	// CloudClientRoles are built-in roles (by id or name) the bootstrap client holds in the home
	// division besides Master Admin. Unknown ones are ignored; CheckBuiltinRoles tells them.
	CloudClientRoles []string
	// CloudUserToken, when not empty, is an access token of the seeded user, issued again at every
	// seed so scripts can hold on to it (ours: real user tokens come from a login).
	CloudUserToken string
	// Permission catalogue and the real-org rules on role policies (REAL-ORG-BEHAVIOUR.md R2, R3,
	// R5). Each rule is on by default; a field set to true turns it off.

	// PermissionCatalogue replaces the seeded catalogue with an org's own (ReadPermissionCatalogue),
	// so that roles store exactly what that org would store; nil keeps the seeded one.
	PermissionCatalogue *PermissionCatalogue
	// KeepWildcardPolicies stores "*" entity names and actions as sent instead of expanding them
	// against the catalogue (R2 off).
	KeepWildcardPolicies bool
	// KeepUncataloguedPolicies stores policies outside the catalogue as sent instead of silently
	// dropping them (R3 off).
	KeepUncataloguedPolicies bool
	// AllowConditionsAnywhere accepts conditions on permissions whose catalogue entry does not allow
	// them, instead of answering 400.
	AllowConditionsAnywhere bool
	// AllowDefaultRoleRename lets PUT and PATCH rename a built-in role (R5 off).
	AllowDefaultRoleRename bool
	// Real-org rate limits, OAuth client rules and credentials (REAL-ORG-BEHAVIOUR.md R6-R8). The
	// zero value of each field is what a real org does; the others are leniencies for tests that
	// need them.

	// RateLimitHeaders sends inin-ratelimit-count/allowed/reset on every /api/v2 answer, as Genesys
	// Cloud did until 2021. Real orgs send only Retry-After on a 429.
	RateLimitHeaders bool
	// TokenRateLimit is the number of token requests one OAuth client may make per minute at
	// /oauth/token; beyond it the endpoint answers 400 invalid_request "rate limit exceeded".
	// 0 means DefaultTokenRateLimit; a negative value turns the limit off.
	TokenRateLimit int
	// AcceptUnderscoreGrantTypes stores the 2017 spellings CLIENT_CREDENTIALS and SAML2BEARER in
	// their hyphenated form instead of refusing them.
	AcceptUnderscoreGrantTypes bool
	// AcceptDisabledState lets OAuth client requests set state "disabled", which on a real org
	// only Genesys support sets.
	AcceptDisabledState bool
	// LongTokenValidityForAll allows accessTokenValiditySeconds up to the SCIM maximum for every
	// OAuth client, not only SCIM clients.
	LongTokenValidityForAll bool
	// AcceptURLEncodedCredentials also accepts token-endpoint Basic credentials whose id and
	// secret were form-encoded before Base64 (golang.org/x/oauth2's header style), on both products.
	AcceptURLEncodedCredentials bool
	// GAuthEchoGrantTypes stores a new GAuth API client's grant types as sent, without the
	// token-exchange and jwt-bearer grants real GAuth adds.
	GAuthEchoGrantTypes bool
	// Eventual consistency (REAL-ORG-BEHAVIOUR R4, cloud_consistency.go).

	// ConsistencyDelay is how long a create or delete of a Genesys Cloud role or OAuth client
	// takes to show in reads: until then a new object answers 404 and is missing from lists and
	// role grants, and a deleted one still answers (an OAuth client with state "deleted"). Zero
	// means DefaultConsistencyDelay; ConsistencyOff (any negative value) shows changes at once,
	// for tests that count requests exactly.
	ConsistencyDelay time.Duration

	// GAuth routes and semantics no public source documents (REAL-ORG-BEHAVIOUR R8,
	// gauth_undocumented_routes.go).

	// MergeEnvironmentPut makes PUT /environment/v3/environments/{id} merge the fields it sends
	// into the stored environment. By default a PUT replaces the environment, the stricter
	// reading: a PUT without a password clears the stored one.
	MergeEnvironmentPut bool
	// UndocumentedRoutesMissing plays a GAuth version that does not serve the DELETE routes no
	// public source documents (environments, contact centers, their settings, data centers): they
	// answer 404 and delete nothing. Off by default: the emulator serves them.
	UndocumentedRoutesMissing bool

	// Rate limit per OAuth client (cloud_rate_window.go).

	// RateLimitPerClient counts RateLimit per OAuth client, over all its tokens, instead of per
	// token as real orgs do (REAL-ORG-BEHAVIOUR R6): a harsher org, to check that a client fetching
	// more tokens gains nothing and notices.
	RateLimitPerClient bool
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
		TokenRateLimit:    DefaultTokenRateLimit,
		ConsistencyDelay:  DefaultConsistencyDelay,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	o.CloudClientID = cmp.Or(o.CloudClientID, d.CloudClientID)
	o.CloudClientSecret = cmp.Or(o.CloudClientSecret, d.CloudClientSecret)
	o.OpsUsername = cmp.Or(o.OpsUsername, d.OpsUsername)
	o.OpsPassword = cmp.Or(o.OpsPassword, d.OpsPassword)
	o.GAuthClientID = cmp.Or(o.GAuthClientID, d.GAuthClientID)
	o.GAuthClientSecret = cmp.Or(o.GAuthClientSecret, d.GAuthClientSecret)
	o.TokenTTL = cmp.Or(o.TokenTTL, d.TokenTTL)
	if o.Now == nil {
		o.Now = d.Now
	}
	o.TokenRateLimit = cmp.Or(o.TokenRateLimit, d.TokenRateLimit)
	o.ConsistencyDelay = cmp.Or(o.ConsistencyDelay, d.ConsistencyDelay)
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
	s.routeCloudAdmin()
	s.routeSupport()
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
	s.seedUserToken()
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
