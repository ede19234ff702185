package kit

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

func TestByIDIsNoneOnNotFoundAndTheObjectOtherwise(t *testing.T) {
	get := func(_ context.Context, id string) (*named, error) {
		if id == "gone" {
			return nil, &transport.APIError{Method: http.MethodGet, Path: "/things/gone", StatusCode: http.StatusNotFound}
		}
		return &named{id}, nil
	}
	if got, err := ByID(get, "a")(context.Background()); err != nil || !slices.Equal(got, []named{{"a"}}) {
		t.Fatalf("found: %v, %v", got, err)
	}
	if got, err := ByID(get, "gone")(context.Background()); err != nil || got != nil {
		t.Fatalf("not found: %v, %v", got, err)
	}
}

func TestFindByIDLooksTheIDAttributeUpWithAGet(t *testing.T) {
	f := FindByID("thing", "a", "Check the id.", func(_ context.Context, id string) (*named, error) { return &named{id}, nil })
	if f.Attr.String() != "id" || f.By != `with the id "a"` || f.Hint != "Check the id." || f.What != "read thing a" {
		t.Errorf("find = %+v, want the id attribute, its value, the hint and the call", f)
	}
	if got, err := f.Matches(context.Background()); err != nil || !slices.Equal(got, []named{{"a"}}) {
		t.Errorf("matches: %v, %v", got, err)
	}
}

func TestMatchingKeepsWhatTheFilterAcceptsAndPassesErrorsOn(t *testing.T) {
	list := func(context.Context) ([]named, error) { return []named{{"a"}, {"b"}, {"a2"}}, nil }
	got, err := Matching(list, func(n *named) bool { return n.id[0] == 'a' })(context.Background())
	if err != nil || !slices.Equal(got, []named{{"a"}, {"a2"}}) {
		t.Fatalf("matching: %v, %v", got, err)
	}
	failed := errors.New("listing failed")
	if got, err := Matching(func(context.Context) ([]named, error) { return nil, failed }, func(*named) bool { return true })(context.Background()); !errors.Is(err, failed) || got != nil {
		t.Fatalf("failed listing: %v, %v", got, err)
	}
}

func TestNamedIsNoneWhenNothingOfTheNameShowsAndNoCreateIsWaitedFor(t *testing.T) {
	c := NewConsistency(0)
	calls := 0
	none := func(context.Context) ([]named, error) { calls++; return nil, nil }
	if got, err := Named(c, "role", "Partner", none)(context.Background()); err != nil || got != nil || calls != 1 {
		t.Fatalf("none: %v, %v after %d calls", got, err, calls)
	}
	one := func(context.Context) ([]named, error) { return []named{{"a"}}, nil }
	if got, err := Named(c, "role", "Partner", one)(context.Background()); err != nil || !slices.Equal(got, []named{{"a"}}) {
		t.Fatalf("one: %v, %v", got, err)
	}
	failed := errors.New("listing failed")
	if _, err := Named(c, "role", "Partner", func(context.Context) ([]named, error) { return nil, failed })(context.Background()); !errors.Is(err, failed) {
		t.Fatalf("failed find: %v", err)
	}
}
