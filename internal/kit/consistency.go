package kit

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// What every resource shares about an API that shows its changes only after a while. Genesys
// Cloud is eventually consistent for seconds to minutes (REAL-ORG-BEHAVIOUR R4): right after a
// create the object may answer 404 to GET, PUT and DELETE and cannot yet be granted; right after
// a delete it may still answer. So:
//
//   - Reads, updates and deletes of an object within the window after its create retry a 404 until
//     the object shows or the window closes (Create records the time in the private state). Any
//     other 404 is final at once, so an object deleted outside Terraform leaves the state at once.
//   - A write refused because it names an object this provider created within the window (an OAuth
//     client granted a role made moments ago) is retried until that object's window closes.
//   - A delete polls until the object is gone, for at most the window.
//
// Every wait ends as soon as the API shows what it waits for.

// Kinds of objects recentCreates tells apart by name.
const (
	KindRole        = "role"
	KindOAuthClient = "OAuth client"
)

// DefaultCloudConsistencyTimeout is the Genesys Cloud window unless consistency_timeout says
// otherwise: the 5 minutes the official provider retries reads for.
const DefaultCloudConsistencyTimeout = 5 * time.Minute

// GAuthConsistencyTimeout is the GAuth window. Nothing public says GAuth lags (it is one service in
// front of one database), but a short window costs nothing when it does not, and covers a replica
// or cache behind the ingress that does.
const GAuthConsistencyTimeout = 5 * time.Second

// Backoff is the wait between calls that wait for the API to show a change: first, then doubling
// up to max.
type Backoff struct{ First, Max time.Duration }

var (
	// visibilityBackoff paces reads and writes that wait for a new object: short, as the object
	// is most often there within a second, and the apply waits on it.
	visibilityBackoff = Backoff{First: 100 * time.Millisecond, Max: time.Second}
)

// Consistency is how one product's resources wait out its API's lag.
type Consistency struct {
	// Window is how long after a change the API may not show it yet; 0 waits for nothing.
	Window time.Duration
	// Created remembers the objects this provider process made, for writes that name them.
	Created *RecentCreates
}

func NewConsistency(window time.Duration) *Consistency {
	return &Consistency{Window: window, Created: &RecentCreates{at: map[string]time.Time{}, named: map[string]time.Time{}, gone: map[string]time.Time{}}}
}

// privateCreatedAt is the private-state key under which Create records when it made the object,
// so that a later Read, Update or Delete knows a 404 may only mean "not visible yet".
const privateCreatedAt = "created_at"

// PrivateState is the part of the framework's private state (resp.Private, req.Private) used here.
type PrivateState interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

// MarkCreated records in the private state that the object was created now.
func MarkCreated(ctx context.Context, private PrivateState) diag.Diagnostics {
	stamp, err := json.Marshal(time.Now().UTC())
	if err != nil {
		return nil // a time always encodes; without the mark a Read merely does not wait
	}
	return private.SetKey(ctx, privateCreatedAt, stamp)
}

// createWindowEnd is when the window after the object's create closes: the zero time (long past)
// when the private state has no mark, as for an imported object.
func createWindowEnd(ctx context.Context, private PrivateState, window time.Duration) time.Time {
	raw, _ := private.GetKey(ctx, privateCreatedAt)
	var created time.Time
	if raw == nil || json.Unmarshal(raw, &created) != nil {
		return time.Time{}
	}
	return created.Add(window)
}

// GetAfterCreate reads an object for Read or Delete. Within window of the time markCreated
// recorded a 404 is retried until the window closes; on any other call the first 404 is final.
// Once the object has shown, the mark is dropped from private (give Read its resp.Private): a
// later 404 means it was deleted, and the refresh must not wait out the rest of the window.
func GetAfterCreate[T any](ctx context.Context, window time.Duration, private PrivateState,
	get func(context.Context, string) (T, error), id string,
) (T, error) {
	end := createWindowEnd(ctx, private, window)
	v, err := GetUntilVisible(ctx, end, get, id)
	seen(ctx, private, end, err)
	return v, err
}

// seen drops the create mark once a call after the create (whose window ends at end) succeeded.
func seen(ctx context.Context, private PrivateState, end time.Time, err error) {
	if err == nil && !end.IsZero() {
		_ = private.SetKey(ctx, privateCreatedAt, nil) // without it, a later 404 merely waits
	}
}

// GetUntilVisible calls get until it answers anything but a 404, or until deadline, with a short
// backoff. A deadline in the past makes it a single call.
func GetUntilVisible[T any](ctx context.Context, deadline time.Time, get func(context.Context, string) (T, error), id string) (T, error) {
	var v T
	err := RetryUntil(ctx, visibilityBackoff, whileNotFound(deadline), func(ctx context.Context) error {
		var err error
		v, err = get(ctx, id)
		return err
	})
	return v, err
}

