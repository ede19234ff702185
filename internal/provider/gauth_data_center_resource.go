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
	_ resource.ResourceWithConfigure   = (*gauthDataCenterResource)(nil)
	_ resource.ResourceWithImportState = (*gauthDataCenterResource)(nil)
)

// NewGAuthDataCenterResource is the genesys_gauth_data_center resource.
func NewGAuthDataCenterResource() resource.Resource { return &gauthDataCenterResource{} }

type gauthDataCenterResource struct{ gauthResource }

func (r *gauthDataCenterResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_data_center"
}

func (r *gauthDataCenterResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthDataCenterSchema()
}

func (r *gauthDataCenterResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.dataCenters.invalidate()
	var plan gauthDataCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in := plan.toAPI()
	id, err := r.client.CreateDataCenter(ctx, in)
	if err != nil {
		id = r.adoptCreated(ctx, err, in)
	}
	switch {
	case id != "":
	case gauth.HasCode(err, gauth.CodeAlreadyExists):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create data center %q: a data center for this location already exists "+
			"(to manage it, import it with `terraform import` and the id that GET /environment/v3/data-centers lists for it)", in.Location), "", err)
		return
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create data center %q", in.Location), "", err)
		return
	}
	// The plan holds every value but the id; reading back right away could miss an object that is
	// not yet visible.
	plan.ID = types.StringValue(id)
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated returns the id of the data center a create that failed with createErr stored
// anyway, or "" when it did not. Only an ambiguous failure may have stored one, found by its
// location (unique in GAuth) and adopted only when it holds exactly what was sent.
func (r *gauthDataCenterResource) adoptCreated(ctx context.Context, createErr error, in gauth.DataCenter) string {
	if !postOutcomeUnknown(createErr) {
		return ""
	}
	dc, err := r.client.FindDataCenterByLocation(ctx, in.Location)
	if err != nil || dc.EntryPoint != in.EntryPoint || dc.ReadOnly != in.ReadOnly {
		return ""
	}
	return dc.ID
}

func (r *gauthDataCenterResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthDataCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	dc, err := getAfterCreate(ctx, gauthConsistencyTimeout, resp.Private, r.reads.dataCenters.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth data center", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read data center %s", state.ID.ValueString()), "", err)
		return
	}
	state.fromAPI(dc)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *gauthDataCenterResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.dataCenters.invalidate()
	var plan, state gauthDataCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.UpdateDataCenter(ctx, id, plan.toAPI()); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update data center %q", plan.Location.ValueString()), "", err)
		return
	}
	plan.ID = state.ID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *gauthDataCenterResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.dataCenters.invalidate()
	var state gauthDataCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := r.client.DeleteDataCenter(ctx, state.ID.ValueString()); err != nil && !transport.IsNotFound(err) {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete data center %q", state.Location.ValueString()), "", err)
	}
}

func (r *gauthDataCenterResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}
