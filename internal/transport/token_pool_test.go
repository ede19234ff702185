package transport

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// poolServer is a token endpoint at /oauth/token issuing "token-1", "token-2", ..., and an API
// elsewhere that allows limit requests per fixed window, counted per token or, with perClient,
// for all tokens together, answering 429 with Retry-After beyond it.
type poolServer struct {
	t         *testing.T
	limit     int
	window    time.Duration
	perClient bool
	// tokenLimited is how many token requests are answered with Genesys's "rate limit exceeded".
	tokenLimited int

	mu          sync.Mutex
	fetches     int
	tokenCalls  int
	start       map[string]time.Time // window start per counting key
	inWindow    map[string]int
	perToken    map[string]int // successful API requests per token
	tooMany     int
	unauthorize map[string]bool // tokens refused once with a 401
}

func newPoolServer(t *testing.T, limit int, window time.Duration, perClient bool) (*poolServer, *httptest.Server) {
	ps := &poolServer{t: t, limit: limit, window: window, perClient: perClient,
		start: map[string]time.Time{}, inWindow: map[string]int{}, perToken: map[string]int{}, unauthorize: map[string]bool{}}
	return ps, newServer(t, ps.serve)
}

func (ps *poolServer) serve(w http.ResponseWriter, r *http.Request) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if r.URL.Path == "/oauth/token" {
		ps.tokenCalls++
		if ps.tokenCalls > 1 && ps.tokenLimited > 0 {
			ps.tokenLimited--
			writeJSON(w, http.StatusBadRequest, `{"error":"invalid_request","description":"rate limit exceeded; try later"}`)
			return
		}
		ps.fetches++
		writeJSON(w, http.StatusOK, fmt.Sprintf(`{"access_token":"token-%d","token_type":"bearer","expires_in":3600}`, ps.fetches))
		return
	}
	tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if ps.unauthorize[tok] {
		delete(ps.unauthorize, tok)
		writeJSON(w, http.StatusUnauthorized, `{}`)
		return
	}
	key := tok
	if ps.perClient {
		key = "client"
	}
	now := time.Now()
	if now.Sub(ps.start[key]) >= ps.window {
		ps.start[key], ps.inWindow[key] = now, 0
	}
	if ps.inWindow[key] >= ps.limit {
		ps.tooMany++
		w.Header().Set("Retry-After", "1")
		writeJSON(w, http.StatusTooManyRequests, `{}`)
		return
	}
	ps.inWindow[key]++
	ps.perToken[tok]++
	writeJSON(w, http.StatusOK, `{}`)
}

func (ps *poolServer) counts() (fetches, tooMany int, perToken map[string]int) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	perToken = map[string]int{}
	for k, v := range ps.perToken {
		perToken[k] = v
	}
	return ps.fetches, ps.tooMany, perToken
}

// newTestPool returns a client on a pool of up to maxTokens tokens, each allowed budget requests
// per window (a little longer than the server's, as the real budget's margin).
func newTestPool(t *testing.T, srv *httptest.Server, maxTokens, budget int, window time.Duration, logger Logger) (*Client, *TokenPool) {
	t.Helper()
	pool := NewTokenPool(PoolConfig{
		Token: TokenConfig{TokenURL: srv.URL + "/oauth/token", ClientID: testClientID, ClientSecret: testClientSecret,
			Logger: logger, RetryWaitMin: 5 * time.Millisecond},
		MaxTokens:            maxTokens,
		MaxRequestsPerMinute: budget,
	})
	pool.newPacer = func() *Pacer { return newPacer(budget, window+window/4, time.Now) }
	return newTestClient(t, srv.URL, func(o *Options) { o.Tokens = pool; o.Logger = logger }), pool
}

// run sends n GET requests from workers goroutines and fails the test on any error.
func run(t *testing.T, c *Client, n, workers int) {
	t.Helper()
	jobs := make(chan int, n)
	for i := range n {
		jobs <- i
	}
	close(jobs)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range jobs {
				if _, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/api/v2/x"}, nil); err != nil {
					t.Errorf("Do: %v", err)
				}
			}
		}()
	}
	wg.Wait()
}

func TestTokenPoolFetchesNoTokenWhenNothingWaits(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, false)
	_, pool := newTestPool(t, srv, 4, 5, 200*time.Millisecond, nil)
	if fetches, _, _ := ps.counts(); fetches != 0 || pool.Fetches() != 0 || pool.Tokens() != 0 {
		t.Errorf("before any request: %d token requests (counted %d), %d tokens; want none", fetches, pool.Fetches(), pool.Tokens())
	}
}

func TestTokenPoolSmallWorkUsesOneToken(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, false)
	c, pool := newTestPool(t, srv, 4, 5, 200*time.Millisecond, nil)
	// Within one token's budget, even when sent together: nothing ever waits.
	run(t, c, 5, 5)
	if fetches, tooMany, _ := ps.counts(); fetches != 1 || tooMany != 0 || pool.Tokens() != 1 {
		t.Errorf("%d token requests, %d 429s, %d tokens; want 1, 0, 1", fetches, tooMany, pool.Tokens())
	}
}

