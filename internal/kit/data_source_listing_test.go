package kit

import (
	"errors"
	"iter"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
)

type listedThing struct{ name, id string }

// things yields the objects, then err when it is not nil.
func things(err error, objects ...listedThing) iter.Seq2[*listedThing, error] {
	return func(yield func(*listedThing, error) bool) {
		for i := range objects {
			if !yield(&objects[i], nil) {
				return
			}
		}
		if err != nil {
			yield(nil, err)
		}
	}
}

func TestListedSortsByNameThenIDAndReportsAFailedListing(t *testing.T) {
	element := func(o *listedThing) (listedThing, diag.Diagnostics) { return *o, nil }
	nameAndID := func(o *listedThing) (string, string) { return o.name, o.id }

	var diags diag.Diagnostics
	got := Listed(&diags, things(nil, listedThing{"b", "1"}, listedThing{"a", "2"}, listedThing{"a", "1"}), "list things", "", element, nameAndID)
	want := []listedThing{{"a", "1"}, {"a", "2"}, {"b", "1"}}
	if diags.HasError() || len(got) != len(want) {
		t.Fatalf("got %v, %v; want %v", got, diags, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("element %d: got %v, want %v", i, got[i], want[i])
		}
	}

	if got := Listed(&diags, things(nil), "list things", "", element, nameAndID); got == nil || len(got) != 0 {
		t.Errorf("an empty listing is %#v, want an empty list (a null one would differ in the state)", got)
	}

	diags = nil
	if got := Listed(&diags, things(errors.New("refused"), listedThing{"a", "1"}), "list things", "", element, nameAndID); got != nil {
		t.Errorf("a failed listing gave %v, want nothing", got)
	}
	if errs := diags.Errors(); len(errs) != 1 || errs[0].Summary() != "Genesys API Error" || !strings.Contains(errs[0].Detail(), "Could not list things.") {
		t.Errorf("a failed listing reported %v, want one error naming the listing", diags)
	}
}
