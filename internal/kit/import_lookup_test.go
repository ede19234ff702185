package kit

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

func TestImportLookupTakesAnIDOrTheOneObjectWithTheKey(t *testing.T) {
	objects := map[string]named{"id-1": {"id-1"}}
	l := ImportLookup[named]{
		Kind: "GAuth thing",
		Get: func(_ context.Context, id string) (*named, error) {
			if o, ok := objects[id]; ok {
				return &o, nil
			}
			return nil, &transport.APIError{Method: "GET", Path: "/things/" + id, StatusCode: 404}
		},
		Key: "name",
		ByKey: func(_ context.Context, key string) ([]named, error) {
			switch key {
			case "one":
				return []named{{"id-1"}}, nil
			case "two":
				return []named{{"id-1"}, {"id-2"}}, nil
			}
			return nil, nil
		},
		IDOf:   func(n *named) string { return n.id },
		FindID: "the id the things page shows",
	}
	for _, tc := range []struct{ given, id, detail string }{
		{given: "id-1", id: "id-1"},
		{given: "one", id: "id-1"},
		{given: "none", detail: `No GAuth thing has the id or the name "none". terraform import expects the GAuth thing's id ` +
			`(or its exact name): the id the things page shows.`},
		{given: "two", detail: `2 GAuth things have the name "two": id-1, id-2. Import one of them by its id.`},
	} {
		resp := &resource.ImportStateResponse{}
		id, ok := l.resolve(context.Background(), tc.given, resp)
		if tc.detail == "" {
			if !ok || id != tc.id || resp.Diagnostics.HasError() {
				t.Errorf("%q: got %q, %v, %v; want %q", tc.given, id, ok, resp.Diagnostics, tc.id)
			}
			continue
		}
		errs := resp.Diagnostics.Errors()
		if ok || len(errs) != 1 || errs[0].Summary() != "Cannot Import GAuth Thing" || errs[0].Detail() != tc.detail {
			t.Errorf("%q: got %q, %v, %v; want the error %q", tc.given, id, ok, resp.Diagnostics, tc.detail)
		}
	}
}
