package kit

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Listed is one object of a list resource's results: its id (the identity), the name Terraform
// shows for it, and the model the resource's Read would store for it after an import.
type Listed struct {
	ID          string
	DisplayName string
	Model       any
	Diagnostics diag.Diagnostics
}

// ListResults streams the results of a list resource (Terraform 1.14 and later): one for each
// object objects yields, made by listed, each with its identity and, when the request asks for
// it, the resource object. It stops at the request's limit, so that no page past it is read, and
// at the listing's first error, reported by failed as the last result's diagnostics.
func ListResults[T any](ctx context.Context, req list.ListRequest, objects iter.Seq2[*T, error],
	failed func(*diag.Diagnostics, error), listed func(context.Context, *T) Listed,
) iter.Seq[list.ListResult] {
	return func(push func(list.ListResult) bool) {
		var n int64
		for object, err := range objects {
			if err != nil {
				var diags diag.Diagnostics
				failed(&diags, err)
				push(list.ListResult{Diagnostics: diags})
				return
			}
			l := listed(ctx, object)
			result := req.NewListResult(ctx)
			result.DisplayName = l.DisplayName
			result.Diagnostics.Append(l.Diagnostics...)
			result.Diagnostics.Append(setIdentity(ctx, result.Identity, l.ID)...)
			if req.IncludeResource && !result.Diagnostics.HasError() {
				result.Diagnostics.Append(result.Resource.Set(ctx, l.Model)...)
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
