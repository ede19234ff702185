package authorization

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var (
	_ kit.Resource                        = (*cloudRoleResource)(nil)
	_ resource.ResourceWithValidateConfig = (*cloudRoleResource)(nil)
)

// NewCloudRoleResource is the genesys_cloud_role resource.
func NewCloudRoleResource() resource.Resource { return newCloudRoleResource() }

func newCloudRoleResource() *cloudRoleResource {
	return &cloudRoleResource{kit.CloudResource{TypeName: "cloud_role", Import: roleImport}}
}

type cloudRoleResource struct{ kit.CloudResource }

// roleImport takes the role id or its name.
func roleImport(c *genesyscloud.Client) kit.Importer {
	return kit.ImportLookup[genesyscloud.Role]{
		Kind:   "Genesys Cloud role",
		Get:    c.GetRole,
		Key:    "name",
		ByKey:  kit.FoundBy(c.FindRoleByName),
		IDOf:   func(role *genesyscloud.Role) string { return role.ID },
		FindID: "the last part of the role's address in the admin UI (Admin > Roles / Permissions), or the id attribute of the genesys_cloud_role data source",
	}
}

func (r *cloudRoleResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = cloudRoleSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("role", "of the same name", "holds the description sent", true)
}

func (r *cloudRoleResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer roleReads.Of(r.Cloud).Invalidate()
	plan, in, ok := kit.Planned(ctx, req.Plan, cloudRoleModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}

	if plan.DefaultRoleID.IsNull() {
		role := kit.CreateOnce(ctx, r.Cloud.Creates, r.roleKey(in), permRoleAdd,
			func(ctx context.Context) (*genesyscloud.Role, error) { return r.Client.CreateRole(ctx, in) }, &resp.Diagnostics)
		if role == nil {
			return
		}
		r.Cloud.Settle.Created.Add(kit.KindRole, role.ID, role.Name)
		resp.Diagnostics.Append(r.fromAPIKeeping(ctx, &plan, role)...)
		kit.SetCreated(ctx, resp, &plan)
		return
	}

	// Adopt the built-in role: it already exists, so "create" is an update of it.
	builtIn, err := r.Client.FindRoleByDefaultID(ctx, plan.DefaultRoleID.ValueString())
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("find the built-in role %q", plan.DefaultRoleID.ValueString()), permRoleView, err)
		return
	}
	role, err := r.Client.UpdateRole(ctx, builtIn.ID, in)
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update the built-in role %q", plan.DefaultRoleID.ValueString()), permRoleEdit, err)
		return
	}
	resp.Diagnostics.Append(r.fromAPIKeeping(ctx, &plan, role)...)
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

// roleKey is how a create of in recognises its role: role names are unique in an org. Roles show
// no creation time, so a role that appeared under the name after an ambiguous create is taken as
// its own when it holds the description sent; it is then PUT to the plan, to be sure it matches.
func (r *cloudRoleResource) roleKey(in genesyscloud.RoleInput) kit.NaturalKey[genesyscloud.Role] {
	return kit.NaturalKey[genesyscloud.Role]{
		Kind: "role", Key: fmt.Sprintf("named %q", in.Name), ResourceType: "genesys_cloud_role", Unique: true, ListsDeleted: true,
		Existing: kit.Holding(roleReads.Of(r.Cloud).Recent, func(role *genesyscloud.Role) bool { return role.Name == in.Name }),
		Lookup: func(ctx context.Context) ([]genesyscloud.Role, error) {
			roles, err := r.Client.ListRoles(ctx, genesyscloud.RoleQuery{Name: in.Name})
			// The name filter may match more loosely than the exact name.
			return slices.DeleteFunc(roles, func(role genesyscloud.Role) bool { return role.Name != in.Name }), err
		},
		IDOf: func(role *genesyscloud.Role) string { return role.ID },
		HoldsSent: func(role *genesyscloud.Role, _ time.Time) bool {
			return !role.Default && role.Description == in.Description && !r.Cloud.Settle.Created.DeletedWithin(role.ID, r.Cloud.Settle.Window)
		},
		Reconcile: func(ctx context.Context, role *genesyscloud.Role) (*genesyscloud.Role, error) {
			return r.Client.UpdateRole(ctx, role.ID, in)
		},
	}
}

func (r *cloudRoleResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[cloudRoleModel, genesyscloud.Role]{
		Kind: "role", What: "read role %s", Permission: permRoleView, Window: r.Cloud.Settle.Window, Get: roleReads.Of(r.Cloud).Get,
		FromAPI: r.stateFromAPI,
	})
}

