package kit

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/attr"
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
	// Known strings are read as they are; anything else gets ElementsAs and its diagnostics.
	// ElementsAs goes through the framework's reflection, which costs more than the rest of a
	// conversion made for every role and client of every plan and refresh.
	for _, e := range s.Elements() {
		str, ok := e.(types.String)
		if !ok || str.IsNull() || str.IsUnknown() {
			out = []string{}
			diags.Append(s.ElementsAs(ctx, &out, false)...)
			break
		}
		out = append(out, str.ValueString())
	}
	sort.Strings(out)
	return out
}

// SetOf is a known set of strings, empty when s is nil. It builds the set from its elements, as
// SetValueFrom would through the framework's reflection.
func SetOf(ctx context.Context, s []string, diags *diag.Diagnostics) types.Set {
	elems := make([]attr.Value, 0, len(s))
	seen := make(map[string]bool, len(s))
	for _, str := range s {
		if seen[str] { // SetValueFrom refuses it, in its own words
			v, d := types.SetValueFrom(ctx, types.StringType, s)
			diags.Append(d...)
			return v
		}
		seen[str] = true
		elems = append(elems, types.StringValue(str))
	}
	v, d := types.SetValue(types.StringType, elems)
	diags.Append(d...)
	return v
}
