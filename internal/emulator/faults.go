package emulator

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// FaultKind names what a fault rule does to the requests it hits.
type FaultKind string

// Fault kinds.
const (
	// FaultStatus answers Status (with Retry-After when RetryAfter is set) without running the handler.
	FaultStatus FaultKind = "status"
	// FaultLatency delays the request by Latency, then serves it (or lets a later rule decide).
	FaultLatency FaultKind = "latency"
	// FaultDrop closes the connection without answering.
	FaultDrop FaultKind = "drop"
	// FaultCommitThenFail runs the handler (the change is stored) and answers Status (default 500) instead.
	FaultCommitThenFail FaultKind = "commit-then-fail"
	// FaultCommitThenDrop runs the handler (the change is stored) and closes the connection without answering.
	FaultCommitThenDrop FaultKind = "commit-then-drop"
	// FaultCommitThenLatency runs the handler (the change is stored), then holds the answer back for
	// Latency: a client that gives up meanwhile never learns what it made.
	FaultCommitThenLatency FaultKind = "commit-then-latency"
	// FaultExpireTokens expires every issued token, then serves the request (which answers 401).
	FaultExpireTokens FaultKind = "expire-tokens"
	// FaultNotFoundAfterCreate makes a GET of one object answer 404 while the object is younger than
	// Window, as an eventually consistent read would. It applies to every GET of a single object of
	// either product, so it takes no method or route.
	FaultNotFoundAfterCreate FaultKind = "not-found-after-create"
)

// FaultPlan is a set of fault rules. Its JSON form is what PUT /__emulator/faults takes.
type FaultPlan struct {
	// Seed seeds the generator behind Fraction, so a run replays the same faults.
	Seed  int64       `json:"seed"`
	Rules []FaultRule `json:"rules"`
}

// FaultRule injects one kind of fault into the requests it matches. Rules are tried in order:
// every latency rule that hits adds its delay, and the first other rule that hits decides the answer.
// Faults never apply to /__emulator/ paths, nor to the token endpoints unless Route names them.
type FaultRule struct {
	// Method matches the request method; empty matches any.
	Method string `json:"method,omitempty"`
	// Route matches the ServeMux route template without its method
	// ("/api/v2/authorization/roles/{roleId}"), or a path prefix when it ends in "*"; empty matches any.
	Route string    `json:"route,omitempty"`
	Kind  FaultKind `json:"kind"`
	// Status is the HTTP status of FaultStatus and FaultCommitThenFail.
	Status int `json:"status,omitempty"`
	// RetryAfter, in seconds, is sent as Retry-After with Status (meant for 429 and 503).
	RetryAfter int `json:"retryAfter,omitempty"`
	// Count is how many requests the rule hits at most; 0 means no limit.
	Count int `json:"count,omitempty"`
	// Fraction is the chance that a matching request is hit; 0 means every one.
	Fraction float64 `json:"fraction,omitempty"`
	// Latency is the delay of FaultLatency and FaultCommitThenLatency; JSON takes a Go duration string ("200ms").
	Latency time.Duration `json:"-"`
	// Window is how long FaultNotFoundAfterCreate hides a new object; JSON takes a duration string ("2s").
	Window time.Duration `json:"-"`
}

// faultRuleDurations is the JSON form of the durations of a rule.
type faultRuleDurations struct {
	Latency string `json:"latency,omitempty"`
	Window  string `json:"window,omitempty"`
}

// MarshalJSON writes Latency and Window as duration strings.
func (fr FaultRule) MarshalJSON() ([]byte, error) {
	type plain FaultRule
	d := faultRuleDurations{}
	if fr.Latency != 0 {
		d.Latency = fr.Latency.String()
	}
	if fr.Window != 0 {
		d.Window = fr.Window.String()
	}
	return json.Marshal(struct {
		plain
		faultRuleDurations
	}{plain(fr), d})
}

