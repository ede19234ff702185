package kit

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// thing is an object of a fake API for createOnce: a key, and what was sent.
type thing struct{ id, key, body string }

// fakeThings is a fake API holding things, whose lookups may show a new thing only after a lag.
type fakeThings struct {
	mu      sync.Mutex
	things  []thing
	visible map[string]time.Time // when each thing shows in lookups
	lookups int
}

func (f *fakeThings) add(t thing, lag time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.visible == nil {
		f.visible = map[string]time.Time{}
	}
	f.things = append(f.things, t)
	f.visible[t.id] = time.Now().Add(lag)
}

func (f *fakeThings) lookup(key string) func(context.Context) ([]thing, error) {
	return func(context.Context) ([]thing, error) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.lookups++
		var out []thing
		for _, t := range f.things {
			if t.key == key && !time.Now().Before(f.visible[t.id]) {
				out = append(out, t)
			}
		}
		return out, nil
	}
}

func (f *fakeThings) key(key, body string, unique bool) NaturalKey[thing] {
	return NaturalKey[thing]{
		Kind: "thing", Key: "named " + key, ResourceType: "test_thing", Unique: unique,
		Existing: f.lookup(key), Lookup: f.lookup(key),
		IDOf:      func(t *thing) string { return t.id },
		HoldsSent: func(t *thing, _ time.Time) bool { return t.body == body },
	}
}

// serverError is an answer that says nothing of what a create stored.
var serverError = &transport.APIError{Method: http.MethodPost, Path: "/things", StatusCode: http.StatusServiceUnavailable}

// storeThenFail is a create that stores the thing (visible after lag) and answers a server error.
func (f *fakeThings) storeThenFail(t thing, lag time.Duration) func(context.Context) (*thing, error) {
	return func(context.Context) (*thing, error) {
		f.add(t, lag)
		return nil, serverError
	}
}

// othersLandThenFail is a create that fails without storing anything while other creates land:
// it stores the things given (visible at once) and answers a server error.
func (f *fakeThings) othersLandThenFail(landed ...thing) func(context.Context) (*thing, error) {
	return func(context.Context) (*thing, error) {
		for _, t := range landed {
			f.add(t, 0)
		}
		return nil, serverError
	}
}

func failWithoutStoring(context.Context) (*thing, error) { return nil, serverError }

func withLookupWindow(t *testing.T, d time.Duration) {
	t.Helper()
	saved := CreateLookupWindow
	CreateLookupWindow = d
	t.Cleanup(func() { CreateLookupWindow = saved })
}

func errorDetails(diags diag.Diagnostics) string {
	var b strings.Builder
	for _, d := range diags.Errors() {
		b.WriteString(d.Summary() + ": " + d.Detail() + "\n")
	}
	return b.String()
}

func TestCreateOnceAdoptsWhatTheAmbiguousCreateStoredDespiteALaggingLookup(t *testing.T) {
	withLookupWindow(t, 3*time.Second)
	f := &fakeThings{}
	var diags diag.Diagnostics
	got := CreateOnce(context.Background(), &CreateClaims{}, f.key("x", "ours", true), "",
		f.storeThenFail(thing{"1", "x", "ours"}, 500*time.Millisecond), &diags)
	if got == nil || got.id != "1" || diags.HasError() {
		t.Fatalf("got %+v, %s; want thing 1 adopted", got, errorDetails(diags))
	}
	if f.lookups < 3 {
		t.Errorf("%d lookups, want the lagging one repeated", f.lookups)
	}
}

func TestCreateOnceRefusesATakenUniqueKeyWithoutCreating(t *testing.T) {
	f := &fakeThings{}
	f.add(thing{"theirs", "x", "theirs"}, 0)
	created := false
	var diags diag.Diagnostics
	got := CreateOnce(context.Background(), &CreateClaims{}, f.key("x", "ours", true), "",
		func(context.Context) (*thing, error) { created = true; return &thing{"2", "x", "ours"}, nil }, &diags)
	if got != nil || created {
		t.Fatalf("got %+v (created: %v), want nothing and no create", got, created)
	}
	if want := "import it: terraform import test_thing.<name> theirs"; !strings.Contains(errorDetails(diags), want) {
		t.Errorf("error %q does not say %q", errorDetails(diags), want)
	}
}

func TestCreateOnceNeverAdoptsWhatExistedBefore(t *testing.T) {
	withLookupWindow(t, 300*time.Millisecond)
	f := &fakeThings{}
	f.add(thing{"theirs", "x", "ours"}, 0) // same key and even the same fields
	var diags diag.Diagnostics
	got := CreateOnce(context.Background(), &CreateClaims{}, f.key("x", "ours", false), "", failWithoutStoring, &diags)
	if got != nil {
		t.Fatalf("adopted %+v, which existed before the create", got)
	}
	for _, want := range []string{"already existed before this create, so it is not adopted", "terraform import test_thing.<name> theirs"} {
		if !strings.Contains(errorDetails(diags), want) {
			t.Errorf("error %q does not say %q", errorDetails(diags), want)
		}
	}
}

