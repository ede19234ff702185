package kit

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// The one way every resource type creates an object: look for objects with the planned natural key
// first, POST once, and when the POST fails without saying whether it stored anything, adopt only
// an object that was not there before and holds what was sent. An object of someone else is never
// taken over, and an object the failed create did make is not lost.
//
// Cost: before a create, the type's listing, shared by every create of the type within
// recentMaxAge (one request per few seconds of creates, roles by pages of 500), plus one fresh
// lookup (a GET by id, or a name query) only when the listing shows the key taken for a type that
// takes one object per key; after an ambiguous failure, one fresh lookup per poll until the object
// shows or createLookupWindow ends. A listing up to recentMaxAge old misses what others created
// since, as an eventually consistent service's fresh listing would too: such an object must still
// hold what the create sent to be adopted.

// CreateLookupWindow is how long the lookups that follow an ambiguous create are repeated before
// concluding that the create stored nothing: lists and GETs of an eventually consistent service
// may lag a create by seconds (REAL-ORG-BEHAVIOUR R4). It is the one bound of that wait; tests
// shorten it.
var CreateLookupWindow = 20 * time.Second

// InterruptedLookupWindow caps createLookupWindow when the create was interrupted (Ctrl-C):
// Terraform waits for the lookups, and the user asked it to stop. An object showing later than
// this is not in the state; the next apply then reports it as existing, with its id to import.
const InterruptedLookupWindow = 3 * time.Second

// CreateClockSkew is how far the service's clock may run behind ours when an object's creation time
// is compared with the time its create was sent; it also covers dateCreated being stamped in whole
// milliseconds. NTP keeps clocks far closer.
const CreateClockSkew = 2 * time.Second

// NaturalKey describes, for one create, how to recognise the object it may make.
type NaturalKey[T any] struct {
	Kind         string // "role", as messages name the type
	Key          string // the key as messages show it: `named "Partner"`
	ResourceType string // "genesys_cloud_role", for the import hint
	// Unique is set when the API refuses a second object with the key: a create is then not even
	// sent while one exists.
	Unique bool
	// ListsDeleted is set, with unique, when listings lag behind deletes (REAL-ORG-BEHAVIOUR R4)
	// while the API's writes see the store as it is: an object the listing shows may have been
	// deleted a moment ago (a destroy does not wait for its delete to show), so the create is sent
	// all the same, and the API's refusal is what reports an object that does exist.
	ListsDeleted bool
	// Existing returns the objects holding the key a moment ago, from a listing shared by creates;
	// lookup returns them now, with a request of its own. None is not an error.
	Existing func(context.Context) ([]T, error)
	Lookup   func(context.Context) ([]T, error)
	IDOf     func(*T) string
	// HoldsSent reports whether an object holds what the create sent at sentAt (the fields, and the
	// creation time where the API shows one).
	HoldsSent func(obj *T, sentAt time.Time) bool
	// Reconcile, when set, makes an adopted object match the plan and returns it as it then is.
	Reconcile func(ctx context.Context, adopted *T) (*T, error)
	// Refused, when set, reports a create the API Refused outright (what is the action, as
	// "create role named \"X\""), in place of the generic API error: a type whose refusals have a
	// cause users can act on (a role the caller does not hold) explains it there.
	Refused func(diags *diag.Diagnostics, what string, err error)
}

