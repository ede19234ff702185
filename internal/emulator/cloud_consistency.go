package emulator

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"
)

// Eventual consistency of Genesys Cloud roles and OAuth clients (REAL-ORG-BEHAVIOUR R4): the
// official provider retries reads of a new object for minutes, polls after a delete until the
// object is gone, and calls the service "a mishmash of caches and eventually consistency". The
// emulator models it with one delay, Options.ConsistencyDelay, counted from each create and delete:
//
//   - a new role or client is missing from its GET, from lists, and from PUT, PATCH, DELETE and
//     secret reset on its path (404), and a new role cannot yet be granted to an OAuth client;
//   - a deleted role still answers its GET and shows in lists as it was; a deleted client answers
//     with state "deleted" (CONTRACT A.5 names that answer).
//
// Only reads lag: every write checks the store as it is, so a name stays taken and a deleted
// object cannot be changed. The exact shape is ours [I]: which reads lag, for how long, and the
// refused grant answering like a role that does not exist ("Role [id] does not exist.", 400
// bad.request), since the service cannot tell a role it has not seen yet from a missing one.
//
// GAuth has no such delay. Nothing public says it is eventually consistent: it is one service in
// front of one database, and the provisioning scripts of seed 001 read back what they just wrote.

// DefaultConsistencyDelay is the delay the emulator runs with unless told otherwise: short, so
// that demos and tests stay quick, yet long enough that a client which does not wait trips on it.
const DefaultConsistencyDelay = 2 * time.Second

// ConsistencyOff, as Options.ConsistencyDelay, shows every change at once.
const ConsistencyOff time.Duration = -1

// stateDeleted is the state a deleted OAuth client shows while the delete propagates.
const stateDeleted = "deleted"

// cloudLag is what the lagging reads need: the delay, the clock, and the objects deleted less than
// a delay ago with the time of their delete.
type cloudLag struct {
	delay       time.Duration // 0 when off
	now         func() time.Time
	goneRoles   map[string]buried[role]
	goneClients map[string]buried[oauthClient]
}

// buried is a deleted object as lagging reads still show it.
type buried[T any] struct {
	obj T
	at  time.Time
}

func newCloudLag(opts Options) *cloudLag {
	return &cloudLag{
		delay: max(opts.ConsistencyDelay, 0), now: opts.Now,
		goneRoles: map[string]buried[role]{}, goneClients: map[string]buried[oauthClient]{},
	}
}

// settled reports whether a change made at t shows in reads now. Seeded objects have a zero time.
func (l *cloudLag) settled(t time.Time) bool {
	return t.IsZero() || l.now().Sub(t) >= l.delay
}

// bury keeps a deleted object for the lagging reads, and forgets those whose delete has settled.
func bury[T any](l *cloudLag, gone map[string]buried[T], id string, obj T) {
	maps.DeleteFunc(gone, func(_ string, b buried[T]) bool { return l.settled(b.at) })
	if l.delay > 0 {
		gone[id] = buried[T]{obj: obj, at: l.now()}
	}
}

// unsettled returns the buried objects whose delete does not show yet.
func unsettled[T any](l *cloudLag, gone map[string]buried[T]) []T {
	var out []T
	for _, b := range gone {
		if !l.settled(b.at) {
			out = append(out, b.obj)
		}
	}
	return out
}

// lagging is a kind whose reads lag: roles and OAuth clients.
type lagging interface {
	// creation is when the API created the object; zero for a seeded one.
	creation() time.Time
}

// settledIn returns the object under id for a write on its path: nil when missing or too new to
// be seen.
func settledIn[T lagging](l *cloudLag, stored map[string]*T, id string) *T {
	if v := stored[id]; v != nil && l.settled((*v).creation()) {
		return v
	}
	return nil
}

// toRead returns the object a GET shows: a settled one, or one deleted too recently to be gone.
func toRead[T lagging](l *cloudLag, stored map[string]*T, gone map[string]buried[T], id string) (T, bool) {
	if v := settledIn(l, stored, id); v != nil {
		return *v, true
	}
	if b, ok := gone[id]; ok && !l.settled(b.at) {
		return b.obj, true
	}
	var none T
	return none, false
}

// listed returns what a list shows, in order: the settled objects and those deleted too recently
// to be gone.
func listed[T lagging](l *cloudLag, stored map[string]*T, gone map[string]buried[T], order func(a, b T) int) []T {
	out := slices.DeleteFunc(sortedCopies(stored, order), func(v T) bool { return !l.settled(v.creation()) })
	out = append(out, unsettled(l, gone)...)
	slices.SortFunc(out, order)
	return out
}

func (r role) creation() time.Time { return r.created }

// role returns the role for a write on its path: nil when missing or too new to be seen.
func (c *cloudState) role(id string) *role { return settledIn(c.lag, c.roles, id) }

// roleToRead returns the role a GET shows: a settled one, or one deleted too recently to be gone.
func (c *cloudState) roleToRead(id string) (role, bool) {
	return toRead(c.lag, c.roles, c.lag.goneRoles, id)
}

// listedRoles returns what a list shows, by name then id: the settled roles and those deleted
// too recently to be gone.
func (c *cloudState) listedRoles() []role { return listed(c.lag, c.roles, c.lag.goneRoles, roleOrder) }

// grantable reports whether a role may be named in an OAuth client's roleDivisions.
func (c *cloudState) grantable(id string) bool { return c.role(id) != nil }

// buryRole keeps a role being deleted for the lagging reads.
func (c *cloudState) buryRole(r *role) { bury(c.lag, c.lag.goneRoles, r.ID, *r) }

func (cl oauthClient) creation() time.Time { return cl.created }

// client returns the OAuth client for a write on its path: nil when missing or too new to be seen.
func (c *cloudState) client(id string) *oauthClient { return settledIn(c.lag, c.clients, id) }

// clientToRead returns the client a GET shows: a settled one, or one deleted too recently to be
// gone, in state "deleted".
func (c *cloudState) clientToRead(id string) (oauthClient, bool) {
	return toRead(c.lag, c.clients, c.lag.goneClients, id)
}

// listedClients returns what the list shows, by name then id: the settled clients and those
// deleted too recently to be gone, in state "deleted".
func (c *cloudState) listedClients() []oauthClient {
	return listed(c.lag, c.clients, c.lag.goneClients, clientOrder)
}

// buryClient keeps a client being deleted for the lagging reads, in state "deleted".
func (c *cloudState) buryClient(cl *oauthClient) {
	gone := *cl
	gone.State, gone.DateToDelete = stateDeleted, nil
	bury(c.lag, c.lag.goneClients, cl.ID, gone)
}

// byNameThenID orders objects as lists do: by name without case, then by id.
func byNameThenID[T any](key func(T) (name, id string)) func(a, b T) int {
	return func(a, b T) int {
		an, aid := key(a)
		bn, bid := key(b)
		return cmp.Or(cmp.Compare(strings.ToLower(an), strings.ToLower(bn)), cmp.Compare(aid, bid))
	}
}