func (r *cloudRoleResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer roleReads.Of(r.Cloud).Invalidate()
	plan, state, in, ok := kit.PlannedUpdate(ctx, req, cloudRoleModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}
	var role *genesyscloud.Role
	err := r.Cloud.Settle.Write(ctx, resp.Private, func(ctx context.Context) error {
		var err error
		role, err = r.Client.UpdateRole(ctx, state.ID.ValueString(), in)
		return err
	})
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update role %q", in.Name), permRoleEdit, err)
		return
	}
	resp.Diagnostics.Append(r.fromAPIKeeping(ctx, &plan, role)...)
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *cloudRoleResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer roleReads.Of(r.Cloud).Invalidate()
	state, ok := kit.StateOf[cloudRoleModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	if !state.DefaultRoleID.IsNull() {
		// A built-in role cannot be deleted; giving it back means restoring its defaults.
		if err := r.Client.RestoreDefaultRole(ctx, id); err != nil && !genesyscloud.IsNotFound(err) {
			kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("restore the built-in role %q", state.DefaultRoleID.ValueString()), permRoleEdit, err)
		}
		return
	}
	// Right after its create a 404 may only mean that the role does not show yet: taking it for
	// gone would report a destroy complete while the role stays.
	err := r.Cloud.Settle.Write(ctx, resp.Private, func(ctx context.Context) error { return r.Client.DeleteRole(ctx, id) })
	switch {
	case genesyscloud.IsNotFound(err):
		return
	case err != nil:
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete role %q", state.Name.ValueString()), permRoleDelete, err)
		return
	}
	// No GET polls for the role to be gone afterwards: a DELETE answered with success is definite,
	// and the lag (REAL-ORG-BEHAVIOUR R4) only delays reads. Nothing in this run reads a destroyed
	// role (the read cache is invalidated above) but the lookup after an ambiguous create of a role
	// of the same name, as a replacement makes, which may still list the deleted one: the create
	// skips the roles deleted here (deletedWithin). Writes see the store as it is, so the name is
	// free at once.
	r.Cloud.Settle.Created.Deleted(id)
}

// fromAPIKeeping sets the model from the API's view of the role, keeping the policies the model
// held (the plan, or the prior state) when they grant what the API stores (settlePolicies).
func (r *cloudRoleResource) fromAPIKeeping(ctx context.Context, m *cloudRoleModel, role *genesyscloud.Role) diag.Diagnostics {
	configured := m.PermissionPolicies
	diags := m.fromAPI(ctx, role)
	if diags.HasError() {
		return diags
	}
	diags.Append(r.settlePolicies(ctx, configured, m, role)...)
	return diags
}

// stateFromAPI is fromAPIKeeping in the form kit.Reading and kit.ListResource take: what Read
// stores, and so what a listed role must be.
func (r *cloudRoleResource) stateFromAPI(m *cloudRoleModel, ctx context.Context, role *genesyscloud.Role) diag.Diagnostics {
	return r.fromAPIKeeping(ctx, m, role)
}

// ValidateConfig checks that each condition operand carries the field its type needs.
func (r *cloudRoleResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	// Only the policies with conditions are converted into Go structs: that is the costly part of
	// a check that runs for every role of every plan.
	var cfg cloudRoleModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &cfg)...)
	configured := cfg.PermissionPolicies
	if resp.Diagnostics.HasError() || configured.IsUnknown() || configured.IsNull() {
		return
	}
	for _, elem := range configured.Elements() {
		obj, ok := elem.(types.Object)
		if !ok || obj.IsNull() || obj.IsUnknown() {
			continue
		}
		if c, ok := obj.Attributes()["conditions"]; !ok || c.IsNull() {
			continue
		}
		var p permissionPolicyModel
		resp.Diagnostics.Append(obj.As(ctx, &p, basetypes.ObjectAsOptions{UnhandledNullAsEmpty: true, UnhandledUnknownAsEmpty: true})...)
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

// operandFields says which field each operand type takes and whether it must be set. A VARIABLE
// operand needs no value: the official provider's acceptance test applies `type = "VARIABLE"`
// alone against a real org (REAL-ORG-BEHAVIOUR R7).
var operandFields = map[string]struct {
	field    string
	required bool
}{
	"SCALAR": {"value", true}, "VARIABLE": {"value", false}, "USER": {"user_id", true},
	"QUEUE": {"queue_id", true}, "TEAM": {"team_id", true},
}

// operandProblem returns what is wrong with an operand, or "". A value not known yet counts as set.
func operandProblem(o conditionOperandModel) string {
	spec, ok := operandFields[o.Type.ValueString()]
	if !ok {
		return "" // unknown yet, or an invalid type that the type's own validator reports
	}
	want := spec.field
	set := map[string]bool{
		"value": !o.Value.IsNull(), "user_id": !o.UserID.IsNull(), "queue_id": !o.QueueID.IsNull(), "team_id": !o.TeamID.IsNull(),
	}
	if spec.required && !set[want] {
		return fmt.Sprintf("an operand of type %s needs %s.", o.Type.ValueString(), want)
	}
	for _, f := range []string{"value", "user_id", "queue_id", "team_id"} {
		if set[f] && f != want {
			return fmt.Sprintf("an operand of type %s takes only %s, not %s.", o.Type.ValueString(), want, f)
		}
	}
	return ""
}
