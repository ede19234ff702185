package kit

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// results streams the results of the list (Terraform 1.14 and later): one for each object the
// listing for config yields, each with its identity and, when the request asks for it, the
// resource object. It stops at the request's limit, so that no page past it is read, and at the
// listing's first error, reported as the last result's diagnostics.
func (l *ListResource[C, T, M]) results(ctx context.Context, req list.ListRequest, config C) iter.Seq[list.ListResult] {
	return func(push func(list.ListResult) bool) {
		var n int64
		for object, err := range l.Objects(ctx, config) {
			if err != nil {
				var diags diag.Diagnostics
				AddAPIError(&diags, l.What, l.Permission, err)
				push(list.ListResult{Diagnostics: diags})
				return
			}
			id, name := l.Listed(object)
			result := req.NewListResult(ctx)
			result.DisplayName = name
			result.Diagnostics.Append(setIdentity(ctx, result.Identity, id)...)
			// The model is built only when asked for: a listing of thousands of objects for
			// their identities alone would otherwise convert each of them for nothing.
			if req.IncludeResource && !result.Diagnostics.HasError() {
				m, diags := l.model(ctx, req, object)
				result.Diagnostics.Append(diags...)
				if !diags.HasError() {
					result.Diagnostics.Append(result.Resource.Set(ctx, m)...)
				}
			}
			if !push(result) {
				return
			}
			if n++; req.Limit > 0 && n >= req.Limit {
				return
			}
		}
	}
}

// model is object as the resource's Read stores it after an import.
func (l *ListResource[C, T, M]) model(ctx context.Context, req list.ListRequest, object *T) (*M, diag.Diagnostics) {
	var m M
	diags := ImportedModel(ctx, req, &m)
	diags.Append(l.FromAPI(&m, ctx, object)...)
	return &m, diags
}

// ImportedModel sets model, a resource's model, to what an import's state holds before its Read:
// every attribute null, of its own type. A listed object converted from it is what Read stores
// after `terraform import`, which is what `terraform query -generate-config-out` writes.
func ImportedModel(ctx context.Context, req list.ListRequest, model any) diag.Diagnostics {
	typ, ok := req.ResourceSchema.Type().TerraformType(ctx).(tftypes.Object)
	if !ok {
		var diags diag.Diagnostics
		diags.AddError("Invalid Resource Schema", "The resource schema is not an object. This is always a problem with the provider.")
		return diags
	}
	attributes := make(map[string]tftypes.Value, len(typ.AttributeTypes))
	for name, t := range typ.AttributeTypes {
		attributes[name] = tftypes.NewValue(t, nil)
	}
	state := tfsdk.State{Raw: tftypes.NewValue(typ, attributes), Schema: req.ResourceSchema}
	return state.Get(ctx, model)
}

// OneCall is the listing of an API that answers every object in one call, keeping those keep
// keeps.
func OneCall[T any](ctx context.Context, all func(context.Context) ([]T, error), keep func(*T) bool) iter.Seq2[*T, error] {
	return func(yield func(*T, error) bool) {
		objects, err := all(ctx)
		if err != nil {
			yield(nil, err)
			return
		}
		for i := range objects {
			if keep(&objects[i]) && !yield(&objects[i], nil) {
				return
			}
		}
	}
}