func TestCreateOnceAdoptsOnlyWhatHoldsTheFieldsSent(t *testing.T) {
	withLookupWindow(t, 300*time.Millisecond)
	f := &fakeThings{}
	var diags diag.Diagnostics
	// Someone else's create of the same key lands while ours fails without storing.
	got := CreateOnce(context.Background(), &CreateClaims{}, f.key("x", "ours", false), "",
		f.othersLandThenFail(thing{"theirs", "x", "theirs"}), &diags)
	if got != nil {
		t.Fatalf("adopted %+v, which holds another body", got)
	}
	if !strings.Contains(errorDetails(diags), "nothing was created; run terraform apply again") {
		t.Errorf("error %q does not say that nothing was created", errorDetails(diags))
	}
}

func TestCreateOnceRefusesToPickAmongSeveral(t *testing.T) {
	withLookupWindow(t, 300*time.Millisecond)
	f := &fakeThings{}
	var diags diag.Diagnostics
	got := CreateOnce(context.Background(), &CreateClaims{}, f.key("x", "ours", false), "",
		f.othersLandThenFail(thing{"1", "x", "ours"}, thing{"2", "x", "ours"}), &diags)
	if got != nil || !strings.Contains(errorDetails(diags), "2 such objects appeared since") {
		t.Fatalf("got %+v, %s; want no adoption and the count", got, errorDetails(diags))
	}
}

func TestCreateOnceLeavesAnotherResourcesObjectAlone(t *testing.T) {
	withLookupWindow(t, 300*time.Millisecond)
	f := &fakeThings{}
	claims := &CreateClaims{}
	var diags diag.Diagnostics
	// Another resource of the same apply made an object with the same key and fields.
	mine := CreateOnce(context.Background(), claims, f.key("x", "ours", false), "",
		func(context.Context) (*thing, error) { t := thing{"1", "x", "ours"}; f.add(t, 0); return &t, nil }, &diags)
	if mine == nil {
		t.Fatal(errorDetails(diags))
	}
	// This create's snapshot predates it: only the claim keeps it from being adopted.
	k := f.key("x", "ours", false)
	k.Existing = func(context.Context) ([]thing, error) { return nil, nil }
	got := CreateOnce(context.Background(), claims, k, "", failWithoutStoring, &diags)
	if got != nil {
		t.Fatalf("adopted %+v, which another resource made", got)
	}
}

func TestCreateOnceKeepsWhatItCouldNotReconcile(t *testing.T) {
	withLookupWindow(t, time.Second)
	f := &fakeThings{}
	k := f.key("x", "ours", true)
	k.Reconcile = func(context.Context, *thing) (*thing, error) { return nil, errors.New("PUT refused") }
	var diags diag.Diagnostics
	got := CreateOnce(context.Background(), &CreateClaims{}, k, "", f.storeThenFail(thing{"1", "x", "ours"}, 0), &diags)
	if got == nil || got.id != "1" {
		t.Fatalf("got %+v, want thing 1 kept for the state", got)
	}
	if !strings.Contains(errorDetails(diags), "it is kept in the state, marked to be replaced") {
		t.Errorf("error %q does not say the object is kept", errorDetails(diags))
	}
}

func TestCreateOnceLooksUpPastAnInterruptWithinItsBound(t *testing.T) {
	withLookupWindow(t, time.Hour)
	f := &fakeThings{}
	ctx, cancel := context.WithCancel(context.Background())
	var diags diag.Diagnostics
	got := CreateOnce(ctx, &CreateClaims{}, f.key("x", "ours", true), "",
		func(context.Context) (*thing, error) {
			f.add(thing{"1", "x", "ours"}, 200*time.Millisecond)
			cancel() // Ctrl-C while the answer is on its way
			return nil, context.Canceled
		}, &diags)
	if got == nil || got.id != "1" {
		t.Fatalf("got %+v, %s; want thing 1 found after the interrupt", got, errorDetails(diags))
	}

	diags = nil
	ctx, cancel = context.WithCancel(context.Background())
	start := time.Now()
	CreateOnce(ctx, &CreateClaims{}, f.key("y", "ours", true), "",
		func(context.Context) (*thing, error) { cancel(); return nil, context.Canceled }, &diags)
	if elapsed := time.Since(start); elapsed > InterruptedLookupWindow+time.Second {
		t.Errorf("an interrupted create that stored nothing was looked up for %v, want at most about %v", elapsed, InterruptedLookupWindow)
	}
}

func TestRecentSharesOneListingForAWhile(t *testing.T) {
	calls := 0
	c := NewReadCache(nil, func(context.Context, int) ([]thing, int, error) {
		calls++
		return []thing{{id: "1"}}, 1, nil
	}, func(t *thing) string { return t.id })
	for range 5 {
		if items, err := c.Recent(context.Background()); err != nil || len(items) != 1 {
			t.Fatalf("recent = %v, %v", items, err)
		}
	}
	c.Invalidate() // a write of the type does not make it fetch again
	if _, err := c.Recent(context.Background()); err != nil || calls != 1 {
		t.Errorf("%d listings for six creates within %v, want 1 (err %v)", calls, recentMaxAge, err)
	}
	c.recentAt = c.recentAt.Add(-recentMaxAge)
	if _, err := c.Recent(context.Background()); err != nil || calls != 2 {
		t.Errorf("%d listings once the first was %v old, want 2 (err %v)", calls, recentMaxAge, err)
	}
}
