package transport

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// TokenPool is a lazily grown set of client-credentials tokens of one OAuth client, each with its
// own request budget. Genesys Cloud limits requests per token (REAL-ORG-BEHAVIOUR R6), so a large
// apply goes faster on several tokens; a small one never needs more than the first.
//
// A request takes the next token whose budget lets it leave now. Only when every token held would
// make it wait does the pool fetch another, up to MaxTokens: no token is fetched for work that is
// not waiting. A new token carries a single request until that one is answered. When any token is
// throttled (429) before spending its own budget, the service limits the OAuth client rather than
// each token, or something else spends the same budget (Terraform's other provider processes of
// the run use the same client): the pool then goes back to its first token, stops growing and
// says so once in the log.
//
// Only one request meets such a limit: in the last tenth of a token's budget (its edge), the
// token carries one request at a time, so that the first 429 holds the others back before they
// are sent instead of after. Waiting at the edge does not grow the pool; the budget is not spent.
//
// Each token is a TokenSource of its own, so a token-endpoint rate limit is waited out as for a
// single token, and a 401 renews only the token refused. Safe for concurrent use.
type TokenPool struct {
	cfg       TokenConfig
	maxTokens int
	budget    int
	logger    Logger
	newPacer  func() *Pacer

	mu        sync.Mutex
	slots     []*tokenSlot // in use, oldest first
	all       []*tokenSlot // every slot ever made, for Fetches
	next      int          // round-robin start, so tokens share the load
	perClient bool         // growth stopped: the limit is per client
}

// tokenSlot is one token of the pool and its budget.
type tokenSlot struct {
	seq    int
	source *TokenSource
	pacer  *Pacer
	sent   int // requests sent with this token (under TokenPool.mu)
	// trial is set on a new token until its first answer: it carries one request only, so that
	// when the limit is per client, one request is throttled instead of a budget's worth.
	trial bool
	// inFlight counts the requests sent with this token and not answered yet, lastSent is when
	// the latest left (under TokenPool.mu).
	inFlight int
	lastSent time.Time
}

// trialPoll is how often requests waiting on a token on trial, or at its budget's edge, look
// again.
const trialPoll = 20 * time.Millisecond

// edgeHold bounds how long a request in flight holds the others back at a budget's edge: a
// request that is never answered (a caller that gave up between retries) must not stall the
// token. Longer than any answer the services take.
const edgeHold = 30 * time.Second

// PoolConfig configures a TokenPool.
type PoolConfig struct {
	Token TokenConfig
	// MaxTokens is the most tokens held at once; below 1 means 1.
	MaxTokens int
	// MaxRequestsPerMinute is each token's client-side budget (see Pacer); 0 = none beyond the
	// Retry-After of a 429.
	MaxRequestsPerMinute int
}

// NewTokenPool returns a TokenPool; it does no network I/O.
func NewTokenPool(cfg PoolConfig) *TokenPool {
	budget := max(cfg.MaxRequestsPerMinute, 0)
	return &TokenPool{
		cfg:       cfg.Token,
		maxTokens: max(cfg.MaxTokens, 1),
		budget:    budget,
		logger:    cfg.Token.Logger,
		newPacer:  func() *Pacer { return NewPacer(budget) },
	}
}

// Fetches returns how many tokens were requested so far, over every token (tests, benchmarks).
func (p *TokenPool) Fetches() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, s := range p.all {
		n += s.source.Fetches()
	}
	return n
}

// Tokens returns how many tokens the pool holds (tests, benchmarks).
func (p *TokenPool) Tokens() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.slots)
}

// ticket is a request's place in a token's budget: the token and when the place was taken.
type ticket struct {
	slot *tokenSlot
	at   time.Time
}

// acquire waits until a token's budget lets a request leave, counts the request against it and
// returns its ticket, how long it waited and why (for the log).
func (p *TokenPool) acquire(ctx context.Context) (ticket, time.Duration, string, error) {
	var waited time.Duration
	var why string
	for {
		t, d, reason := p.reserve()
		if t.slot != nil {
			return t, waited, why, nil
		}
		waited, why = waited+d, reason
		timer := time.NewTimer(d)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ticket{}, waited, why, ctx.Err()
		case <-timer.C:
		}
	}
}

