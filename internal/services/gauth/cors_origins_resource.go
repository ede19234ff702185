package gauth

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ kit.Resource = (*gauthCORSOriginsResource)(nil)

// NewGAuthCORSOriginsResource is the genesys_gauth_cors_origins resource.
func NewGAuthCORSOriginsResource() resource.Resource {
	return &gauthCORSOriginsResource{kit.GAuthResource{TypeName: "gauth_cors_origins"}}
}

type gauthCORSOriginsResource struct{ kit.GAuthResource }

func (r *gauthCORSOriginsResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthCORSOriginsSchema()
	resp.Schema.MarkdownDescription += "\n\n**When a write gets no clear answer** (a dropped connection, a server error, Ctrl-C), " +
		"the provider reads the setting back, for up to " + kit.CreateLookupWindow.String() + ": origins GAuth stored are kept in the state, " +
		"so that removing the resource removes them."
	resp.Schema.MarkdownDescription += undocumentedDeleteDoc("contact center setting")
}

func (r *gauthCORSOriginsResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	r.write(ctx, req.Plan, &resp.State, resp.Identity, &resp.Diagnostics)
}

func (r *gauthCORSOriginsResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	state, ok := kit.StateOf[gauthCORSOriginsModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	ccid := state.ContactCenterID.ValueString()
	settings, err := r.Client.ListSettings(ctx, ccid)
	if gauth.IsNotFound(err) {
		kit.RemovedOutsideTerraform(ctx, resp, "GAuth contact center", ccid)
		return
	}
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("read the settings of contact center %s", ccid), "", err)
		return
	}
	setting := findCORSSetting(settings, state.Location)
	if setting == nil {
		kit.RemovedOutsideTerraform(ctx, resp, "cors-origins setting of GAuth contact center", ccid)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, ccid, setting)...)
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &state)...)
}

// Update posts the whole list again: only origins can change in place.
func (r *gauthCORSOriginsResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	r.write(ctx, req.Plan, &resp.State, resp.Identity, &resp.Diagnostics)
}

// write posts the planned list, which replaces the stored one, and stores the plan, its id
// completed, as the state: what a create and an update both do. After an ambiguous failure the
// setting is read back: a POST that stored the list anyway is a success, so that origins GAuth now
// trusts are never left out of the state.
func (r *gauthCORSOriginsResource) write(ctx context.Context, p tfsdk.Plan, state *tfsdk.State, identity *tfsdk.ResourceIdentity,
	diags *diag.Diagnostics,
) {
	plan, setting, ok := kit.Planned(ctx, p, gauthCORSOriginsModel.toAPI, diags)
	if !ok {
		return
	}
	ccid := plan.ContactCenterID.ValueString()
	err := r.Client.UpsertSetting(ctx, ccid, setting)
	if err != nil && gauth.OutcomeUnknown(err) && r.storedAnyway(ctx, ccid, setting, plan.Location) {
		err = nil
	}
	if err != nil {
		kit.AddAPIError(diags, fmt.Sprintf("set the CORS origins of contact center %s", ccid), "", err)
		return
	}
	plan.ID = plan.ContactCenterID
	diags.Append(kit.SetState(ctx, state, identity, &plan)...)
}

// storedAnyway reads the settings back, for up to kit.CreateLookupWindow (a read may lag a write),
// after a POST of setting that failed ambiguously, and reports whether it was stored all the same.
func (r *gauthCORSOriginsResource) storedAnyway(ctx context.Context, ccid string, setting gauth.Setting, location types.String) bool {
	window := kit.CreateLookupWindow
	if ctx.Err() != nil {
		window = min(window, kit.InterruptedLookupWindow)
	}
	readCtx, cancel := kit.AdoptionContext(ctx)
	defer cancel()
	stored := false
	kit.PollUntil(readCtx, time.Now().Add(window), func(ctx context.Context) bool {
		settings, err := r.Client.ListSettings(ctx, ccid)
		found := findCORSSetting(settings, location)
		stored = err == nil && found != nil && found.Value == setting.Value
		return stored
	})
	return stored
}

// Delete removes the cors-origins setting only; the contact center's other settings stay.
func (r *gauthCORSOriginsResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	state, ok := kit.StateOf[gauthCORSOriginsModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	ccid := state.ContactCenterID.ValueString()
	err := gauthDelete(ctx, &resp.Diagnostics, "the cors-origins setting of GAuth contact center "+ccid,
		func(ctx context.Context) error {
			return r.Client.DeleteSetting(ctx, ccid, gauth.CORSOriginsSetting, state.Location.ValueString())
		},
		func(ctx context.Context) (bool, error) {
			settings, err := r.Client.ListSettings(ctx, ccid)
			if gauth.IsNotFound(err) {
				return false, nil // the contact center is gone, and its settings with it
			}
			return findCORSSetting(settings, state.Location) != nil, err
		})
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete the CORS origins of contact center %s", ccid), "", err)
	}
}

// ImportState takes a contact center id; Read then finds its cors-origins setting and location.
func (r *gauthCORSOriginsResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	ccid := kit.ImportedID(ctx, req, &resp.Diagnostics)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), ccid)...)
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("contact_center_id"), ccid)...)
}
