package provider

import (
	"context"
	"fmt"
	"slices"
	"time"

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
	resp.Schema.MarkdownDescription += recoveryDoc("client", "of the same name", "holds the grant type and roles sent, "+
		"created by the OAuth client Terraform runs as after the create was sent (its secret is then reset, so the one in "+
		"the state works)", false)
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
	client := createOnce(ctx, &r.reads.creates, r.clientKey(in), "oauth:client:add",
		func(ctx context.Context) (*genesyscloud.OAuthClient, error) {
			return r.client.CreateOAuthClient(ctx, in)
		}, &resp.Diagnostics)
	if client == nil {
		return
	}
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(plan.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// createClockSkew is how far the service's clock may run behind ours when a client's dateCreated
// is compared with the time its create was sent; it also covers dateCreated being stamped in whole
// milliseconds. NTP keeps clocks far closer.
const createClockSkew = 2 * time.Second

// clientKey is how a create of in recognises its client. Client names need not be unique, and
// adopting a client means resetting its secret, which breaks whoever else holds it, so a client
// that appeared under the name after an ambiguous create is taken as its own only when it holds
// the grant type and role grants sent, is not deleted, was created no earlier than the create was
// sent, and (when the service says) was created by the OAuth client Terraform runs as. It is then
// PUT to the plan and, as the API shows a secret only in the answer to a create or a reset, its
// secret is reset, so that the state holds one that works.
func (r *cloudOAuthClientResource) clientKey(in genesyscloud.OAuthClientInput) naturalKey[genesyscloud.OAuthClient] {
	return naturalKey[genesyscloud.OAuthClient]{
		kind: "OAuth client", key: fmt.Sprintf("named %q", in.Name), resourceType: "genesys_cloud_oauth_client",
		existing: holding(r.reads.oauthClients.recent, func(cl *genesyscloud.OAuthClient) bool { return cl.Name == in.Name }),
		lookup: func(ctx context.Context) ([]genesyscloud.OAuthClient, error) {
			return r.client.FindOAuthClientsByName(ctx, in.Name)
		},
		idOf: func(cl *genesyscloud.OAuthClient) string { return cl.ID },
		holdsSent: func(cl *genesyscloud.OAuthClient, sentAt time.Time) bool {
			created, err := time.Parse(time.RFC3339Nano, cl.DateCreated)
			return err == nil && !created.Before(sentAt.Add(-createClockSkew)) &&
				cl.AuthorizedGrantType == in.AuthorizedGrantType && cl.State != genesyscloud.OAuthClientStateDeleted &&
				(cl.CreatedBy == nil || cl.CreatedBy.ID == "" || cl.CreatedBy.ID == r.client.CallerID()) &&
				sameRoleDivisions(cl.RoleDivisions, in.RoleDivisions)
		},
		reconcile: func(ctx context.Context, cl *genesyscloud.OAuthClient) (*genesyscloud.OAuthClient, error) {
			if _, err := r.client.UpdateOAuthClient(ctx, cl.ID, in); err != nil {
				return nil, err
			}
			return r.resetSecret(ctx, cl.ID)
		},
	}
}

// sameRoleDivisions reports whether two lists hold the same role grants, in any order.
func sameRoleDivisions(a, b []genesyscloud.RoleDivision) bool {
	key := func(rd genesyscloud.RoleDivision) string { return rd.RoleID + "/" + rd.DivisionID }
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		ka[i] = key(a[i])
	}
	for i := range b {
		kb[i] = key(b[i])
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}

// secretResetAttempts is how many times a secret reset that fails ambiguously is sent: each reset
// makes a new secret and voids the one before, so sending it again is safe, and only the answer
// of the last one holds the secret that works.
const secretResetAttempts = 3

// resetSecret resets a client's secret, sending the reset again while it fails ambiguously. The
// retries run on a context that outlives an interrupted apply: the secret in the state may
// already be void, and only a reset that answers gives one that works.
func (r *cloudOAuthClientResource) resetSecret(ctx context.Context, id string) (*genesyscloud.OAuthClient, error) {
	client, err := r.client.ResetOAuthClientSecret(ctx, id)
	if err == nil || !postOutcomeUnknown(err) {
		return client, err
	}
	retryCtx, cancel := adoptionContext(ctx)
	defer cancel()
	for attempt := 1; attempt < secretResetAttempts && err != nil && postOutcomeUnknown(err); attempt++ {
		client, err = r.client.ResetOAuthClientSecret(retryCtx, id)
	}
	return client, err
}

func (r *cloudOAuthClientResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state cloudOAuthClientModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	client, err := getAfterCreate(ctx, req.Private, r.reads.oauthClients.get, state.ID.ValueString())
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
	client, err := r.client.UpdateOAuthClient(ctx, id, in)
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update OAuth client %q", in.Name), "oauth:client:edit", err)
		return
	}
	if !plan.SecretRotation.Equal(state.SecretRotation) {
		client, err = r.resetSecret(ctx, id)
		if err != nil {
			// The other changes are applied; keep them in state so only the rotation is retried.
			plan.Secret = state.Secret
			plan.SecretRotation = state.SecretRotation
			resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
			what := fmt.Sprintf("reset the secret of OAuth client %q", in.Name)
			if postOutcomeUnknown(err) {
				what += " (the API gave no clear answer, so the reset may have happened: the secret in the state " +
					"may no longer work. Run terraform apply again to rotate it again; the rotation stays planned until one answers)"
			}
			addAPIError(&resp.Diagnostics, what, "oauth:client:edit", err)
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
	if err := r.client.DeleteOAuthClient(ctx, state.ID.ValueString()); err != nil && !transport.IsNotFound(err) {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete OAuth client %q", state.Name.ValueString()), "oauth:client:delete", err)
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
	if !changed {
		return
	}
	// Filling in the home division can make two grants equal; a set cannot hold them both.
	seen := map[string]bool{}
	for _, rd := range roles {
		if rd.RoleID.IsUnknown() || rd.DivisionID.IsUnknown() {
			continue
		}
		key := rd.RoleID.ValueString() + "/" + rd.DivisionID.ValueString()
		if seen[key] {
			resp.Diagnostics.AddAttributeError(path.Root("roles"), "Duplicate Role Grant",
				fmt.Sprintf("The role %s is granted twice in the division %s: once without division_id, which means the "+
					"home division, and once naming it. List each role and division once.", rd.RoleID.ValueString(), rd.DivisionID.ValueString()))
			return
		}
		seen[key] = true
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("roles"), roles)...)
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
