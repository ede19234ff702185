package kit

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

type keyed struct{ id, name string }

func TestFoundByTakesNotFoundForNone(t *testing.T) {
	ctx := context.Background()
	byKey := FoundBy(func(_ context.Context, name string) (*keyed, error) {
		switch name {
		case "Partner":
			return &keyed{id: "r1", name: name}, nil
		case "broken":
			return nil, errors.New("refused")
		}
		return nil, &transport.APIError{Method: "GET", Path: "/roles", StatusCode: 404}
	})
	if got, err := byKey(ctx, "Partner"); err != nil || !reflect.DeepEqual(got, []keyed{{"r1", "Partner"}}) {
		t.Errorf("found: %v, %v; want r1", got, err)
	}
	if got, err := byKey(ctx, "Other"); err != nil || len(got) != 0 {
		t.Errorf("not found: %v, %v; want none and no error", got, err)
	}
	if _, err := byKey(ctx, "broken"); err == nil {
		t.Error("a failed find: want its error")
	}
}

func TestListedByKeepsTheObjectsHoldingTheKey(t *testing.T) {
	ctx := context.Background()
	all := []keyed{{"c1", "a"}, {"c2", "b"}, {"c3", "a"}}
	byKey := ListedBy(func(context.Context) ([]keyed, error) { return listing(all), nil },
		func(k *keyed, name string) bool { return k.name == name })
	if got, err := byKey(ctx, "a"); err != nil || !reflect.DeepEqual(got, []keyed{{"c1", "a"}, {"c3", "a"}}) {
		t.Errorf("got %v, %v; want c1 and c3", got, err)
	}
	if got, _ := byKey(ctx, "z"); len(got) != 0 {
		t.Errorf("got %v; want none", got)
	}
	if !reflect.DeepEqual(all, []keyed{{"c1", "a"}, {"c2", "b"}, {"c3", "a"}}) {
		t.Errorf("the listing was changed: %v", all)
	}

	failing := ListedBy(func(context.Context) ([]keyed, error) { return nil, errors.New("refused") },
		func(*keyed, string) bool { return true })
	if _, err := failing(ctx, "a"); err == nil {
		t.Error("a failed listing: want its error")
	}
}

// listing returns a copy of s, as a client returns a new listing on every call.
func listing(s []keyed) []keyed { return append([]keyed(nil), s...) }
