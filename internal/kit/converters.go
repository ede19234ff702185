package kit

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Conversions between Terraform values and the plain Go values of the API clients, where null and
// empty need the same decision in every resource.

func NonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// OptionalString maps the API's "absent" (empty) to null, for attributes that are optional without a default.
func OptionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

// StringsOf returns the elements of a set of strings, sorted and never nil, so that request
// bodies are stable and an empty set is sent as [] (which clears the list on a merge).
func StringsOf(ctx context.Context, s types.Set, diags *diag.Diagnostics) []string {
	out := []string{}
	if s.IsNull() || s.IsUnknown() {
		return out
	}
	diags.Append(s.ElementsAs(ctx, &out, false)...)
	sort.Strings(out)
	return out
}

// SetOf is a known set of strings, empty when s is nil.
func SetOf(ctx context.Context, s []string, diags *diag.Diagnostics) types.Set {
	v, d := types.SetValueFrom(ctx, types.StringType, NonNil(s))
	diags.Append(d...)
	return v
}