// CreateOnce creates an object with create, sent once, and returns the object to keep in the
// state, or nil after adding the error to diags. An object adopted after an ambiguous failure is
// reconciled; when that fails it is returned all the same, with the error, so that Terraform keeps
// it (tainted, to be replaced) instead of losing it. The lookups and the reconciling run on a
// context that outlives an interrupted create, within a bound. permission is the Genesys
// permission a create needs ("" for GAuth).
func CreateOnce[T any](ctx context.Context, claims *CreateClaims, k NaturalKey[T], permission string,
	create func(context.Context) (*T, error), diags *diag.Diagnostics,
) *T {
	existing, err := k.Existing(ctx)
	if err == nil && k.Unique && len(existing) > 0 {
		// The listing may be a few seconds old, from before this apply deleted the object.
		existing, err = k.Lookup(ctx)
	}
	if err != nil {
		AddAPIError(diags, fmt.Sprintf("find out whether a %s %s exists before creating one", k.Kind, k.Key), permission, err)
		return nil
	}
	taken := k.Unique && len(existing) > 0
	if taken && !k.ListsDeleted {
		addAlreadyExists(diags, k, existing)
		return nil
	}
	before := map[string]bool{}
	for i := range existing {
		before[k.IDOf(&existing[i])] = true
	}

	end := claims.begin(k.Kind, k.Key)
	sentAt := time.Now()
	obj, err := create(ctx)
	end()
	switch {
	case err == nil:
		claims.claim(k.Kind, k.IDOf(obj))
		return obj
	case taken && !postOutcomeUnknown(err) && isStatus(err, http.StatusBadRequest):
		addAlreadyExists(diags, k, existing)
		return nil
	case !postOutcomeUnknown(err) && k.Refused != nil:
		k.Refused(diags, fmt.Sprintf("create %s %s", k.Kind, k.Key), err)
		return nil
	case !postOutcomeUnknown(err):
		AddAPIError(diags, fmt.Sprintf("create %s %s", k.Kind, k.Key), permission, err)
		return nil
	}

	window := CreateLookupWindow
	if ctx.Err() != nil {
		window = min(window, InterruptedLookupWindow)
	}
	lookupCtx, cancel := AdoptionContext(ctx)
	defer cancel()
	found, n, lookupErr := findCreated(lookupCtx, claims, k, before, sentAt, time.Now().Add(window))
	switch {
	case found != nil && k.Reconcile != nil:
		reconciled, err := k.Reconcile(lookupCtx, found)
		if err != nil {
			AddAPIError(diags, fmt.Sprintf("make the %s %s (id %s), which the failed create made, match the configuration; "+
				"it is kept in the state, marked to be replaced on the next apply", k.Kind, k.Key, k.IDOf(found)), permission, err)
			return found
		}
		return reconciled
	case found != nil:
		return found
	case n > 1:
		AddAPIError(diags, fmt.Sprintf("create %s %s: the API gave no clear answer, and %d such objects appeared since; "+
			"none is adopted, as nothing tells which one this create made. Import the right one (terraform import "+
			"%s.<name> <id>) and delete the others", k.Kind, k.Key, n, k.ResourceType), permission, err)
	case lookupErr != nil:
		AddAPIError(diags, fmt.Sprintf("create %s %s", k.Kind, k.Key), permission, err)
		AddAPIError(diags, fmt.Sprintf("find out whether the failed create made the %s %s (if one exists that is not "+
			"someone else's, import it: terraform import %s.<name> <id>)", k.Kind, k.Key, k.ResourceType), permission, lookupErr)
	case taken:
		addAlreadyExists(diags, k, existing)
	case len(existing) > 0:
		AddAPIError(diags, fmt.Sprintf("create %s %s: the API gave no clear answer, and within %v no new one appeared. "+
			"An object %s already existed before this create, so it is not adopted; if it is meant to be this "+
			"resource, import it: %s. Otherwise run terraform apply again", k.Kind, k.Key, window, k.Key,
			importHint(k, existing)), permission, err)
	default:
		AddAPIError(diags, fmt.Sprintf("create %s %s: the API gave no clear answer, and within %v no such object "+
			"appeared, so nothing was created; run terraform apply again", k.Kind, k.Key, window), permission, err)
	}
	return nil
}

// findCreated repeats the lookup until exactly one object shows that was not there before, holds
// what was sent and belongs to no other create of this provider, or until deadline. It returns that
// object (claimed), else how many candidates the last lookup found and its error.
func findCreated[T any](ctx context.Context, claims *CreateClaims, k NaturalKey[T], before map[string]bool,
	sentAt, deadline time.Time,
) (found *T, n int, err error) {
	PollUntil(ctx, deadline, func(ctx context.Context) bool {
		var now []T
		now, err = k.Lookup(ctx)
		n = 0
		// While another create of the same key is under way here, an object found may be the one
		// it is about to report: decide only once it has.
		if err != nil || claims.busy(k.Kind, k.Key) {
			return false
		}
		var candidates []T
		for i := range now {
			if !before[k.IDOf(&now[i])] && k.HoldsSent(&now[i], sentAt) {
				candidates = append(candidates, now[i])
			}
		}
		found, n = claimOnly(claims, k, candidates)
		return found != nil || n > 1
	})
	return found, n, err
}

// PollUntil calls try, with a short backoff, until it reports done, deadline comes or ctx ends.
func PollUntil(ctx context.Context, deadline time.Time, try func(context.Context) (done bool)) {
	wait := visibilityBackoff.First
	for !try(ctx) && time.Now().Add(wait).Before(deadline) {
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case <-timer.C:
		}
		wait = min(2*wait, visibilityBackoff.Max)
	}
}

