package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure      = (*cloudRoleResource)(nil)
	_ resource.ResourceWithImportState    = (*cloudRoleResource)(nil)
	_ resource.ResourceWithValidateConfig = (*cloudRoleResource)(nil)
)

// NewCloudRoleResource is the genesys_cloud_role resource.
func NewCloudRoleResource() resource.Resource { return &cloudRoleResource{} }

type cloudRoleResource struct{ cloudResource }

func (r *cloudRoleResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_cloud_role"
}

func (r *cloudRoleResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = cloudRoleSchema()
}

func (r *cloudRoleResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.roles.invalidate()
	var plan cloudRoleModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}

	if plan.DefaultRoleID.IsNull() {
		role, err := r.client.CreateRole(ctx, in)
		switch {
		case err == nil:
		case postOutcomeUnknown(err):
			role = r.adoptCreated(ctx, in, err, &resp.Diagnostics)
		default:
			addAPIError(&resp.Diagnostics, fmt.Sprintf("create role %q", in.Name), "authorization:role:add", err)
		}
		if role == nil {
			return
		}
		r.settle.created.add(kindRole, role.ID, role.Name)
		resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
		resp.Diagnostics.Append(plan.fromAPI(ctx, role)...)
		resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
		return
	}

	// Adopt the built-in role: it already exists, so "create" is an update of it.
	builtIn, err := r.client.RoleByDefaultID(ctx, plan.DefaultRoleID.ValueString())
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("find the built-in role %q", plan.DefaultRoleID.ValueString()), "authorization:role:view", err)
		return
	}
	role, err := r.client.UpdateRole(ctx, builtIn.ID, in)
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update the built-in role %q", plan.DefaultRoleID.ValueString()), "authorization:role:edit", err)
		return
	}
	resp.Diagnostics.Append(plan.fromAPI(ctx, role)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated finds out what a create that failed ambiguously (no answer, a dropped connection, a
// server error) did, since resending it blindly could make a second role. Role names are unique in
// an org, so a role found under the planned name is the one the create made: it is adopted, and the
// planned body is PUT to be sure it matches. It returns the role to keep in the state, or nil
// after adding the error. A role found but not updated is kept all the same, with the error, so that
// Terraform records it (tainted, to be replaced) instead of losing it.
func (r *cloudRoleResource) adoptCreated(ctx context.Context, in genesyscloud.RoleInput, createErr error, diags *diag.Diagnostics) *genesyscloud.Role {
	ctx, cancel := adoptionContext(ctx)
	defer cancel()
	found, err := r.client.FindRoleByName(ctx, in.Name)
	switch {
	case transport.IsNotFound(err), err == nil && found.Default:
		addAPIError(diags, fmt.Sprintf("create role %q (the API gave no clear answer, and no role it could have made exists, "+
			"so nothing was created; run terraform apply again)", in.Name), "authorization:role:add", createErr)
		return nil
	case err != nil:
		addAPIError(diags, fmt.Sprintf("create role %q", in.Name), "authorization:role:add", createErr)
		addAPIError(diags, fmt.Sprintf("find out whether the failed create made the role (if a role named %q exists, "+
			"import it with terraform import)", in.Name), "authorization:role:view", err)
		return nil
	}
	role, err := r.client.UpdateRole(ctx, found.ID, in)
	if err != nil {
		addAPIError(diags, fmt.Sprintf("update role %q (id %s), which the failed create made, to match the configuration",
			in.Name, found.ID), "authorization:role:edit", err)
		return found
	}
	return role
}

func (r *cloudRoleResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state cloudRoleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	role, err := getAfterCreate(ctx, r.settle.window, resp.Private, r.reads.roles.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "role", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read role %s", state.ID.ValueString()), "authorization:role:view", err)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, role)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *cloudRoleResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.roles.invalidate()
	var plan, state cloudRoleModel
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
	var role *genesyscloud.Role
	err := r.settle.write(ctx, resp.Private, func(ctx context.Context) error {
		var err error
		role, err = r.client.UpdateRole(ctx, state.ID.ValueString(), in)
		return err
	})
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update role %q", in.Name), "authorization:role:edit", err)
		return
	}
	resp.Diagnostics.Append(plan.fromAPI(ctx, role)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *cloudRoleResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.roles.invalidate()
	var state cloudRoleModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if !state.DefaultRoleID.IsNull() {
		// A built-in role cannot be deleted; giving it back means restoring its defaults.
		if err := r.client.RestoreDefaultRole(ctx, id); err != nil && !transport.IsNotFound(err) {
			addAPIError(&resp.Diagnostics, fmt.Sprintf("restore the built-in role %q", state.DefaultRoleID.ValueString()), "authorization:role:edit", err)
		}
		return
	}
	// Right after its create a 404 may only mean that the role does not show yet: taking it for
	// gone would report a destroy complete while the role stays.
	err := r.settle.write(ctx, resp.Private, func(ctx context.Context) error { return r.client.DeleteRole(ctx, id) })
	switch {
	case transport.IsNotFound(err):
		return
	case err != nil:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete role %q", state.Name.ValueString()), "authorization:role:delete", err)
		return
	}
	// A deleted role may answer for a while; what follows (a role created again under the same
	// name, a check that it is gone) must not meet it.
	err = awaitGone(ctx, r.settle.window, func(ctx context.Context) (bool, error) {
		_, err := r.client.GetRole(ctx, id)
		if transport.IsNotFound(err) {
			return true, nil
		}
		return false, err
	})
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("confirm that role %q (id %s) is deleted", state.Name.ValueString(), id),
			"authorization:role:view", err)
	}
}

func (r *cloudRoleResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}

// ValidateConfig checks that each condition operand carries the field its type needs.
func (r *cloudRoleResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var cfg cloudRoleModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() || cfg.PermissionPolicies.IsUnknown() || cfg.PermissionPolicies.IsNull() {
		return
	}
	var policies []permissionPolicyModel
	resp.Diagnostics.Append(cfg.PermissionPolicies.ElementsAs(ctx, &policies, true)...)
	for _, p := range policies {
		if p.Conditions == nil {
			continue
		}
		for _, t := range p.Conditions.Terms {
			for _, o := range t.Operands {
				if msg := operandProblem(o); msg != "" {
					resp.Diagnostics.AddAttributeError(path.Root("permission_policies"), "Invalid Condition Operand",
						fmt.Sprintf("In the policy %s:%s, condition on %s: %s",
							p.Domain.ValueString(), p.EntityName.ValueString(), t.VariableName.ValueString(), msg))
				}
			}
		}
	}
}

// operandProblem returns what is wrong with an operand, or "". A value not known yet counts as set.
func operandProblem(o conditionOperandModel) string {
	want := map[string]string{"SCALAR": "value", "VARIABLE": "value", "USER": "user_id", "QUEUE": "queue_id", "TEAM": "team_id"}[o.Type.ValueString()]
	if want == "" {
		return "" // unknown yet, or an invalid type that the type's own validator reports
	}
	set := map[string]bool{
		"value": !o.Value.IsNull(), "user_id": !o.UserID.IsNull(), "queue_id": !o.QueueID.IsNull(), "team_id": !o.TeamID.IsNull(),
	}
	if !set[want] {
		return fmt.Sprintf("an operand of type %s needs %s.", o.Type.ValueString(), want)
	}
	for _, f := range []string{"value", "user_id", "queue_id", "team_id"} {
		if set[f] && f != want {
			return fmt.Sprintf("an operand of type %s takes only %s, not %s.", o.Type.ValueString(), want, f)
		}
	}
	return ""
}
