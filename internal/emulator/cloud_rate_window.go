package emulator

import (
	"sort"
	"time"
)

// callWindow is a fixed 60 s rate-limit window: when it started and how many calls it counted.
type callWindow struct {
	start time.Time
	count int
}

// rateWindowOf is the window a call with t counts in: the token's own (real orgs), or with
// Options.RateLimitPerClient its OAuth client's. The caller holds Server.mu.
func (s *Server) rateWindowOf(t *token) *callWindow {
	if !s.opts.RateLimitPerClient {
		return &t.window
	}
	w := s.tokens.clientWindows[t.clientID]
	if w == nil {
		w = &callWindow{}
		s.tokens.clientWindows[t.clientID] = w
	}
	return w
}

// TokenCount is how many authenticated Genesys Cloud API calls one token made. Tokens are named by the order
// they were issued in, never by their value (ours: real orgs report nothing like it).
type TokenCount struct {
	Token    int    `json:"token"` // 1 for the first token issued
	ClientID string `json:"clientId"`
	Requests int    `json:"requests"`
}

// tokenCounts lists the tokens that made calls since the stats were reset, in issue order. The
// caller holds Server.mu.
func (ts *tokenStore) tokenCounts() []TokenCount {
	out := []TokenCount{}
	for _, t := range ts.byValue {
		if t.requests > 0 {
			out = append(out, TokenCount{Token: t.seq, ClientID: t.clientID, Requests: t.requests})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Token < out[j].Token })
	return out
}

// resetCounts zeroes the per-token call counts. The caller holds Server.mu.
func (ts *tokenStore) resetCounts() {
	for _, t := range ts.byValue {
		t.requests = 0
	}
}
