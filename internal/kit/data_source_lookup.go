package kit

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

// Find is one way a data source that looks up one object finds its matches: what it reports
// (Lookup, without the kind), the call that lists them (Matches), and how a failure of that call
// is reported (What and Permission, for AddAPIError).
type Find[T any] struct {
	Lookup
	What       string // the call, starting with its verb: "read contact center cc-1"
	Permission string // the permission the call needs, "" for none
	Matches    func(context.Context) ([]T, error)
}

// ReadOne is the Read of every data source that looks up one object of the kind named kind: it
// reads the configuration into a model M, asks find how to look the object up (find adds its own
// error to diags when the configuration selects nothing), and stores the one match as SetOne
// does, reporting a failed call, none or several.
func ReadOne[T, M any](ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse, kind string,
	find func(*M, *diag.Diagnostics) Find[T], idOf func(*T) string, fromAPI func(*M, context.Context, *T) diag.Diagnostics,
) {
	var m M
	resp.Diagnostics.Append(GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	f := find(&m, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	matches, err := f.Matches(ctx)
	if err != nil {
		AddAPIError(&resp.Diagnostics, f.What, f.Permission, err)
		return
	}
	f.Kind = kind
	SetOne(ctx, resp, f.Lookup, matches, idOf, &m, fromAPI)
}

// ReadData is the Read of a data source whose state is its configuration, a model M, with what
// fill adds to it (a listing, a catalogue); when fill reports an error the state is left unset.
func ReadData[M any](ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse, fill func(*M, *diag.Diagnostics)) {
	var m M
	resp.Diagnostics.Append(GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	fill(&m, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}

// ByID is the matches of a GET by id, or of a find by another key that answers not found for
// none: the object, or none when it is not found (LookupByID).
func ByID[T any](get func(context.Context, string) (*T, error), id string) func(context.Context) ([]T, error) {
	return func(ctx context.Context) ([]T, error) { return LookupByID(ctx, get, id) }
}

// FindByID is the Find of a lookup by the id attribute: the GET of the object (ByID), reported as
// "read <noun> <id>" when it fails, with hint for when nothing has the id.
func FindByID[T any](noun, id, hint string, get func(context.Context, string) (*T, error)) Find[T] {
	return Find[T]{
		Lookup:  Lookup{Attr: path.Root("id"), By: fmt.Sprintf("with the id %q", id), Hint: hint},
		What:    fmt.Sprintf("read %s %s", noun, id),
		Matches: ByID(get, id),
	}
}

// Matching is the matches of a listing: the objects keep accepts.
func Matching[T any](list func(context.Context) ([]T, error), keep func(*T) bool) func(context.Context) ([]T, error) {
	return func(ctx context.Context) ([]T, error) {
		all, err := list(ctx)
		if err != nil {
			return nil, err
		}
		var matches []T
		for i := range all {
			if keep(&all[i]) {
				matches = append(matches, all[i])
			}
		}
		return matches, nil
	}
}

// Named is the matches of a find by name that waits out eventual consistency: an object of the
// kind this run created under that name may not show in the API's lists yet, so finding none is
// retried while the window after that create is open (Consistency.Lookup), and is then none.
func Named[T any](c *Consistency, kind, name string, find func(context.Context) ([]T, error)) func(context.Context) ([]T, error) {
	return func(ctx context.Context) ([]T, error) {
		var matches []T
		err := c.Lookup(ctx, kind, name, func(ctx context.Context) error {
			var err error
			matches, err = find(ctx)
			if err == nil && len(matches) == 0 {
				return ErrNoneNamed
			}
			return err
		})
		if errors.Is(err, ErrNoneNamed) {
			err = nil
		}
		return matches, err
	}
}
