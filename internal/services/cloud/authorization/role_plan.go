package authorization

import (
	"context"
	"fmt"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

var _ resource.ResourceWithModifyPlan = (*cloudRoleResource)(nil)

// ModifyPlan refuses at plan time what a real org would silently drop or refuse at apply time,
// before any API write: policies outside the permission catalogue (R3), conditions the catalogue
// does not allow, and a new name for a built-in role (R5). It also shows in effective_permissions
// what the policies will grant, wildcards expanded from the catalogue (R2).
func (r *cloudRoleResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() || r.Client == nil {
		return // destroy, or not configured yet
	}
	var plan cloudRoleModel
	resp.Diagnostics.Append(kit.GetPlan(ctx, req.Plan, &plan)...)
	var state *cloudRoleModel
	if !req.State.Raw.IsNull() {
		state = &cloudRoleModel{}
		resp.Diagnostics.Append(kit.GetState(ctx, req.State, state)...)
	}
	if resp.Diagnostics.HasError() {
		return
	}
	r.checkBuiltInName(ctx, plan, state, &resp.Diagnostics)
	effective := r.planEffective(ctx, plan, state, &resp.Diagnostics)
	// Setting an attribute rewrites the whole planned value; a plan with nothing to change already
	// holds the value in state, so it is set only when it differs.
	if !effective.Equal(plan.EffectivePermissions) {
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("effective_permissions"), effective)...)
	}
}

// planEffective checks the policies against the catalogue and returns what they will grant, or
// unknown when that cannot be told yet. An unchanged set of policies keeps the value in state.
func (r *cloudRoleResource) planEffective(ctx context.Context, plan cloudRoleModel, state *cloudRoleModel, diags *diag.Diagnostics) types.Set {
	unknown := types.SetUnknown(types.StringType)
	unchanged := state != nil && plan.PermissionPolicies.Equal(state.PermissionPolicies) &&
		!state.EffectivePermissions.IsNull() && !state.EffectivePermissions.IsUnknown()
	if plan.PermissionPolicies.IsUnknown() {
		return unknown
	}
	if len(plan.PermissionPolicies.Elements()) == 0 {
		// Nothing to check: a plan of roles without policies stays offline.
		return types.SetValueMust(types.StringType, nil)
	}
	pc, err := permissionCatalogue.Of(r.Cloud).get(ctx)
	if err != nil {
		diags.AddWarning("Permission Catalogue Unavailable",
			"The permission policies were not checked against the org's catalogue (GET /api/v2/authorization/permissions): "+
				err.Error()+". A policy outside the catalogue would be accepted by Genesys Cloud and silently not stored.")
		if unchanged {
			return state.EffectivePermissions
		}
		return unknown
	}
	stored, ok := checkPolicies(ctx, pc, plan.PermissionPolicies, diags)
	switch {
	case !ok:
		return unknown
	case unchanged:
		return state.EffectivePermissions
	default:
		return grantedPermissions(stored)
	}
}

// checkBuiltInName refuses another name for an adopted built-in role: Genesys Cloud does not let a
// default role be renamed (REAL-ORG-BEHAVIOUR.md R5). The name is the one in state once adopted,
// and the API's before that (one read of the built-in role, no write).
func (r *cloudRoleResource) checkBuiltInName(ctx context.Context, plan cloudRoleModel, state *cloudRoleModel, diags *diag.Diagnostics) {
	if plan.DefaultRoleID.IsNull() || plan.DefaultRoleID.IsUnknown() || plan.Name.IsUnknown() {
		return
	}
	defaultID := plan.DefaultRoleID.ValueString()
	var name string
	if state != nil && state.DefaultRoleID.Equal(plan.DefaultRoleID) {
		name = state.Name.ValueString()
	} else {
		builtIn, err := r.Client.FindRoleByDefaultID(ctx, defaultID)
		if genesyscloud.IsNotFound(err) {
			diags.AddAttributeError(path.Root("default_role_id"), "Unknown Built-In Role",
				fmt.Sprintf("The org has no built-in role with default_role_id %q. Built-in roles are listed by "+
					"GET /api/v2/authorization/roles?defaultRoleId=...; their default role ids are such as employee and admin.", defaultID))
			return
		}
		if err != nil {
			return // the apply reads it again and reports the error there
		}
		name = builtIn.Name
	}
	if plan.Name.ValueString() != name {
		diags.AddAttributeError(path.Root("name"), "Built-In Role Cannot Be Renamed",
			fmt.Sprintf("The built-in role with default_role_id %q is named %q, and Genesys Cloud does not let a default "+
				"role be renamed. Set name = %q, or create a role of your own (without default_role_id) under the new name.",
				defaultID, name, name))
	}
}
