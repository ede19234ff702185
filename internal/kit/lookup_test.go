package kit

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

type named struct{ id string }

func TestOneReportsNoneAndSeveralTheSameWayForEveryLookup(t *testing.T) {
	l := Lookup{Kind: "GAuth environment", Attr: path.Root("tenant"), By: `with the tenant "t1"`, Hint: "Look it up by id."}
	idOf := func(n *named) string { return n.id }

	var diags diag.Diagnostics
	if got := One(&diags, l, []named{{"a"}}, idOf); got == nil || got.id != "a" || diags.HasError() {
		t.Fatalf("one match: %v, %v", got, diags)
	}
	for _, tc := range []struct {
		matches       []named
		summary, text string
	}{
		{nil, "GAuth Environment Not Found", `There is no GAuth environment with the tenant "t1". Look it up by id.`},
		{[]named{{"a"}, {"b"}}, "GAuth Environment Not Unique",
			`There are 2 GAuth environments with the tenant "t1" (ids a, b); the lookup needs exactly one. Look it up by id.`},
	} {
		var diags diag.Diagnostics
		if got := One(&diags, l, tc.matches, idOf); got != nil {
			t.Errorf("%d matches: got %v, want none", len(tc.matches), got)
		}
		errs := diags.Errors()
		if len(errs) != 1 || errs[0].Summary() != tc.summary || !strings.Contains(errs[0].Detail(), tc.text) {
			t.Errorf("%d matches: diagnostics %v, want %q: %q", len(tc.matches), diags, tc.summary, tc.text)
		}
		if wa, ok := errs[0].(diag.DiagnosticWithPath); !ok || !wa.Path().Equal(path.Root("tenant")) {
			t.Errorf("%d matches: the error does not point at the tenant attribute", len(tc.matches))
		}
	}
}
