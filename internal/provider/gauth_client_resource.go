package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure        = (*gauthClientResource)(nil)
	_ resource.ResourceWithImportState      = (*gauthClientResource)(nil)
	_ resource.ResourceWithConfigValidators = (*gauthClientResource)(nil)
)

// NewGAuthClientResource is the genesys_gauth_client resource.
func NewGAuthClientResource() resource.Resource { return &gauthClientResource{} }

type gauthClientResource struct{ gauthResource }

func (r *gauthClientResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_client"
}

func (r *gauthClientResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthClientSchema()
}

func (r *gauthClientResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.ExactlyOneOf(path.MatchRoot("client_secret"), path.MatchRoot("client_secret_wo")),
	}
}

func (r *gauthClientResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.clients.invalidate()
	var plan, config gauthClientModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	// The write-only secret exists only in the configuration; the plan always has it null.
	secret := plan.ClientSecret.ValueString()
	if secret == "" {
		secret = config.ClientSecretWO.ValueString()
	}
	in, diags := plan.toAPI(ctx, secret)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}

	created, err := r.client.CreateClient(ctx, in)
	switch {
	case err == nil:
		resp.Diagnostics.Append(plan.fromAPI(ctx, created)...)
	case r.adoptCreated(ctx, err, plan, secret):
		plan.ID = plan.ClientID
	case gauth.HasCode(err, gauth.CodeAlreadyExists):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create API client %q: a client with this client_id already exists "+
			"(to manage it, import it with `terraform import` and its client_id)", in.ClientID), "", err)
		return
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create API client %q", in.ClientID), "", err)
		return
	}
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated reports whether a create that failed with createErr stored the client anyway, in
// which case it is made to match the plan (secret included) and adopted. Only an ambiguous failure
// may have stored it, and client ids are unique, so a client found under the planned id is the one
// this create made.
func (r *gauthClientResource) adoptCreated(ctx context.Context, createErr error, plan gauthClientModel, secret string) bool {
	if !postOutcomeUnknown(createErr) {
		return false
	}
	id := plan.ClientID.ValueString()
	if _, err := getJustCreated(ctx, gauthConsistencyTimeout, r.client.GetClient, id); err != nil {
		return false
	}
	update, diags := plan.toUpdate(ctx, secret)
	return !diags.HasError() && r.client.UpdateClient(ctx, id, update) == nil
}

func (r *gauthClientResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthClientModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	client, err := getAfterCreate(ctx, gauthConsistencyTimeout, resp.Private, r.reads.clients.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth API client", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read API client %q", state.ID.ValueString()), "", err)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *gauthClientResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.clients.invalidate()
	var plan, state, config gauthClientModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}
	secret := changedSecret(plan.ClientSecret, state.ClientSecret, config.ClientSecretWO,
		plan.ClientSecretWOVersion, state.ClientSecretWOVersion)
	update, diags := plan.toUpdate(ctx, secret)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.UpdateClient(ctx, id, update); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update API client %q", id), "", err)
		return
	}
	// The body carried every managed field and GAuth merges it, so the plan is what GAuth now holds.
	plan.ID = state.ID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *gauthClientResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.clients.invalidate()
	var state gauthClientModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.DeleteClient(ctx, id); err != nil && !transport.IsNotFound(err) {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete API client %q", id), "", err)
	}
}

// ImportState takes the client_id; the secret stays unknown (see the resource description).
func (r *gauthClientResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}
