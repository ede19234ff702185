package kit

import (
	"context"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource"
)

func TestABaseWithoutAnImportLookupRefusesTheImport(t *testing.T) {
	imports := map[string]func(*resource.ImportStateResponse){
		"cloud": func(resp *resource.ImportStateResponse) {
			(&CloudResource{TypeName: "cloud_thing"}).ImportState(context.Background(), resource.ImportStateRequest{ID: "t-1"}, resp)
		},
		"gauth": func(resp *resource.ImportStateResponse) {
			(&GAuthResource{TypeName: "gauth_thing"}).ImportState(context.Background(), resource.ImportStateRequest{ID: "t-1"}, resp)
		},
	}
	for name, importState := range imports {
		t.Run(name, func(t *testing.T) {
			resp := &resource.ImportStateResponse{}
			importState(resp) // would panic before
			if !resp.Diagnostics.HasError() || !strings.Contains(resp.Diagnostics.Errors()[0].Detail(), "genesys_"+name+"_thing resource type cannot be imported") {
				t.Errorf("diagnostics = %v, want an error naming the type", resp.Diagnostics)
			}
		})
	}
}
