package oauth

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type cloudOAuthClientModel struct {
	listedClientModel
	Secret         types.String `tfsdk:"secret"`
	SecretRotation types.Map    `tfsdk:"secret_rotation"`
}

// listedClientModel is what the API answers for a client, as the resource stores it: every
// attribute but the secret, which the API shows only on create. The genesys_cloud_oauth_clients
// data source lists clients in this form, so that adopting one reproduces it with an empty plan.
type listedClientModel struct {
	ID                         types.String `tfsdk:"id"`
	Name                       types.String `tfsdk:"name"`
	Description                types.String `tfsdk:"description"`
	AuthorizedGrantType        types.String `tfsdk:"authorized_grant_type"`
	Roles                      types.Set    `tfsdk:"roles"`
	RegisteredRedirectURIs     types.Set    `tfsdk:"registered_redirect_uris"`
	Scopes                     types.Set    `tfsdk:"scopes"`
	AccessTokenValiditySeconds types.Int64  `tfsdk:"access_token_validity_seconds"`
	State                      types.String `tfsdk:"state"`
}

type roleDivisionModel struct {
	RoleID     types.String `tfsdk:"role_id"`
	DivisionID types.String `tfsdk:"division_id"`
}

// toAPI builds the full PUT/POST body; PUT replaces every field, so collections are always sent.
func (m cloudOAuthClientModel) toAPI(ctx context.Context) (genesyscloud.OAuthClientInput, diag.Diagnostics) {
	var diags diag.Diagnostics
	in := genesyscloud.OAuthClientInput{
		Name:                       m.Name.ValueString(),
		Description:                m.Description.ValueString(),
		AuthorizedGrantType:        m.AuthorizedGrantType.ValueString(),
		AccessTokenValiditySeconds: m.AccessTokenValiditySeconds.ValueInt64(),
		State:                      stateInput(m.State.ValueString()),
		RegisteredRedirectURI:      []string{},
		Scope:                      []string{},
		RoleDivisions:              []genesyscloud.RoleDivision{},
	}
	diags.Append(m.RegisteredRedirectURIs.ElementsAs(ctx, &in.RegisteredRedirectURI, false)...)
	diags.Append(m.Scopes.ElementsAs(ctx, &in.Scope, false)...)
	var roles []roleDivisionModel
	diags.Append(m.Roles.ElementsAs(ctx, &roles, false)...)
	for _, r := range roles {
		in.RoleDivisions = append(in.RoleDivisions, genesyscloud.RoleDivision{RoleID: r.RoleID.ValueString(), DivisionID: r.DivisionID.ValueString()})
	}
	sort.Strings(in.RegisteredRedirectURI)
	sort.Strings(in.Scope)
	return in, diags
}

// fromAPI sets every attribute the API reports. The secret is taken only when the answer carries
// one (create and reset); otherwise the known secret is kept.
func (m *cloudOAuthClientModel) fromAPI(ctx context.Context, c *genesyscloud.OAuthClient) diag.Diagnostics {
	var diags, d diag.Diagnostics
	m.ID = types.StringValue(c.ID)
	m.Name = types.StringValue(c.Name)
	m.Description = kit.DescriptionFromAPI(m.Description, c.Description)
	m.AuthorizedGrantType = types.StringValue(c.AuthorizedGrantType)
	m.AccessTokenValiditySeconds = types.Int64Value(c.AccessTokenValiditySeconds)
	m.State = types.StringValue(c.State)
	if c.Secret != "" {
		m.Secret = types.StringValue(c.Secret)
	} else if m.Secret.IsUnknown() {
		m.Secret = types.StringNull()
	}

	m.RegisteredRedirectURIs, d = types.SetValueFrom(ctx, types.StringType, kit.NonNil(c.RegisteredRedirectURI))
	diags.Append(d...)
	m.Scopes, d = types.SetValueFrom(ctx, types.StringType, kit.NonNil(c.Scope))
	diags.Append(d...)
	roles := make([]roleDivisionModel, 0, len(c.RoleDivisions))
	for _, r := range c.RoleDivisions {
		roles = append(roles, roleDivisionModel{RoleID: types.StringValue(r.RoleID), DivisionID: types.StringValue(r.DivisionID)})
	}
	m.Roles, d = types.SetValueFrom(ctx, roleDivisionType, roles)
	diags.Append(d...)
	return diags
}

// stateInput is the state a request sends: the API takes only active and inactive, so a client
// Genesys support disabled is sent as active, which the API answers by keeping it disabled
// [I: ours; no public source says what a real org does with that PUT].
func stateInput(state string) string {
	if state == clientDisabled {
		return clientActive
	}
	return state
}
