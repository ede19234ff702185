package emulator

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const (
	correlationHeader = "ININ-Correlation-Id"

	// cloudMaxBody bounds a request body; roles and clients are a few kilobytes.
	cloudMaxBody = 1 << 20

	// rateWindow is the fixed per-token window of the Genesys Cloud rate limit (CONTRACT A.1).
	rateWindow = 60 * time.Second

	// unlimitedRate is what inin-ratelimit-allowed reports when the emulator's rate limit is off
	// and Options.RateLimitHeaders asks for the headers.
	unlimitedRate = math.MaxInt32
)

// cloudCall is one authenticated Genesys Cloud API call, as its handler sees it.
type cloudCall struct {
	r     *http.Request
	body  []byte
	now   time.Time
	token *token
}

// cloudHandler serves a call with Server.mu held and returns the status and the value to send as
// JSON (nil for no body). Errors are returned as *errorBody through (*errorBody).reply.
type cloudHandler func(c *cloudCall) (int, any)

// cloudAPI wraps a handler with what every /api/v2 answer shares: a correlation id, bearer
// authentication, the per-token rate limit (and the inin-ratelimit-* headers when asked for), and
// JSON encoding.
func (s *Server) cloudAPI(h cloudHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		correlationID := newUUID()
		w.Header().Set(correlationHeader, correlationID)
		// Read the body before taking the lock: a slow client must not stall the others.
		in, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cloudMaxBody))
		if err != nil {
			in = nil // decodeBody answers 400 for a body it cannot parse
		}
		status, body := s.callCloud(w.Header(), &cloudCall{r: r, body: in}, h, correlationID)
		if body == nil {
			w.WriteHeader(status)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write(body)
	}
}

// callCloud runs the handler under the lock and encodes its answer there too, so the encoder never
// reads a stored object another request is changing.
func (s *Server) callCloud(header http.Header, c *cloudCall, h cloudHandler, correlationID string) (int, []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c.now = s.opts.Now()
	status, body := s.admitCloud(header, c)
	if body == nil {
		status, body = h(c)
	}
	if e, ok := body.(*errorBody); ok {
		e.ContextID = correlationID
	}
	if body == nil {
		return status, nil
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // page URIs keep their "&" readable
	if err := enc.Encode(body); err != nil {
		return http.StatusInternalServerError, []byte(`{"message":"encoding failed","code":"internal.server.error","status":500}`)
	}
	return status, b.Bytes()
}

// admitCloud authenticates the call and charges it to its token's rate window. It returns a nil
// body when the call may proceed.
func (s *Server) admitCloud(header http.Header, c *cloudCall) (int, any) {
	value, ok := bearerToken(c.r)
	if !ok {
		s.setRateHeaders(header, 0, s.allowedRate(), rateWindow)
		return newCloudError(http.StatusUnauthorized, "authentication.required",
			"No authentication bearer token specified in authorization header.").reply()
	}
	c.token = s.tokens.lookup(productCloud, value, c.now)
	if c.token == nil || !s.cloud.tokenMayCall(c.token) {
		s.setRateHeaders(header, 0, s.allowedRate(), rateWindow)
		return newCloudError(http.StatusUnauthorized, "bad.credentials", "Invalid login credentials.").reply()
	}
	c.token.requests++
	return s.chargeRate(header, s.rateWindowOf(c.token), c.now)
}

// chargeRate counts the call in its fixed 60 s window (the token's, or its OAuth client's) and
// answers 429 once the budget of Options.RateLimit is spent. Retry-After (and inin-ratelimit-reset)
// is the seconds left in the window.
func (s *Server) chargeRate(header http.Header, w *callWindow, now time.Time) (int, any) {
	if now.Sub(w.start) >= rateWindow {
		w.start, w.count = now, 0
	}
	left := w.start.Add(rateWindow).Sub(now)
	limit := s.opts.RateLimit
	if limit > 0 && w.count >= limit {
		s.setRateHeaders(header, w.count, limit, left)
		header.Set("Retry-After", strconv.Itoa(ceilSeconds(left)))
		return errTooManyRequests(limit, int(rateWindow/time.Second)).reply()
	}
	w.count++
	s.setRateHeaders(header, w.count, s.allowedRate(), left)
	return 0, nil
}

func (s *Server) allowedRate() int {
	if s.opts.RateLimit > 0 {
		return s.opts.RateLimit
	}
	return unlimitedRate
}

// setRateHeaders sets the inin-ratelimit-* headers when Options.RateLimitHeaders asks for them.
// Genesys Cloud stopped sending them on 2021-06-05 (REAL-ORG-BEHAVIOUR R6): only Retry-After on a
// 429 is left to pace by.
func (s *Server) setRateHeaders(h http.Header, count, allowed int, left time.Duration) {
	if !s.opts.RateLimitHeaders {
		return
	}
	h.Set("inin-ratelimit-count", strconv.Itoa(count))
	h.Set("inin-ratelimit-allowed", strconv.Itoa(allowed))
	h.Set("inin-ratelimit-reset", strconv.Itoa(ceilSeconds(left)))
}

// ceilSeconds rounds up so a client that sleeps that long is past the window end.
func ceilSeconds(d time.Duration) int {
	return int((d + time.Second - 1) / time.Second)
}

// bearerToken returns the token of an "Authorization: Bearer ..." header.
func bearerToken(r *http.Request) (string, bool) {
	scheme, value, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	value = strings.TrimSpace(value)
	return value, value != ""
}

// decodeBody parses the call's JSON body into v.
func (c *cloudCall) decodeBody(v any) *errorBody {
	if err := json.Unmarshal(c.body, v); err != nil {
		return errMalformed()
	}
	return nil
}

// decodeBodyOf parses the body of a write to the object the path names, found when it exists: a
// write to an object that does not exist answers 404, whatever its body.
func (c *cloudCall) decodeBodyOf(found bool, v any) *errorBody {
	if !found {
		return errNotFound()
	}
	return c.decodeBody(v)
}
