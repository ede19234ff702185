package provider

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure      = (*cloudOAuthClientResource)(nil)
	_ resource.ResourceWithImportState    = (*cloudOAuthClientResource)(nil)
	_ resource.ResourceWithValidateConfig = (*cloudOAuthClientResource)(nil)
	_ resource.ResourceWithModifyPlan     = (*cloudOAuthClientResource)(nil)
)

// NewCloudOAuthClientResource is the genesys_cloud_oauth_client resource.
func NewCloudOAuthClientResource() resource.Resource { return &cloudOAuthClientResource{} }

type cloudOAuthClientResource struct{ cloudResource }

func (r *cloudOAuthClientResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_cloud_oauth_client"
}

func (r *cloudOAuthClientResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = cloudOAuthClientSchema()
}

func (r *cloudOAuthClientResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.oauthClients.invalidate()
	var plan cloudOAuthClientModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	sentAt := time.Now()
	var client *genesyscloud.OAuthClient
	// A role created moments ago in the same run may not be grantable yet.
	err := r.settle.write(ctx, nil, func(ctx context.Context) error {
		var err error
		client, err = r.client.CreateOAuthClient(ctx, in)
		return err
	})
	switch {
	case err == nil:
	case postOutcomeUnknown(err):
		client = r.adoptCreated(ctx, in, sentAt, err, &resp.Diagnostics)
	default:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("create OAuth client %q", in.Name), "oauth:client:add", err)
	}
	if client == nil {
		return
	}
	r.settle.created.add(kindOAuthClient, client.ID, client.Name)
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(plan.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// adoptCreated finds out what a create that failed ambiguously (no answer, a dropped connection, a
// server error) did, since resending it blindly could make a second client. A client is adopted
// only on the evidence FindCreatedOAuthClient lists; it is then updated to the plan and, as the API
// shows a secret only in the answer to a create or a reset, its secret is reset so that the state
// holds one that works. It returns the client to keep in the state, or nil after adding the error.
// A client adopted but not updated or reset is kept all the same, with the error, so that Terraform
// records it (tainted, to be replaced) instead of losing it.
func (r *cloudOAuthClientResource) adoptCreated(ctx context.Context, in genesyscloud.OAuthClientInput, sentAt time.Time,
	createErr error, diags *diag.Diagnostics,
) *genesyscloud.OAuthClient {
	ctx, cancel := adoptionContext(ctx)
	defer cancel()
	found, err := r.client.FindCreatedOAuthClient(ctx, in, sentAt)
	switch {
	case transport.IsNotFound(err):
		addAPIError(diags, fmt.Sprintf("create OAuth client %q (the API gave no clear answer, and no client it could have made "+
			"exists, so nothing was created; run terraform apply again)", in.Name), "oauth:client:add", createErr)
		return nil
	case err != nil:
		addAPIError(diags, fmt.Sprintf("create OAuth client %q", in.Name), "oauth:client:add", createErr)
		addAPIError(diags, fmt.Sprintf("find out whether the failed create made the OAuth client %q (if it did, import it "+
			"with terraform import and set secret_rotation to get a working secret)", in.Name), "oauth:client:view", err)
		return nil
	}
	if _, err := r.client.UpdateOAuthClient(ctx, found.ID, in); err != nil {
		addAPIError(diags, fmt.Sprintf("update OAuth client %q (id %s), which the failed create made, to match the configuration",
			in.Name, found.ID), "oauth:client:edit", err)
		return found
	}
	withSecret, err := r.client.ResetOAuthClientSecret(ctx, found.ID)
	if err != nil {
		addAPIError(diags, fmt.Sprintf("reset the secret of OAuth client %q (id %s), which the failed create made without "+
			"returning its secret", in.Name, found.ID), "oauth:client:edit", err)
		return found
	}
	return withSecret
}

func (r *cloudOAuthClientResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state cloudOAuthClientModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	client, err := getAfterCreate(ctx, r.settle.window, resp.Private, r.reads.oauthClients.get, state.ID.ValueString())
	if transport.IsNotFound(err) || (err == nil && client.State == "deleted") {
		removedOutsideTerraform(ctx, resp, "OAuth client", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read OAuth client %s", state.ID.ValueString()), "oauth:client:view", err)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *cloudOAuthClientResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.oauthClients.invalidate()
	var plan, state cloudOAuthClientModel
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
	var client *genesyscloud.OAuthClient
	err := r.settle.write(ctx, resp.Private, func(ctx context.Context) error {
		var err error
		client, err = r.client.UpdateOAuthClient(ctx, id, in)
		return err
	})
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update OAuth client %q", in.Name), "oauth:client:edit", err)
		return
	}
	if !plan.SecretRotation.Equal(state.SecretRotation) {
		err = r.settle.write(ctx, resp.Private, func(ctx context.Context) error {
			var err error
			client, err = r.client.ResetOAuthClientSecret(ctx, id)
			return err
		})
		if err != nil {
			// The other changes are applied; keep them in state so only the rotation is retried.
			plan.Secret = state.Secret
			plan.SecretRotation = state.SecretRotation
			resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
			addAPIError(&resp.Diagnostics, fmt.Sprintf("reset the secret of OAuth client %q", in.Name), "oauth:client:edit", err)
			return
		}
	}
	resp.Diagnostics.Append(plan.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *cloudOAuthClientResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.oauthClients.invalidate()
	var state cloudOAuthClientModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	// Right after its create a 404 may only mean that the client does not show yet: taking it for
	// gone would report a destroy complete while the client stays active.
	client, err := getAfterCreate(ctx, r.settle.window, req.Private, r.client.GetOAuthClient, id)
	switch {
	case transport.IsNotFound(err), err == nil && client.State == genesyscloud.OAuthClientStateDeleted:
		return
	case err != nil:
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read OAuth client %q before deleting it", state.Name.ValueString()), "oauth:client:view", err)
		return
	}
	if err := r.client.DeactivateAndDeleteOAuthClient(ctx, client); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete OAuth client %q", state.Name.ValueString()), "oauth:client:delete", err)
		return
	}
	// A deleted client answers for a while, in state "deleted" or as it was; wait until it is gone.
	err = awaitGone(ctx, r.settle.window, func(ctx context.Context) (bool, error) {
		cl, err := r.client.GetOAuthClient(ctx, id)
		if transport.IsNotFound(err) {
			return true, nil
		}
		return err == nil && cl.State == genesyscloud.OAuthClientStateDeleted, err
	})
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("confirm that OAuth client %q (id %s) is deleted", state.Name.ValueString(), id),
			"oauth:client:view", err)
	}
}

