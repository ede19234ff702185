package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure   = (*gauthContactCenterResource)(nil)
	_ resource.ResourceWithImportState = (*gauthContactCenterResource)(nil)
)

// NewGAuthContactCenterResource is the genesys_gauth_contact_center resource.
func NewGAuthContactCenterResource() resource.Resource { return &gauthContactCenterResource{} }

type gauthContactCenterResource struct{ gauthResource }

func (r *gauthContactCenterResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_contact_center"
}

func (r *gauthContactCenterResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthContactCenterSchema()
}

func (r *gauthContactCenterResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.contactCenters.invalidate()
	var plan gauthContactCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id, err := r.client.CreateContactCenter(ctx, in)
	if err != nil {
		id = r.adoptCreated(ctx, err, in)
	}
	switch {
	case id != "":
	case in.ID != "" && gauth.HasCode(err, gauth.CodeAlreadyExists):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create contact center %s: a contact center with this id already exists "+
			"(to manage it, import it with `terraform import` and its id)", in.ID), "", err)
		return
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create contact center with domains %q", in.Domains), "", err)
		return
	}
	// GAuth answers a create with the new path only; the plan holds every other value, and
	// reading back right away could miss an object that is not yet visible.
	plan.ID = types.StringValue(id)
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated returns the id of the contact center a create that failed with createErr stored
// anyway, or "" when it did not. Only an ambiguous failure (no answer, or a server error) may
// have stored one; it is the one with the requested id, or else the only one holding exactly the
// requested fields (tenant domains must be unique for logins to work, so that is not a stranger's).
func (r *gauthContactCenterResource) adoptCreated(ctx context.Context, createErr error, in gauth.ContactCenter) string {
	if !postOutcomeUnknown(createErr) {
		return ""
	}
	all, err := r.client.ListContactCenters(ctx)
	if err != nil {
		return ""
	}
	found := ""
	for _, cc := range all {
		if (in.ID == "" || cc.ID == in.ID) && sameContactCenter(cc, in) {
			if found != "" {
				return "" // ambiguous: not ours to pick
			}
			found = cc.ID
		}
	}
	return found
}

func (r *gauthContactCenterResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthContactCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	cc, err := getAfterCreate(ctx, gauthConsistencyTimeout, resp.Private, r.reads.contactCenters.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth contact center", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read contact center %s", state.ID.ValueString()), "", err)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, cc)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *gauthContactCenterResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.contactCenters.invalidate()
	var plan, state gauthContactCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.UpdateContactCenter(ctx, id, in); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update contact center %s", id), "", err)
		return
	}
	plan.ID = state.ID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *gauthContactCenterResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.contactCenters.invalidate()
	var state gauthContactCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.DeleteContactCenter(ctx, id); err != nil && !transport.IsNotFound(err) {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete contact center %s", id), "", err)
	}
}

func (r *gauthContactCenterResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}
