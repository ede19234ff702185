package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure   = (*gauthCORSOriginsResource)(nil)
	_ resource.ResourceWithImportState = (*gauthCORSOriginsResource)(nil)
)

// NewGAuthCORSOriginsResource is the genesys_gauth_cors_origins resource.
func NewGAuthCORSOriginsResource() resource.Resource { return &gauthCORSOriginsResource{} }

type gauthCORSOriginsResource struct{ gauthResource }

func (r *gauthCORSOriginsResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_cors_origins"
}

func (r *gauthCORSOriginsResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthCORSOriginsSchema()
}

func (r *gauthCORSOriginsResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan gauthCORSOriginsModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if r.write(ctx, &plan, &resp.Diagnostics) {
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	}
}

func (r *gauthCORSOriginsResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthCORSOriginsModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ccid := state.ContactCenterID.ValueString()
	settings, err := r.client.ListSettings(ctx, ccid)
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth contact center", ccid)
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read the settings of contact center %s", ccid), "", err)
		return
	}
	setting := findCORSSetting(settings, state.Location)
	if setting == nil {
		removedOutsideTerraform(ctx, resp, "cors-origins setting of GAuth contact center", ccid)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, ccid, setting)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

// Update posts the whole list again: only origins can change in place.
func (r *gauthCORSOriginsResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var plan gauthCORSOriginsModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if r.write(ctx, &plan, &resp.Diagnostics) {
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
	}
}

// write posts the planned list, which replaces the stored one, and completes the plan's id. After
// an ambiguous failure nothing needs adopting: the error is reported, and since a setting POST is
// an upsert, the next apply simply posts again.
func (r *gauthCORSOriginsResource) write(ctx context.Context, plan *gauthCORSOriginsModel, diags *diag.Diagnostics) bool {
	setting, d := plan.toAPI(ctx)
	diags.Append(d...)
	if diags.HasError() {
		return false
	}
	ccid := plan.ContactCenterID.ValueString()
	if err := r.client.UpsertSetting(ctx, ccid, setting); err != nil {
		addAPIError(diags, fmt.Sprintf("set the CORS origins of contact center %s", ccid), "", err)
		return false
	}
	plan.ID = plan.ContactCenterID
	return true
}

// Delete removes the cors-origins setting only; the contact center's other settings stay.
func (r *gauthCORSOriginsResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state gauthCORSOriginsModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	ccid := state.ContactCenterID.ValueString()
	if err := r.client.DeleteSetting(ctx, ccid, gauth.CORSOriginsSetting, state.Location.ValueString()); err != nil && !transport.IsNotFound(err) {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete the CORS origins of contact center %s", ccid), "", err)
	}
}

// ImportState takes a contact center id; Read then finds its cors-origins setting and location.
func (r *gauthCORSOriginsResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), req.ID)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("contact_center_id"), req.ID)...)
}
