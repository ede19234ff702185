package kit

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// Importer is what a resource's ImportState hands an import to: an ImportLookup of the type's
// objects, whatever their Go type. configured says whether the provider is configured, so that
// the lookup may call the API.
type Importer interface {
	ImportState(ctx context.Context, configured bool, req resource.ImportStateRequest, resp *resource.ImportStateResponse)
}

// ImportLookup turns what a user gave `terraform import` into the id of one object of type T. An
// id is taken as it is once the API finds it. Anything else is tried as the object's natural key
// (a role's name, a data center's location, ...) where the API can look that up, and imported when
// exactly one object has it; otherwise the error says that an id is expected and where to find
// it, instead of Terraform's "Cannot import non-existent remote object".
type ImportLookup[T any] struct {
	Kind string // "Genesys Cloud role", as the messages name it
	// Get reads the object by id (the client's GET); a not-found error means the value is no id
	// of this kind.
	Get func(ctx context.Context, id string) (*T, error)
	// ByKey, when the API allows it, returns the objects whose natural key is key (LookupByID
	// adapts a find that answers not found for none).
	ByKey func(ctx context.Context, key string) ([]T, error)
	// IDOf is the id of an object ByKey returned.
	IDOf func(*T) string
	Key  string // what byKey matches: "name", "location", "domain"
	// FindID tells the user where the id is shown.
	FindID string
}

func (l ImportLookup[T]) ImportState(ctx context.Context, configured bool, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id := ImportedID(ctx, req, &resp.Diagnostics)
	// An identity names an id; only an import string may be a natural key.
	if configured && req.ID != "" {
		var ok bool
		if id, ok = l.resolve(ctx, req.ID, resp); !ok {
			return
		}
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), id)...)
}

// resolve returns the id to import, or false with an error added.
func (l ImportLookup[T]) resolve(ctx context.Context, given string, resp *resource.ImportStateResponse) (string, bool) {
	summary := "Cannot Import " + titleCase(l.Kind)
	_, err := l.Get(ctx, given)
	switch {
	case err == nil:
		return given, true
	case !isNoSuchID(err):
		AddAPIError(&resp.Diagnostics, fmt.Sprintf("read %s %q to import it", l.Kind, given), "", err)
		return "", false
	case l.ByKey == nil:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("No %s has the id %q. terraform import expects the %s's id: %s.",
			l.Kind, given, l.Kind, l.FindID))
		return "", false
	}
	found, err := l.ByKey(ctx, given)
	if err != nil {
		AddAPIError(&resp.Diagnostics, fmt.Sprintf("look up the %s whose %s is %q to import it", l.Kind, l.Key, given), "", err)
		return "", false
	}
	ids := idsOf(found, l.IDOf)
	switch len(ids) {
	case 1:
		return ids[0], true
	case 0:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("No %s has the id or the %s %q. terraform import expects the %s's id "+
			"(or its exact %s): %s.", l.Kind, l.Key, given, l.Kind, l.Key, l.FindID))
	default:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("%d %ss have the %s %q: %s. Import one of them by its id.",
			len(ids), l.Kind, l.Key, given, strings.Join(ids, ", ")))
	}
	return "", false
}

// isNoSuchID says whether a read by id answered that there is no such object: 404, or 400 from
// an API that checks an id's form before it looks it up.
func isNoSuchID(err error) bool {
	apiErr, ok := transport.AsAPIError(err)
	return ok && (apiErr.StatusCode == http.StatusNotFound || apiErr.StatusCode == http.StatusBadRequest)
}

// titleCase capitalises each word of a message's subject, for a diagnostic summary.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}