// Holding adapts a listing to the existing of naturalKey: the objects of list that hold the key.
func Holding[T any](list func(context.Context) ([]T, error), hasKey func(*T) bool) func(context.Context) ([]T, error) {
	return func(ctx context.Context) ([]T, error) {
		all, err := list(ctx)
		var out []T
		for i := range all {
			if hasKey(&all[i]) {
				out = append(out, all[i])
			}
		}
		return out, err
	}
}

// addAlreadyExists reports a create refused because an object with the key exists.
func addAlreadyExists[T any](diags *diag.Diagnostics, k NaturalKey[T], existing []T) {
	diags.AddError("Object Already Exists", fmt.Sprintf("A %s %s already exists, and the API takes only one. "+
		"To manage it with this resource, import it: %s. Otherwise choose another value.",
		k.Kind, k.Key, importHint(k, existing)))
}

// isStatus reports whether err is, or wraps, an API error with that HTTP status.
func isStatus(err error, status int) bool {
	apiErr, ok := transport.AsAPIError(err)
	return ok && apiErr.StatusCode == status
}

// importHint tells how to import the existing objects.
func importHint[T any](k NaturalKey[T], existing []T) string {
	hints := make([]string, len(existing))
	for i := range existing {
		hints[i] = fmt.Sprintf("terraform import %s.<name> %s", k.ResourceType, k.IDOf(&existing[i]))
	}
	return strings.Join(hints, ", or ")
}

// CreateClaims remembers, for one provider configuration, the objects its creates made or
// adopted and the creates under way, so that an ambiguous create never adopts an object another
// resource of the same apply made (OAuth client names, for one, need not be unique).
type CreateClaims struct {
	mu       sync.Mutex
	inFlight map[string]int      // creates under way, by kind and key
	claimed  map[string]struct{} // objects made or adopted, by kind and id
}

func claimKey(kind, s string) string { return kind + "\x00" + s }

// begin records a create under way; the returned func records its end.
func (c *CreateClaims) begin(kind, key string) (end func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inFlight == nil {
		c.inFlight = map[string]int{}
	}
	c.inFlight[claimKey(kind, key)]++
	return func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.inFlight[claimKey(kind, key)]--; c.inFlight[claimKey(kind, key)] == 0 {
			delete(c.inFlight, claimKey(kind, key))
		}
	}
}

// busy reports whether a create of that kind and key is under way.
func (c *CreateClaims) busy(kind, key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.inFlight[claimKey(kind, key)] > 0
}

// claim records that an object belongs to a resource now.
func (c *CreateClaims) claim(kind, id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.claimLocked(kind, id)
}

func (c *CreateClaims) claimLocked(kind, id string) {
	if c.claimed == nil {
		c.claimed = map[string]struct{}{}
	}
	c.claimed[claimKey(kind, id)] = struct{}{}
}

// claimOnly claims the one candidate nobody has claimed yet and returns it, or returns how many
// unclaimed candidates there are when that is not one.
func claimOnly[T any](c *CreateClaims, k NaturalKey[T], candidates []T) (*T, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var free []T
	for i := range candidates {
		if _, taken := c.claimed[claimKey(k.Kind, k.IDOf(&candidates[i]))]; !taken {
			free = append(free, candidates[i])
		}
	}
	if len(free) != 1 {
		return nil, len(free)
	}
	c.claimLocked(k.Kind, k.IDOf(&free[0]))
	return &free[0], 1
}

// RecoveryDoc is the paragraph each resource page gives to ambiguous creates: object names the
// type ("role"), key its natural key ("of the same name"), evidence what an object found must hold
// to be adopted, unique whether the API takes only one object with the key.
func RecoveryDoc(object, key, evidence string, unique bool) string {
	before := "One that existed before the create is never taken over: the error gives its id, to import it with `terraform import`."
	if unique {
		before = "As the API takes only one " + object + " " + key + ", one that already exists stops the create, " +
			"with its id, to import it with `terraform import`; it is never taken over."
	}
	return fmt.Sprintf("\n\n**When a create gets no clear answer** (a dropped connection, a server error, Ctrl-C), it is not sent "+
		"again. The provider looks for a %[1]s %[2]s, for up to %[3]v, that was not there before the create and %[4]s, "+
		"and adopts it into the state; when making it match the configuration fails, it stays in the state, to be "+
		"replaced. %[5]s", object, key, CreateLookupWindow, evidence, before)
}
