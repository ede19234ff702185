package kit

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

type readObject struct{ id, name, state string }

// readThing runs kit.Read of the thing "t1" in the state against get, and returns the response.
func readThing(t *testing.T, get func(context.Context, string) (*readObject, error)) *resource.ReadResponse {
	t.Helper()
	ctx := context.Background()
	s := schema.Schema{Attributes: map[string]schema.Attribute{
		"id": schema.StringAttribute{Computed: true}, "name": schema.StringAttribute{Optional: true},
	}}
	state := tfsdk.State{Schema: s, Raw: tftypes.NewValue(s.Type().TerraformType(ctx), nil)}
	if diags := state.Set(ctx, &idNameModel{ID: types.StringValue("t1"), Name: types.StringValue("old")}); diags.HasError() {
		t.Fatal(diags)
	}
	req := resource.ReadRequest{State: state}
	resp := &resource.ReadResponse{State: state}
	Read(ctx, req, resp, Reading[idNameModel, readObject]{
		Kind: "GAuth thing", What: "read thing %q", Get: get,
		Gone: func(o *readObject) bool { return o.state == "deleted" },
		FromAPI: func(m *idNameModel, _ context.Context, o *readObject) diag.Diagnostics {
			m.Name = types.StringValue(o.name)
			return nil
		},
	})
	return resp
}

func TestReadStoresTheObjectOrRemovesItWhenGone(t *testing.T) {
	resp := readThing(t, func(_ context.Context, id string) (*readObject, error) { return &readObject{id: id, name: "new"}, nil })
	var got idNameModel
	resp.Diagnostics.Append(resp.State.Get(context.Background(), &got)...)
	if resp.Diagnostics.HasError() || got.ID.ValueString() != "t1" || got.Name.ValueString() != "new" {
		t.Errorf("found: state %v, %v; want t1 named new", got, resp.Diagnostics)
	}

	for name, get := range map[string]func(context.Context, string) (*readObject, error){
		"404": func(_ context.Context, id string) (*readObject, error) {
			return nil, &transport.APIError{Method: "GET", Path: "/things/" + id, StatusCode: 404}
		},
		"deleted": func(_ context.Context, id string) (*readObject, error) {
			return &readObject{id: id, state: "deleted"}, nil
		},
	} {
		resp := readThing(t, get)
		warnings := resp.Diagnostics.Warnings()
		if resp.Diagnostics.HasError() || !resp.State.Raw.IsNull() || len(warnings) != 1 ||
			warnings[0].Summary() != "Object Deleted Outside Terraform" || !strings.HasPrefix(warnings[0].Detail(), "The GAuth thing t1 no longer exists") {
			t.Errorf("%s: state %v, diagnostics %v; want it removed with the warning", name, resp.State.Raw, resp.Diagnostics)
		}
	}

	resp = readThing(t, func(context.Context, string) (*readObject, error) { return nil, errors.New("refused") })
	if errs := resp.Diagnostics.Errors(); len(errs) != 1 || !strings.HasPrefix(errs[0].Detail(), `Could not read thing "t1".`) {
		t.Errorf("failed read: %v; want one error naming the read", resp.Diagnostics)
	}
}
