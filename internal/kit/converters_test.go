package kit

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// SetOf and StringsOf give what the framework's SetValueFrom and ElementsAs give, diagnostics
// included, without going through its reflection for known strings.
func TestStringSetConvertersMatchTheFramework(t *testing.T) {
	ctx := context.Background()
	for _, in := range [][]string{nil, {}, {"b", "a"}, {"same", "same"}} {
		var diags diag.Diagnostics
		got := SetOf(ctx, in, &diags)
		want, wantDiags := types.SetValueFrom(ctx, types.StringType, NonNil(in))
		if !got.Equal(want) || !sameDiagnostics(diags, wantDiags) {
			t.Errorf("SetOf(%q) = %v %v, want %v %v", in, got, diags, want, wantDiags)
		}
	}
	sets := map[string]types.Set{
		"known":           types.SetValueMust(types.StringType, []attr.Value{types.StringValue("b"), types.StringValue("a")}),
		"empty":           types.SetValueMust(types.StringType, []attr.Value{}),
		"unknown element": types.SetValueMust(types.StringType, []attr.Value{types.StringValue("a"), types.StringUnknown()}),
		"null element":    types.SetValueMust(types.StringType, []attr.Value{types.StringNull()}),
	}
	for name, set := range sets {
		var diags diag.Diagnostics
		got := StringsOf(ctx, set, &diags)
		want := []string{}
		wantDiags := set.ElementsAs(ctx, &want, false)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) || !sameDiagnostics(diags, wantDiags) {
			t.Errorf("StringsOf(%s) = %q %v, want %q %v", name, got, diags, want, wantDiags)
		}
	}
}
