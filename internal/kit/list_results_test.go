package kit

import (
	"context"
	"iter"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// listThings runs a listing of things through ListResource's results and returns them, with how
// many times the listing converted a thing into its model.
func listThings(t *testing.T, includeResource bool, limit int64, listed ...listedThing) (results []list.ListResult, conversions int) {
	t.Helper()
	ctx := context.Background()
	var identity resource.IdentitySchemaResponse
	IDIdentity{}.IdentitySchema(ctx, resource.IdentitySchemaRequest{}, &identity)
	l := &ListResource[struct{}, listedThing, idNameModel]{
		Objects: func(context.Context, struct{}) iter.Seq2[*listedThing, error] { return things(nil, listed...) },
		Listed:  func(th *listedThing) (string, string) { return th.id, th.name },
		FromAPI: func(m *idNameModel, _ context.Context, th *listedThing) diag.Diagnostics {
			conversions++
			m.ID, m.Name = types.StringValue(th.id), types.StringValue(th.name)
			return nil
		},
	}
	req := list.ListRequest{
		IncludeResource: includeResource, Limit: limit,
		ResourceSchema: schema.Schema{Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true}, "name": schema.StringAttribute{Optional: true},
		}},
		ResourceIdentitySchema: identity.IdentitySchema,
	}
	results = slices.Collect(l.results(ctx, req, struct{}{}))
	for _, r := range results {
		if r.Diagnostics.HasError() {
			t.Fatalf("result %q: %v", r.DisplayName, r.Diagnostics)
		}
	}
	return results, conversions
}

func TestListResultsCarryIdentitiesWithoutConvertingObjectsUnlessAsked(t *testing.T) {
	want := []listedThing{{"Reporting", "r-1"}, {"Supervisor", "r-2"}}
	results, conversions := listThings(t, false, 0, want...)
	if len(results) != 2 || conversions != 0 {
		t.Fatalf("got %d results after %d conversions, want 2 results and no conversion", len(results), conversions)
	}
	for i, r := range results {
		var id types.String
		if diags := r.Identity.GetAttribute(context.Background(), path.Root(identityAttribute), &id); diags.HasError() || id.ValueString() != want[i].id {
			t.Errorf("result %d identity id = %s (%v), want %s", i, id, diags, want[i].id)
		}
		if r.DisplayName != want[i].name || !r.Resource.Raw.IsNull() {
			t.Errorf("result %d = %q with resource %v, want %q and no resource", i, r.DisplayName, r.Resource.Raw, want[i].name)
		}
	}
}

func TestListResultsCarryTheResourceWhenAskedUpToTheLimit(t *testing.T) {
	results, conversions := listThings(t, true, 1, listedThing{"Reporting", "r-1"}, listedThing{"Supervisor", "r-2"})
	if len(results) != 1 || conversions != 1 {
		t.Fatalf("got %d results after %d conversions, want 1 of each (the limit)", len(results), conversions)
	}
	var m idNameModel
	if diags := results[0].Resource.Get(context.Background(), &m); diags.HasError() || m.ID.ValueString() != "r-1" || m.Name.ValueString() != "Reporting" {
		t.Errorf("resource = %+v (%v), want r-1 named Reporting", m, diags)
	}
}