// reserve takes a sending slot on the first token, from the round-robin start, that has one; or
// grows the pool when none has; or returns the shortest wait and its reason.
func (p *TokenPool) reserve() (ticket, time.Duration, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.slots) == 0 {
		p.grow()
	}
	var wait time.Duration
	var reason string
	later := func(d time.Duration, why string) {
		if wait == 0 || d < wait {
			wait, reason = d, why
		}
	}
	n := len(p.slots)
	onTrial, atEdge := false, false
	for i := range n {
		s := p.slots[(p.next+i)%n]
		now := s.pacer.now()
		if s.trial {
			onTrial = true
			if s.sent > 0 {
				later(trialPoll, "a new OAuth token awaits its first answer")
				continue
			}
		}
		if p.atEdge(s, now) {
			atEdge = true
			later(trialPoll, "the OAuth token's budget is nearly spent: one request at a time")
			continue
		}
		d, why := s.pacer.reserve(now)
		if d <= 0 {
			p.next = (p.next + i + 1) % n
			return p.send(s, now), 0, ""
		}
		later(d, why)
	}
	if n < p.maxTokens && !p.perClient && !onTrial && !atEdge {
		s := p.grow()
		now := s.pacer.now()
		if d, _ := s.pacer.reserve(now); d <= 0 {
			return p.send(s, now), 0, ""
		}
	}
	return ticket{}, wait, reason
}

// atEdge reports whether s is in the last tenth of its budget with a request still unanswered, so
// that the next request must wait for that answer. Called with mu held.
func (p *TokenPool) atEdge(s *tokenSlot, now time.Time) bool {
	if p.budget == 0 || s.inFlight == 0 || now.Sub(s.lastSent) >= edgeHold {
		return false
	}
	return s.pacer.inWindow(now) >= p.budget-max(p.budget/10, 1)
}

// send counts a request leaving with s at now and returns its ticket. Called with mu held.
func (p *TokenPool) send(s *tokenSlot, now time.Time) ticket {
	s.sent++
	s.inFlight++
	s.lastSent = now
	return ticket{slot: s, at: now}
}

// leaving counts the request of t as sent now rather than when its place was taken: between the
// two, it may have waited for the token to be fetched.
func (p *TokenPool) leaving(t ticket) {
	now := t.slot.pacer.now()
	if p.budget > 0 {
		t.slot.pacer.restamp(t.at, now)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if now.After(t.slot.lastSent) {
		t.slot.lastSent = now
	}
}

// grow adds a token; its TokenSource fetches on first use. Called with mu held.
func (p *TokenPool) grow() *tokenSlot {
	s := &tokenSlot{seq: len(p.all) + 1, source: NewTokenSource(p.cfg), pacer: p.newPacer(), trial: len(p.all) > 0}
	p.slots = append(p.slots, s)
	p.all = append(p.all, s)
	return s
}

// observe learns from an answer to a request sent with slot's token: a 429 holds that token back
// until its Retry-After and may show that the limit is per client.
func (p *TokenPool) observe(ctx context.Context, slot *tokenSlot, resp *http.Response) {
	throttled := resp != nil && resp.StatusCode == http.StatusTooManyRequests
	if throttled {
		slot.pacer.observe(resp)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	slot.trial = false
	slot.inFlight = max(slot.inFlight-1, 0)
	if !throttled || p.perClient || !p.throttledEarly(slot) {
		return
	}
	p.perClient = true
	first := p.slots[0]
	p.slots = p.slots[:1]
	p.next = 0
	// The client's limit is spent: the first token waits for it too.
	first.pacer.observe(resp)
	if p.logger != nil {
		p.logger.Debug(ctx, "OAuth token pool stops growing", map[string]any{
			"tokens": len(p.all),
			"token":  slot.seq,
			"reason": "a token was throttled before spending a budget of its own: the service limits this OAuth client rather than each token, or something else spends the same budget; going on with one token",
		})
	}
}

// throttledEarly reports whether slot was throttled before it could have spent a per-token limit
// of its own: with a budget, before sending a budget's worth in the window; without one (the
// first token then has nothing to compare with), while the first token is still held back by its
// own 429. Called with mu held.
func (p *TokenPool) throttledEarly(slot *tokenSlot) bool {
	if p.budget > 0 {
		return slot.pacer.inWindow(slot.pacer.now()) < p.budget
	}
	first := p.slots[0]
	return first != slot && first.pacer.blocked(first.pacer.now())
}

// renew drops the token refused carried, in whichever slot holds it.
func (p *TokenPool) renew(refused *http.Request) bool {
	p.mu.Lock()
	slots := append([]*tokenSlot(nil), p.slots...)
	p.mu.Unlock()
	for _, s := range slots {
		s.source.Renew(refused)
	}
	return true
}