func TestTokenPoolGrowsOnlyWhileWorkWaits(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, false)
	c, pool := newTestPool(t, srv, 3, 5, 200*time.Millisecond, nil)
	// Sequential requests at a pace the first token's budget allows never wait.
	for range 4 {
		run(t, c, 1, 1)
		time.Sleep(80 * time.Millisecond)
	}
	if pool.Tokens() != 1 {
		t.Fatalf("%d tokens after paced sequential work, want 1", pool.Tokens())
	}
	start := time.Now()
	run(t, c, 45, 9)
	fetches, tooMany, perToken := ps.counts()
	if fetches != 3 || pool.Fetches() != 3 || pool.Tokens() != 3 {
		t.Errorf("%d token requests (counted %d), %d tokens; want the pool grown to its 3", fetches, pool.Fetches(), pool.Tokens())
	}
	if tooMany != 0 {
		t.Errorf("%d 429s, want none: each token keeps to its budget", tooMany)
	}
	if len(perToken) != 3 {
		t.Errorf("requests per token %v, want three tokens used", perToken)
	}
	// 45 requests at 15 per window take about two windows more; one token would need eight.
	if elapsed := time.Since(start); elapsed > 5*250*time.Millisecond {
		t.Errorf("took %v, want about the three-token bound", elapsed)
	}
}

func TestTokenPoolSharesTheLoadFairly(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, false)
	c, _ := newTestPool(t, srv, 2, 5, 200*time.Millisecond, nil)
	run(t, c, 60, 8)
	_, tooMany, perToken := ps.counts()
	if tooMany != 0 || len(perToken) != 2 {
		t.Fatalf("%d 429s, requests per token %v; want none and two tokens", tooMany, perToken)
	}
	for tok, n := range perToken {
		if n < 60/3 {
			t.Errorf("%s carried %d of 60 requests, want a fair share: %v", tok, n, perToken)
		}
	}
}

func TestTokenPoolStopsGrowingWhenTheLimitIsPerClient(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, true)
	logger := &recordingLogger{}
	c, pool := newTestPool(t, srv, 4, 5, 200*time.Millisecond, logger)
	run(t, c, 20, 4)
	fetches, tooMany, _ := ps.counts()
	if fetches != 2 || pool.Tokens() != 1 {
		t.Errorf("%d token requests, %d tokens held; want the second token tried, then back to one", fetches, pool.Tokens())
	}
	// The second token carries one request until its first answer: that one alone is refused.
	if tooMany != 1 {
		t.Errorf("%d 429s, want only the second token's first request refused", tooMany)
	}
	if n := len(logger.find("debug", "OAuth token pool stops growing")); n != 1 {
		t.Errorf("logged the stop %d times, want once", n)
	}
	// Later work stays on the one token: no more fetches, no more 429s.
	run(t, c, 10, 4)
	if f, tm, _ := ps.counts(); f != fetches || tm != tooMany {
		t.Errorf("after the stop: %d token requests, %d 429s; want still %d, %d", f, tm, fetches, tooMany)
	}
}

// Terraform runs several provider processes per command with the same OAuth client; when the
// limit is per client, what the others sent is spent before this process starts. The first token
// is then throttled before its own budget is spent: that one 429 is the only one, and no token is
// tried in vain.
func TestTokenPoolStopsGrowingWhenAnotherProcessSpentTheClientsBudget(t *testing.T) {
	const budget = 20 // its edge, where one request at a time leaves, is the last 2
	ps, srv := newPoolServer(t, budget, 200*time.Millisecond, true)
	other, _ := newTestPool(t, srv, 1, budget, 200*time.Millisecond, nil)
	run(t, other, 2, 1)
	logger := &recordingLogger{}
	c, pool := newTestPool(t, srv, 3, budget, 200*time.Millisecond, logger)
	run(t, c, 30, 8)
	fetches, tooMany, _ := ps.counts()
	if tooMany != 1 {
		t.Errorf("%d 429s, want 1: the request that met the client's limit, alone at the budget's edge", tooMany)
	}
	if fetches != 2 || pool.Fetches() != 1 || pool.Tokens() != 1 {
		t.Errorf("%d token requests (this pool %d), %d tokens held; want one token each, none tried in vain", fetches, pool.Fetches(), pool.Tokens())
	}
	if n := len(logger.find("debug", "OAuth token pool stops growing")); n != 1 {
		t.Errorf("logged the stop %d times, want once", n)
	}
}

func TestTokenPoolWaitsOutTheTokenEndpointRateLimit(t *testing.T) {
	ps, srv := newPoolServer(t, 5, 200*time.Millisecond, false)
	ps.tokenLimited = 2 // the second token's request is rate-limited twice
	c, pool := newTestPool(t, srv, 2, 5, 200*time.Millisecond, nil)
	run(t, c, 20, 4)
	fetches, tooMany, perToken := ps.counts()
	if fetches != 2 || pool.Tokens() != 2 || len(perToken) != 2 || tooMany != 0 {
		t.Errorf("%d tokens issued, %d held, per token %v, %d 429s; want the second token after the waits, no 429",
			fetches, pool.Tokens(), perToken, tooMany)
	}
}

func TestTokenPoolRenewsOnlyTheRefusedToken(t *testing.T) {
	ps, srv := newPoolServer(t, 100, time.Second, false)
	ps.unauthorize["token-1"] = true
	c, pool := newTestPool(t, srv, 2, 100, time.Second, nil)
	run(t, c, 1, 1)
	if fetches, _, perToken := ps.counts(); fetches != 2 || perToken["token-2"] != 1 || pool.Tokens() != 1 {
		t.Errorf("%d token requests, per token %v, %d tokens; want the refused token renewed in its slot", fetches, perToken, pool.Tokens())
	}
}