// UnmarshalJSON reads Latency and Window from duration strings.
func (fr *FaultRule) UnmarshalJSON(b []byte) error {
	type plain FaultRule
	var v struct {
		plain
		faultRuleDurations
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*fr = FaultRule(v.plain)
	for _, d := range []struct {
		text string
		to   *time.Duration
	}{{v.faultRuleDurations.Latency, &fr.Latency}, {v.faultRuleDurations.Window, &fr.Window}} {
		if d.text == "" {
			continue
		}
		parsed, err := time.ParseDuration(d.text)
		if err != nil {
			return fmt.Errorf("fault rule: %w", err)
		}
		*d.to = parsed
	}
	return nil
}

// validate reports the first thing wrong with a rule.
func (fr FaultRule) validate() error {
	switch {
	case fr.Count < 0:
		return errors.New("count must not be negative")
	case fr.Fraction < 0 || fr.Fraction > 1:
		return errors.New("fraction must be between 0 and 1")
	case fr.RetryAfter < 0:
		return errors.New("retryAfter must not be negative")
	case fr.Status != 0 && (fr.Status < 100 || fr.Status > 599):
		return fmt.Errorf("status %d is not an HTTP status", fr.Status)
	}
	switch fr.Kind {
	case FaultStatus:
		if fr.Status == 0 {
			return errors.New(`kind "status" needs a status`)
		}
	case FaultLatency, FaultCommitThenLatency:
		if fr.Latency <= 0 {
			return fmt.Errorf("kind %q needs a positive latency", fr.Kind)
		}
	case FaultNotFoundAfterCreate:
		if fr.Window <= 0 {
			return errors.New(`kind "not-found-after-create" needs a positive window`)
		}
		if fr.Method != "" || fr.Route != "" {
			return errors.New(`kind "not-found-after-create" applies to every GET of one object: leave method and route empty`)
		}
	case FaultDrop, FaultCommitThenFail, FaultCommitThenDrop, FaultExpireTokens:
	default:
		return fmt.Errorf("unknown kind %q", fr.Kind)
	}
	return nil
}

// matches reports whether the rule is about this request.
func (fr FaultRule) matches(method, route, path string) bool {
	if fr.Route == "" && isTokenRoute(route) {
		return false
	}
	if fr.Method != "" && !strings.EqualFold(fr.Method, method) {
		return false
	}
	if prefix, ok := strings.CutSuffix(fr.Route, "*"); ok {
		return strings.HasPrefix(path, prefix)
	}
	return fr.Route == "" || fr.Route == route
}

// faultState is a plan in play: how often each rule hit, and the generator behind fractions.
// Server.mu guards it.
type faultState struct {
	plan FaultPlan
	hits []int
	rng  *rand.Rand
}

func newFaultState(plan FaultPlan) *faultState {
	return &faultState{plan: plan, hits: make([]int, len(plan.Rules)), rng: rand.New(rand.NewPCG(uint64(plan.Seed), 0))} //nolint:gosec // replayable faults, not secrets
}

// hit reports whether rule i fires now, and counts it when it does.
func (f *faultState) hit(i int) bool {
	fr := f.plan.Rules[i]
	if fr.Count > 0 && f.hits[i] >= fr.Count {
		return false
	}
	if fr.Fraction > 0 && f.rng.Float64() >= fr.Fraction {
		return false
	}
	f.hits[i]++
	return true
}

// decide picks the faults of a request: the summed latency and the deciding rule (nil: serve normally).
func (f *faultState) decide(method, route, path string) (time.Duration, *FaultRule) {
	var latency time.Duration
	for i, fr := range f.plan.Rules {
		if fr.Kind == FaultNotFoundAfterCreate || !fr.matches(method, route, path) || !f.hit(i) {
			continue
		}
		if fr.Kind != FaultLatency {
			return latency, &fr
		}
		latency += fr.Latency
	}
	return latency, nil
}

// SetFaults replaces the fault plan; a plan without rules clears it. Hit counts and the generator
// start afresh, and Reset restarts them again while keeping the plan.
func (s *Server) SetFaults(plan FaultPlan) error {
	for i := range plan.Rules {
		plan.Rules[i].Method = strings.ToUpper(plan.Rules[i].Method)
		if err := plan.Rules[i].validate(); err != nil {
			return fmt.Errorf("fault rule %d: %w", i, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = newFaultState(plan)
	return nil
}

// Faults returns the fault plan in force.
func (s *Server) Faults() FaultPlan {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.faults.plan
}

// hiddenAfterCreate reports whether a GET of one object created at createdAt answers 404 now,
// because a not-found-after-create rule hits it. Seeded objects have a zero createdAt and are never
// hidden. The caller holds Server.mu.
func (s *Server) hiddenAfterCreate(createdAt time.Time) bool {
	if createdAt.IsZero() {
		return false
	}
	age := s.opts.Now().Sub(createdAt)
	for i, fr := range s.faults.plan.Rules {
		if fr.Kind == FaultNotFoundAfterCreate && age < fr.Window && s.faults.hit(i) {
			return true
		}
	}
	return false
}

// faultActions carry out the deciding rule of a request.
var faultActions = map[FaultKind]func(s *Server, w *statusRecorder, r *http.Request, fr *FaultRule){
	FaultStatus: func(_ *Server, w *statusRecorder, r *http.Request, fr *FaultRule) {
		writeFault(w, r, fr.Status, fr.RetryAfter)
	},
	FaultDrop: func(_ *Server, w *statusRecorder, _ *http.Request, _ *FaultRule) {
		dropConnection(w)
	},
	FaultCommitThenFail: func(s *Server, w *statusRecorder, r *http.Request, fr *FaultRule) {
		s.mux.ServeHTTP(newDiscardResponse(), r)
		writeFault(w, r, cmp.Or(fr.Status, http.StatusInternalServerError), fr.RetryAfter)
	},
	FaultCommitThenDrop: func(s *Server, w *statusRecorder, r *http.Request, _ *FaultRule) {
		s.mux.ServeHTTP(newDiscardResponse(), r)
		dropConnection(w)
	},
	FaultCommitThenLatency: func(s *Server, w *statusRecorder, r *http.Request, fr *FaultRule) {
		held := newHeldResponse()
		s.mux.ServeHTTP(held, r)
		if !sleep(r, fr.Latency) {
			w.status = 0 // the client gave up before the answer
			return
		}
		held.replay(w)
	},
	FaultExpireTokens: func(s *Server, w *statusRecorder, r *http.Request, _ *FaultRule) {
		s.ExpireTokens()
		s.mux.ServeHTTP(w, r)
	},
}

// serveWithFaults serves a request through the fault plan.
func (s *Server) serveWithFaults(w *statusRecorder, r *http.Request, route string) {
	if strings.HasPrefix(r.URL.Path, adminPrefix) {
		s.mux.ServeHTTP(w, r)
		return
	}
	s.mu.Lock()
	latency, fr := s.faults.decide(r.Method, route, r.URL.Path)
	s.mu.Unlock()
	if latency > 0 && !sleep(r, latency) {
		w.status = 0 // the client gave up before an answer
		return
	}
	if fr == nil {
		s.mux.ServeHTTP(w, r)
		return
	}
	faultActions[fr.Kind](s, w, r, fr)
}

// sleep waits d, or until the client goes away; it reports whether the wait completed.
func sleep(r *http.Request, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}

// writeFault answers an injected status in the error format of the product the path belongs to.
func writeFault(w http.ResponseWriter, r *http.Request, status, retryAfter int) {
	if retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
	if isGAuthPath(r.URL.Path) {
		writeJSON(w, status, gauthFaultBody(status))
		return
	}
	e := errForStatus(status)
	e.ContextID = newUUID()
	w.Header().Set(correlationHeader, e.ContextID)
	writeJSON(w, status, e)
}

func isGAuthPath(path string) bool {
	return strings.HasPrefix(path, "/auth/v3/") || strings.HasPrefix(path, "/environment/v3/")
}

// gauthFaultStatus is the GAuth error envelope {"status":{"code":N,"message":"..."}}.
type gauthFaultStatus struct {
	Status struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"status"`
}

// gauthFaultCodes maps an injected HTTP status onto a GAuth status code; anything else is 4, internal error.
var gauthFaultCodes = map[int]int{
	http.StatusBadRequest:   10,
	http.StatusUnauthorized: 20,
	http.StatusForbidden:    5,
	http.StatusNotFound:     6,
	http.StatusConflict:     18,
}

func gauthFaultBody(status int) gauthFaultStatus {
	var b gauthFaultStatus
	b.Status.Code = 4
	if code, ok := gauthFaultCodes[status]; ok {
		b.Status.Code = code
	}
	b.Status.Message = http.StatusText(status)
	return b
}

// dropConnection closes the connection without an answer. Where the connection cannot be taken
// over (HTTP/2), aborting the handler resets the stream instead.
func dropConnection(w *statusRecorder) {
	w.status = 0
	w.finish()
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

// discardResponse swallows the answer of a handler whose answer a fault replaces.
type discardResponse struct{ header http.Header }

func newDiscardResponse() *discardResponse             { return &discardResponse{header: http.Header{}} }
func (d *discardResponse) Header() http.Header         { return d.header }
func (d *discardResponse) Write(b []byte) (int, error) { return len(b), nil }
func (d *discardResponse) WriteHeader(int)             {}

// heldResponse keeps a handler's answer to send later.
type heldResponse struct {
	header http.Header
	status int
	body   []byte
}

func newHeldResponse() *heldResponse {
	return &heldResponse{header: http.Header{}, status: http.StatusOK}
}
func (h *heldResponse) Header() http.Header    { return h.header }
func (h *heldResponse) WriteHeader(status int) { h.status = status }
func (h *heldResponse) Write(b []byte) (int, error) {
	h.body = append(h.body, b...)
	return len(b), nil
}

// replay sends the held answer.
func (h *heldResponse) replay(w http.ResponseWriter) {
	for k, v := range h.header {
		w.Header()[k] = v
	}
	w.WriteHeader(h.status)
	_, _ = w.Write(h.body)
}

// routeFaults registers the fault plan's admin paths.
func (s *Server) routeFaults() {
	s.handle("GET "+adminPrefix+"faults", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.Faults())
	})
	s.handle("PUT "+adminPrefix+"faults", func(w http.ResponseWriter, r *http.Request) {
		var plan FaultPlan
		if err := json.NewDecoder(r.Body).Decode(&plan); err != nil {
			writeJSON(w, http.StatusBadRequest, adminError{Message: "fault plan: " + err.Error()})
			return
		}
		if err := s.SetFaults(plan); err != nil {
			writeJSON(w, http.StatusBadRequest, adminError{Message: err.Error()})
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	s.handle("DELETE "+adminPrefix+"faults", func(w http.ResponseWriter, _ *http.Request) {
		_ = s.SetFaults(FaultPlan{})
		w.WriteHeader(http.StatusNoContent)
	})
}

// adminError is the error body of the admin paths.
type adminError struct {
	Message string `json:"message"`
}
