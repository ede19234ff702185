package kit

import (
	"context"
	"fmt"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

// Lookup is what a data source looked for, for the one way every data source reports finding
// nothing or more than one.
type Lookup struct {
	Kind string    // "GAuth environment", as messages name it
	Attr path.Path // the attribute that selected, where Terraform points the error
	By   string    // how it was selected, after the kind: `named "Partner"`, `with the domain "t1"`
	Hint string    // what to do about it, a sentence
}

// One returns the only match of a lookup, or adds an error on the lookup's attribute, saying
// there is none or listing the ids of the matches, and returns nil.
func One[T any](diags *diag.Diagnostics, l Lookup, matches []T, idOf func(*T) string) *T {
	switch len(matches) {
	case 1:
		return &matches[0]
	case 0:
		diags.AddAttributeError(l.Attr, titleCase(l.Kind)+" Not Found",
			fmt.Sprintf("There is no %s %s. %s", l.Kind, l.By, l.Hint))
	default:
		diags.AddAttributeError(l.Attr, titleCase(l.Kind)+" Not Unique",
			fmt.Sprintf("There are %d %ss %s (ids %s); the lookup needs exactly one. %s",
				len(matches), l.Kind, l.By, strings.Join(idsOf(matches, idOf), ", "), l.Hint))
	}
	return nil
}

// SetOne stores in a data source's state its model m, set by fromAPI from the only match of a
// lookup, or reports none or several as One does: the end of every data source that looks up
// one object.
func SetOne[T, M any](ctx context.Context, resp *datasource.ReadResponse, l Lookup, matches []T, idOf func(*T) string,
	m *M, fromAPI func(*M, context.Context, *T) diag.Diagnostics,
) {
	if found := One(&resp.Diagnostics, l, matches, idOf); found != nil {
		resp.Diagnostics.Append(fromAPI(m, ctx, found)...)
		resp.Diagnostics.Append(resp.State.Set(ctx, m)...)
	}
}

// idsOf lists the ids of the objects a lookup matched, for the messages that name them when a
// lookup (One, ImportLookup) matched more than one.
func idsOf[T any](matches []T, idOf func(*T) string) []string {
	ids := make([]string, len(matches))
	for i := range matches {
		ids[i] = idOf(&matches[i])
	}
	return ids
}

// LookupByID adapts a GET by id, or a find by another key that answers not found for none, to a
// lookup (NaturalKey.Lookup, One): the object, or none when it is not found.
func LookupByID[T any](ctx context.Context, get func(context.Context, string) (*T, error), id string) ([]T, error) {
	obj, err := get(ctx, id)
	switch {
	case transport.IsNotFound(err):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return []T{*obj}, nil
}
