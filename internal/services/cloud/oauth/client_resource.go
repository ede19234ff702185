package oauth

import (
	"context"
	"fmt"
	"net/http"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var (
	_ kit.Resource                        = (*cloudOAuthClientResource)(nil)
	_ resource.ResourceWithValidateConfig = (*cloudOAuthClientResource)(nil)
	_ resource.ResourceWithModifyPlan     = (*cloudOAuthClientResource)(nil)
)

// NewCloudOAuthClientResource is the genesys_cloud_oauth_client resource.
func NewCloudOAuthClientResource() resource.Resource { return newCloudOAuthClientResource() }

func newCloudOAuthClientResource() *cloudOAuthClientResource {
	return &cloudOAuthClientResource{kit.CloudResource{TypeName: "cloud_oauth_client", Import: oauthClientImport}}
}

type cloudOAuthClientResource struct{ kit.CloudResource }

// oauthClientImport takes the client id or its name.
func oauthClientImport(c *genesyscloud.Client) kit.Importer {
	return kit.ImportLookup[genesyscloud.OAuthClient]{
		Kind:   "Genesys Cloud OAuth client",
		Get:    c.GetOAuthClient,
		Key:    "name",
		ByKey:  c.FindOAuthClientsByName,
		IDOf:   func(cl *genesyscloud.OAuthClient) string { return cl.ID },
		FindID: "the Client ID shown under Admin > Integrations > OAuth, or the id attribute of the genesys_cloud_oauth_client data source",
	}
}

func (r *cloudOAuthClientResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = cloudOAuthClientSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("client", "of the same name", "holds the grant type and roles sent, "+
		"created by the OAuth client Terraform runs as after the create was sent (its secret is then reset, so the one in "+
		"the state works)", false)
}

func (r *cloudOAuthClientResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer oauthClientReads.Of(r.Cloud).Invalidate()
	plan, in, ok := kit.Planned(ctx, req.Plan, cloudOAuthClientModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}
	roleIDs := roleIDsOfInput(in)
	granted := r.grantToUserFirst(ctx, roleIDs, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	key := r.clientKey(in)
	key.Refused = func(diags *diag.Diagnostics, what string, err error) {
		r.addRefusal(ctx, diags, what, permClientAdd, err, roleIDs)
	}
	client := kit.CreateOnce(ctx, r.Cloud.Creates, key, permClientAdd,
		func(ctx context.Context) (*genesyscloud.OAuthClient, error) {
			return retryRefusedGrant(ctx, granted, func() (*genesyscloud.OAuthClient, error) {
				var client *genesyscloud.OAuthClient
				// A role created moments ago in the same run may not be grantable yet.
				err := r.Cloud.Settle.Write(ctx, nil, func(ctx context.Context) error {
					var err error
					client, err = r.Client.CreateOAuthClient(ctx, in)
					return err
				})
				return client, err
			})
		}, &resp.Diagnostics)
	if client == nil {
		return
	}
	r.Cloud.Settle.Created.Add(kit.KindOAuthClient, client.ID, client.Name)
	resp.Diagnostics.Append(plan.fromAPI(ctx, client)...)
	kit.SetCreated(ctx, resp, &plan)
}

func (r *cloudOAuthClientResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[cloudOAuthClientModel, genesyscloud.OAuthClient]{
		Kind: "OAuth client", What: "read OAuth client %s", Permission: permClientView, Window: r.Cloud.Settle.Window,
		Get:     oauthClientReads.Of(r.Cloud).Get,
		Gone:    func(c *genesyscloud.OAuthClient) bool { return c.State == genesyscloud.OAuthClientStateDeleted },
		FromAPI: (*cloudOAuthClientModel).fromAPI,
	})
}

func (r *cloudOAuthClientResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer oauthClientReads.Of(r.Cloud).Invalidate()
	plan, state, in, ok := kit.PlannedUpdate(ctx, req, cloudOAuthClientModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	// Editing needs the client's current roles as well as the new ones.
	current, _, diags := plannedRoleIDs(ctx, state.Roles)
	resp.Diagnostics.Append(diags...)
	roleIDs := append(roleIDsOfInput(in), current...)
	granted := r.grantToUserFirst(ctx, roleIDs, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	client, err := retryRefusedGrant(ctx, granted, func() (*genesyscloud.OAuthClient, error) {
		var client *genesyscloud.OAuthClient
		// Right after the create, or with a role created moments ago, the API may not know them yet.
		err := r.Cloud.Settle.Write(ctx, resp.Private, func(ctx context.Context) error {
			var err error
			client, err = r.Client.UpdateOAuthClient(ctx, id, in)
			return err
		})
		return client, err
	})
	if err != nil {
		r.addRefusal(ctx, &resp.Diagnostics, fmt.Sprintf("update OAuth client %q", in.Name), permClientEdit, err, roleIDs)
		return
	}
	if !plan.SecretRotation.Equal(state.SecretRotation) {
		err = r.Cloud.Settle.Write(ctx, resp.Private, func(ctx context.Context) error {
			var err error
			client, err = r.resetSecret(ctx, id)
			return err
		})
		if err != nil {
			// The other changes are applied; keep them in state so only the rotation is retried.
			plan.Secret = state.Secret
			plan.SecretRotation = state.SecretRotation
			resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
			what := fmt.Sprintf("reset the secret of OAuth client %q", in.Name)
			if genesyscloud.OutcomeUnknown(err) {
				what += " (the API gave no clear answer, so the reset may have happened: the secret in the state " +
					"may no longer work. Run terraform apply again to rotate it again; the rotation stays planned until one answers)"
			}
			kit.AddAPIError(&resp.Diagnostics, what, permClientEdit, err)
			return
		}
	}
	resp.Diagnostics.Append(plan.fromAPI(ctx, client)...)
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *cloudOAuthClientResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer oauthClientReads.Of(r.Cloud).Invalidate()
	state, ok := kit.StateOf[cloudOAuthClientModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	roleIDs, _, diags := plannedRoleIDs(ctx, state.Roles)
	resp.Diagnostics.Append(diags...)
	granted := r.grantToUserFirst(ctx, roleIDs, &resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := state.toAPI(ctx)
	if !kit.Got(&resp.Diagnostics, diags) {
		return
	}
	_, err := retryRefusedGrant(ctx, granted, func() (struct{}, error) {
		return struct{}{}, r.deleteClient(ctx, req.Private, state.ID.ValueString(), in)
	})
	if err != nil {
		r.addRefusal(ctx, &resp.Diagnostics, fmt.Sprintf("delete OAuth client %q", state.Name.ValueString()), permClientDelete, err, roleIDs)
	}
	// No GET polls for the client to be gone afterwards: a DELETE answered with success is
	// definite, and the lag (REAL-ORG-BEHAVIOUR R4) only delays reads, which nothing in this run
	// makes of a destroyed client (the read cache is invalidated above). A create under the same
	// name does not meet it either: an OAuth client name need not be unique, and the adoption
	// after an ambiguous create takes no deleted client nor one created before it was sent.
}

// deleteClient deletes the client of id with two requests: the inactive PUT (the service deletes
// only inactive clients) built from the state as in, then the DELETE. The client is read only
// when the PUT is refused, as when the state no longer describes it: its roles were deleted
// outside Terraform (missing.client.roles, handled by DeactivateAndDeleteOAuthClient), or it holds
// other roles than the state says (the role-holding rule judges the roles it really has). Right
// after the create a 404 may only mean that the client does not show yet, so the writes and the
// read retry it within the create window (private); afterwards a 404 means it is gone.
func (r *cloudOAuthClientResource) deleteClient(ctx context.Context, private kit.PrivateState, id string, in genesyscloud.OAuthClientInput) error {
	in.State = genesyscloud.OAuthClientStateInactive
	var updated *genesyscloud.OAuthClient
	err := r.Cloud.Settle.Write(ctx, private, func(ctx context.Context) error {
		var err error
		updated, err = r.Client.UpdateOAuthClient(ctx, id, in)
		return err
	})
	switch {
	case genesyscloud.IsNotFound(err), err == nil && updated.State == genesyscloud.OAuthClientStateDeleted:
		return nil
	case refused(err):
		client, err := kit.GetAfterCreate(ctx, r.Cloud.Settle.Window, private, r.Client.GetOAuthClient, id)
		switch {
		case genesyscloud.IsNotFound(err), err == nil && client.State == genesyscloud.OAuthClientStateDeleted:
			return nil
		case err != nil:
			return fmt.Errorf("reading OAuth client %s after its inactive update was refused: %w", id, err)
		}
		return r.Client.DeactivateAndDeleteOAuthClient(ctx, client)
	case err != nil:
		return fmt.Errorf("setting OAuth client %s inactive before deleting it: %w", id, err)
	}
	// The PUT found the client, so a 404 now means it is gone.
	if err := r.Client.DeleteInactiveOAuthClient(ctx, id); err != nil && !genesyscloud.IsNotFound(err) {
		return err
	}
	return nil
}

// refused reports whether err is the API refusing a request (4xx) for anything but a missing
// object: a definite answer that changed nothing.
func refused(err error) bool {
	apiErr, ok := genesyscloud.AsAPIError(err)
	return ok && apiErr.StatusCode >= 400 && apiErr.StatusCode < 500 && apiErr.StatusCode != http.StatusNotFound
}

// ModifyPlan fills in the home division for roles that name none, so the plan shows the value the
// API will store, marks the secret unknown when a rotation is planned, and warns about roles the
// caller does not hold, which the API will refuse to grant.
func (r *cloudOAuthClientResource) ModifyPlan(ctx context.Context, req resource.ModifyPlanRequest, resp *resource.ModifyPlanResponse) {
	if r.Client == nil {
		return // not configured yet
	}
	var state *cloudOAuthClientModel
	if !req.State.Raw.IsNull() {
		state = &cloudOAuthClientModel{}
		resp.Diagnostics.Append(kit.GetState(ctx, req.State, state)...)
	}
	if req.Plan.Raw.IsNull() {
		if state != nil { // destroy: setting the client inactive is an edit
			current, _, diags := plannedRoleIDs(ctx, state.Roles)
			resp.Diagnostics.Append(diags...)
			r.warnUnheldRoles(ctx, nil, false, current, &resp.Diagnostics)
		}
		return
	}
	var plan, config cloudOAuthClientModel
	resp.Diagnostics.Append(kit.GetPlan(ctx, req.Plan, &plan)...)
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &config)...) // of the configuration, only the roles count here
	if resp.Diagnostics.HasError() {
		return
	}
	configured := config.Roles

	if state != nil {
		if !plan.SecretRotation.Equal(state.SecretRotation) {
			resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("secret"), types.StringUnknown())...)
		}
		keepDisabled(ctx, *state, plan, resp)
	}
	r.fillHomeDivisions(ctx, configured, &plan, resp)
	if resp.Diagnostics.HasError() {
		return
	}
	r.warnPlannedRoles(ctx, plan, state, &resp.Diagnostics)
}

// fillHomeDivisions plans the home division for the configured roles that name no division, in
// resp.Plan and plan.
func (r *cloudOAuthClientResource) fillHomeDivisions(ctx context.Context, configured types.Set, plan *cloudOAuthClientModel, resp *resource.ModifyPlanResponse) {
	if configured.IsNull() || configured.IsUnknown() {
		return
	}
	var roles []roleDivisionModel
	resp.Diagnostics.Append(configured.ElementsAs(ctx, &roles, true)...)
	changed := false
	for i := range roles {
		if roles[i].DivisionID.IsNull() {
			home, err := r.homeDivisionID(ctx)
			if err != nil {
				kit.AddAPIError(&resp.Diagnostics, "find the home division for roles without division_id", "", err)
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
	filled, diags := types.SetValueFrom(ctx, roleDivisionType, roles)
	resp.Diagnostics.Append(diags...)
	// Setting an attribute rewrites the whole planned value; a plan with nothing to change already
	// holds the divisions in state, so the roles are set only when they differ.
	if diags.HasError() || filled.Equal(plan.Roles) {
		return
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("roles"), filled)...)
	plan.Roles = filled
}

// warnPlannedRoles runs the role-holding check on a create, or on an update that changes the
// client (an update sends a PUT whatever changed; a plan with nothing to change sends nothing).
func (r *cloudOAuthClientResource) warnPlannedRoles(ctx context.Context, plan cloudOAuthClientModel, state *cloudOAuthClientModel, diags *diag.Diagnostics) {
	var current []string
	if state != nil {
		if plan.Roles.Equal(state.Roles) && plan.Name.Equal(state.Name) && plan.Description.Equal(state.Description) &&
			plan.State.Equal(state.State) && plan.AccessTokenValiditySeconds.Equal(state.AccessTokenValiditySeconds) &&
			plan.RegisteredRedirectURIs.Equal(state.RegisteredRedirectURIs) && plan.Scopes.Equal(state.Scopes) &&
			plan.SecretRotation.Equal(state.SecretRotation) {
			return
		}
		var d diag.Diagnostics
		current, _, d = plannedRoleIDs(ctx, state.Roles)
		diags.Append(d...)
	}
	planned, unknown, d := plannedRoleIDs(ctx, plan.Roles)
	diags.Append(d...)
	r.warnUnheldRoles(ctx, planned, unknown, current, diags)
}

func (r *cloudOAuthClientResource) homeDivisionID(ctx context.Context) (string, error) {
	d, err := r.Client.HomeDivision(ctx)
	if err != nil {
		return "", err
	}
	return d.ID, nil
}

// keepDisabled plans a client Genesys support disabled to stay disabled when the configuration
// asks for active: the API takes only active and inactive, and keeps a disabled client disabled
// [I: ours]. Asking for inactive (or destroying it) still works.
func keepDisabled(ctx context.Context, state, plan cloudOAuthClientModel, resp *resource.ModifyPlanResponse) {
	if state.State.ValueString() != clientDisabled || plan.State.ValueString() != clientActive {
		return
	}
	resp.Diagnostics.Append(resp.Plan.SetAttribute(ctx, path.Root("state"), types.StringValue(clientDisabled))...)
	resp.Diagnostics.AddAttributeWarning(path.Root("state"), "OAuth Client Disabled by Genesys Support",
		fmt.Sprintf("OAuth client %s is disabled: its tokens no longer work and it gets no new ones. Only Genesys support "+
			"can enable it again; Terraform leaves the state as it is. Set state = \"inactive\" or remove the resource to retire it.",
			state.ID.ValueString()))
}

// ValidateConfig enforces at plan time what the API would refuse at apply time.
func (r *cloudOAuthClientResource) ValidateConfig(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var cfg cloudOAuthClientModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &cfg)...)
	if resp.Diagnostics.HasError() || cfg.AuthorizedGrantType.IsUnknown() || cfg.AuthorizedGrantType.IsNull() {
		return
	}
	grant := cfg.AuthorizedGrantType.ValueString()
	if !slices.Contains(oauthGrantTypes, grant) {
		return // the attribute's validator reports it; rules keyed on a grant type would only add noise
	}
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
	if v := cfg.AccessTokenValiditySeconds; !v.IsNull() && !v.IsUnknown() && v.ValueInt64() > maxTokenValidity && grant != grantClientCredentials {
		resp.Diagnostics.AddAttributeError(path.Root("access_token_validity_seconds"), "Token Validity Too Long",
			fmt.Sprintf("%d seconds is more than a %s client may have: %d to %d. Only SCIM clients, which use "+
				"CLIENT-CREDENTIALS, may go up to %d.", v.ValueInt64(), grant, minTokenValidity, maxTokenValidity, maxSCIMTokenValidity))
	}
	if (grant == grantCode || grant == grantToken) && empty(cfg.RegisteredRedirectURIs) {
		resp.Diagnostics.AddAttributeError(path.Root("registered_redirect_uris"), "Missing Redirect URIs",
			fmt.Sprintf("A %s client needs at least one registered redirect URI to send users back to.", grant))
	}
}
