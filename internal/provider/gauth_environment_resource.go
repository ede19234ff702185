package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure        = (*gauthEnvironmentResource)(nil)
	_ resource.ResourceWithImportState      = (*gauthEnvironmentResource)(nil)
	_ resource.ResourceWithConfigValidators = (*gauthEnvironmentResource)(nil)
)

// NewGAuthEnvironmentResource is the genesys_gauth_environment resource.
func NewGAuthEnvironmentResource() resource.Resource { return &gauthEnvironmentResource{} }

type gauthEnvironmentResource struct{ gauthResource }

func (r *gauthEnvironmentResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_environment"
}

func (r *gauthEnvironmentResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthEnvironmentSchema()
}

func (r *gauthEnvironmentResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.ExactlyOneOf(path.MatchRoot("password"), path.MatchRoot("password_wo")),
	}
}

func (r *gauthEnvironmentResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.environments.invalidate()
	var plan, config gauthEnvironmentModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// The id is chosen here rather than by GAuth, so that a create whose answer is lost can be
	// recognised by it (see adoptCreated).
	if plan.ID.IsUnknown() {
		plan.ID = types.StringValue(randomUUID())
	}
	// The write-only password exists only in the configuration; the plan always has it null.
	password := plan.Password.ValueString()
	if password == "" {
		password = config.PasswordWO.ValueString()
	}
	in := plan.toAPI(password)

	id, err := r.client.CreateEnvironment(ctx, in)
	switch {
	case err == nil:
		plan.ID = types.StringValue(id)
	case r.adoptCreated(ctx, err, plan, password):
	case gauth.HasCode(err, gauth.CodeAlreadyExists):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create environment %s: an environment with this id already exists "+
			"(to manage it, import it with `terraform import` and its id)", in.ID), "", err)
		return
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create environment %s", in.ID), "", err)
		return
	}
	// GAuth answers a create with the new path only; the plan holds every other value.
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated reports whether a create that failed with createErr stored the environment anyway,
// in which case it is made to match the plan (password included) and adopted. Only an ambiguous
// failure may have stored it, and the id was freshly chosen for this create, so an environment
// found under it is the one this create made.
func (r *gauthEnvironmentResource) adoptCreated(ctx context.Context, createErr error, plan gauthEnvironmentModel, password string) bool {
	if !postOutcomeUnknown(createErr) {
		return false
	}
	id := plan.ID.ValueString()
	if _, err := getJustCreated(ctx, gauthConsistencyTimeout, r.client.GetEnvironment, id); err != nil {
		return false
	}
	return r.client.UpdateEnvironment(ctx, id, plan.toAPI(password)) == nil
}

func (r *gauthEnvironmentResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthEnvironmentModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	environment, err := getAfterCreate(ctx, gauthConsistencyTimeout, resp.Private, r.reads.environments.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth environment", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read environment %s", state.ID.ValueString()), "", err)
		return
	}
	state.fromAPI(environment)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *gauthEnvironmentResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.environments.invalidate()
	var plan, state, config gauthEnvironmentModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	password := changedSecret(plan.Password, state.Password, config.PasswordWO, plan.PasswordWOVersion, state.PasswordWOVersion)
	id := state.ID.ValueString()
	if err := r.client.UpdateEnvironment(ctx, id, plan.toAPI(password)); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update environment %s", id), "", err)
		return
	}
	// The body carried every managed field and GAuth merges it, so the plan is what GAuth now holds.
	plan.ID = state.ID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *gauthEnvironmentResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.environments.invalidate()
	var state gauthEnvironmentModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	err := r.client.DeleteEnvironment(ctx, id)
	switch {
	case err == nil || transport.IsNotFound(err):
	case gauth.HasCode(err, gauth.CodeInUse):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete environment %s: a contact center still uses it; "+
			"delete that contact center or point it at another environment first", id), "", err)
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete environment %s", id), "", err)
	}
}

// ImportState takes the environment id; the password stays unknown (see the resource description).
func (r *gauthEnvironmentResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}