func (r *cloudOAuthClientResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	resource.ImportStatePassthroughID(ctx, path.Root("id"), req, resp)
}

// ModifyPlan fills in the home division for roles that name none, so the plan shows the value the
// API will store, and marks the secret unknown when a rotation is planned.
func (r *cloudOAuthClientResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if req.Plan.Raw.IsNull() || r.client == nil {
		return // destroy, or not configured yet
	}
	var plan, config cloudOAuthClientModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.Config.Get(ctx, &config)...)
	if resp.Diagnostics.HasError() {
		return
	}

	if !req.State.Raw.IsNull() {
		var state cloudOAuthClientModel
		resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
		if !plan.SecretRotation.Equal(state.SecretRotation) {
			resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("secret"), types.StringUnknown())...)
		}
	}

	if config.Roles.IsNull() || config.Roles.IsUnknown() {
		return
	}
	var roles []roleDivisionModel
	resp.Diagnostics.Append(config.Roles.ElementsAs(ctx, &roles, true)...)
	changed := false
	for i := range roles {
		if roles[i].DivisionID.IsNull() {
			home, err := r.homeDivisionID(ctx)
			if err != nil {
				addAPIError(&resp.Diagnostics, "find the home division for roles without division_id", "", err)
				return
			}
			roles[i].DivisionID = types.StringValue(home)
			changed = true
		}
	}
	if changed {
		resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("roles"), roles)...)
	}
}

func (r *cloudOAuthClientResource) homeDivisionID(ctx context.Context) (string, error) {
	d, err := r.client.HomeDivision(ctx)
	if err != nil {
		return "", err
	}
	return d.ID, nil
}

// ValidateConfig enforces at plan time what the API would refuse at apply time.
func (r *cloudOAuthClientResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var cfg cloudOAuthClientModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() || cfg.AuthorizedGrantType.IsUnknown() || cfg.AuthorizedGrantType.IsNull() {
		return
	}
	grant := cfg.AuthorizedGrantType.ValueString()
	empty := func(s types.Set) bool { return s.IsNull() || (!s.IsUnknown() && len(s.Elements()) == 0) }

	switch grant {
	case grantClientCredentials:
		if empty(cfg.Roles) {
			resp.Diagnostics.AddAttributeError(path.Root("roles"), "Missing Roles",
				"A CLIENT-CREDENTIALS client acts only through its roles: grant at least one role.")
		}
		if !empty(cfg.Scopes) {
			resp.Diagnostics.AddAttributeError(path.Root("scopes"), "Scopes Not Allowed",
				"Scopes apply only to clients acting for a user; a CLIENT-CREDENTIALS client gets its permissions from roles. Remove scopes.")
		}
	default:
		if !empty(cfg.Roles) {
			resp.Diagnostics.AddAttributeError(path.Root("roles"), "Roles Not Allowed",
				fmt.Sprintf("Roles apply only to CLIENT-CREDENTIALS clients; a %s client acts with the signed-in user's permissions. Remove roles.", grant))
		}
	}
	if (grant == grantCode || grant == grantToken) && empty(cfg.RegisteredRedirectURIs) {
		resp.Diagnostics.AddAttributeError(path.Root("registered_redirect_uris"), "Missing Redirect URIs",
			fmt.Sprintf("A %s client needs at least one registered redirect URI to send users back to.", grant))
	}
}