// whileNotFound retries 404s until deadline.
func whileNotFound(deadline time.Time) func(error) time.Time {
	return func(err error) time.Time {
		if transport.IsNotFound(err) {
			return deadline
		}
		return time.Time{}
	}
}

// RetryUntil calls call until until(err), the time up to which its answer is worth retrying, is
// too close (the zero time for an answer that is final), with a short backoff. It returns the
// last answer, also when ctx ends the wait.
func RetryUntil(ctx context.Context, b Backoff, until func(error) time.Time, call func(context.Context) error) error {
	wait := b.First
	for {
		err := call(ctx)
		if !time.Now().Add(wait).Before(until(err)) {
			return err
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return err
		case <-timer.C:
		}
		wait = min(2*wait, b.Max)
	}
}

// RecentCreates remembers when this provider process created objects, by id and by kind and name.
// Terraform runs one provider process per plan or apply, so a role and the OAuth client granted it,
// or the data source looking it up, in the same apply meet here.
type RecentCreates struct {
	mu    sync.Mutex
	at    map[string]time.Time // by id
	named map[string]time.Time // by kind and name
	gone  map[string]time.Time // deleted, by id
}

// Deleted records that the object of id was Deleted now: lists may show it for a while yet.
func (r *RecentCreates) Deleted(id string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.gone[id] = time.Now()
}

// DeletedWithin reports whether this provider deleted the object of id less than window ago.
func (r *RecentCreates) DeletedWithin(id string, window time.Duration) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	at, ok := r.gone[id]
	return ok && time.Since(at) < window
}

// Add records that an object of that kind ("role"), id and name was created now.
func (r *RecentCreates) Add(kind, id, name string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.at[id] = time.Now()
	r.named[kind+"\x00"+name] = r.at[id]
}

// WindowEnd is when the window after this provider's create of the object of id closes: the zero
// time when this provider created none.
func (r *RecentCreates) WindowEnd(id string, window time.Duration) time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	if at, ok := r.at[id]; ok {
		return at.Add(window)
	}
	return time.Time{}
}

// nameWindowEnd is when the window after the create of an object of that kind and name closes:
// the zero time when this provider created none.
func (r *RecentCreates) nameWindowEnd(kind, name string, window time.Duration) time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	if at, ok := r.named[kind+"\x00"+name]; ok {
		return at.Add(window)
	}
	return time.Time{}
}

// refusedForNew returns the time up to which a refusal is worth retrying because it names an
// object created less than window ago, which the API may not know yet: a 400 whose message holds
// the object's id. It returns the zero time for any other answer.
func (r *RecentCreates) refusedForNew(err error, window time.Duration) time.Time {
	apiErr, ok := transport.AsAPIError(err)
	if !ok || apiErr.StatusCode != http.StatusBadRequest {
		return time.Time{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var until time.Time
	for id, at := range r.at {
		if end := at.Add(window); end.After(until) && strings.Contains(apiErr.Message, id) {
			until = end
		}
	}
	return until
}

// Write makes a Write (a PUT, a DELETE, a POST answered only once) and retries it while the API
// may merely lag behind: a 404 within the window after the object's create, as private records it
// (nil while the object is being created; give Update its resp.Private, from which a success drops
// the mark as getAfterCreate does), and a refusal naming an object this provider created too
// recently for the API to know it. Both are definite answers that changed nothing, so sending
// the Write again cannot do it twice.
func (c *Consistency) Write(ctx context.Context, private PrivateState, write func(context.Context) error) error {
	var notFoundUntil time.Time
	if private != nil {
		notFoundUntil = createWindowEnd(ctx, private, c.Window)
	}
	err := RetryUntil(ctx, visibilityBackoff, func(err error) time.Time {
		if transport.IsNotFound(err) {
			return notFoundUntil
		}
		return c.Created.refusedForNew(err, c.Window)
	}, write)
	if private != nil {
		seen(ctx, private, notFoundUntil, err)
	}
	return err
}

// ErrNoneNamed is what a find given to lookup returns when the list it read holds no object of
// the name.
var ErrNoneNamed = errors.New("no object of that name")

// Lookup finds an object by name (a data source, whose lists lag behind creates too), retrying a
// 404 or errNoneNamed while the window after this provider's create of an object of that kind and
// name is open.
func (c *Consistency) Lookup(ctx context.Context, kind, name string, find func(context.Context) error) error {
	return RetryUntil(ctx, visibilityBackoff, func(err error) time.Time {
		if transport.IsNotFound(err) || errors.Is(err, ErrNoneNamed) {
			return c.Created.nameWindowEnd(kind, name, c.Window)
		}
		return time.Time{}
	}, find)
}
