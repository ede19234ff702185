package emulator

import (
	"fmt"
	"time"
)

// DefaultTokenRateLimit is the token requests per minute per OAuth client the emulator allows at
// /oauth/token. Genesys Cloud has such a limit (token.rate.per.minute) but no public source gives
// its value [I: ours]; this one is never reached by a client that reuses its token, and is reached
// by one that fetches a token per request.
const DefaultTokenRateLimit = 300

// tokenWindow counts one client's token requests in a fixed 60 s window.
type tokenWindow struct {
	start time.Time
	count int
}

// chargeTokenRequest counts a token request of clientID (as its Basic credentials name it, known
// or not) and reports whether it exceeds Options.TokenRateLimit. The caller holds Server.mu.
func (s *Server) chargeTokenRequest(clientID string, now time.Time) (string, bool) {
	limit := s.opts.TokenRateLimit
	if limit <= 0 {
		return "", false
	}
	w := s.tokens.requests[clientID]
	if now.Sub(w.start) >= rateWindow {
		w = tokenWindow{start: now}
	}
	w.count++
	s.tokens.requests[clientID] = w
	if w.count <= limit {
		return "", false
	}
	// The service answers its token limit with this error and description (REAL-ORG-BEHAVIOUR R6);
	// the text after the semicolon is ours.
	return fmt.Sprintf("rate limit exceeded; at most %d token requests per minute per client", limit), true
}
