package kit

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// Reading is how a resource type whose object is read by the id in its state refreshes it (Read):
// what the types differ in, where the steps are the same for all of them.
type Reading[M, T any] struct {
	// Kind names the object when it is gone, for RemovedOutsideTerraform: "GAuth data center".
	Kind string
	// What is AddAPIError's what of a failed read, a format of the id: "read data center %s".
	What string
	// Permission is the permission the read needs, for AddAPIError; "" when none is documented.
	Permission string
	// Window is how long after the create a not-found may only mean that the object does not
	// show yet (GetAfterCreate).
	Window time.Duration
	// Get reads the object by id: the type's read cache, or the client's GET.
	Get func(ctx context.Context, id string) (*T, error)
	// Gone, when set, says whether an object found is as good as deleted (one whose delete is
	// propagating): refreshed as a 404 is.
	Gone func(*T) bool
	// FromAPI sets the model in the state from the object read.
	FromAPI func(*M, context.Context, *T) diag.Diagnostics
}

// Read refreshes the state of a resource of model M from its object: read by the state's id
// within the create's window, removed from the state with a warning when the API no longer has it
// (RemovedOutsideTerraform), an error diagnostic when the read fails, else converted and stored.
func Read[M, T any](ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse, r Reading[M, T]) {
	var state M
	resp.Diagnostics.Append(GetState(ctx, req.State, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := stateID(req.State.Raw)
	obj, err := GetAfterCreate(ctx, r.Window, resp.Private, r.Get, id)
	if transport.IsNotFound(err) || (err == nil && r.Gone != nil && r.Gone(obj)) {
		RemovedOutsideTerraform(ctx, resp, r.Kind, id)
		return
	}
	if err != nil {
		AddAPIError(&resp.Diagnostics, fmt.Sprintf(r.What, id), r.Permission, err)
		return
	}
	resp.Diagnostics.Append(r.FromAPI(&state, ctx, obj)...)
	resp.Diagnostics.Append(SetState(ctx, &resp.State, resp.Identity, &state)...)
}
