package gauth

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthClientModel struct {
	ID                            types.String `tfsdk:"id"`
	ClientID                      types.String `tfsdk:"client_id"`
	Name                          types.String `tfsdk:"name"`
	Description                   types.String `tfsdk:"description"`
	ClientType                    types.String `tfsdk:"client_type"`
	InternalClient                types.Bool   `tfsdk:"internal_client"`
	Authorities                   types.Set    `tfsdk:"authorities"`
	Scopes                        types.Set    `tfsdk:"scopes"`
	AuthorizedGrantTypes          types.Set    `tfsdk:"authorized_grant_types"`
	RedirectURIs                  types.Set    `tfsdk:"redirect_uris"`
	AccessTokenExpirationTimeout  types.Int64  `tfsdk:"access_token_expiration_timeout"`
	RefreshTokenExpirationTimeout types.Int64  `tfsdk:"refresh_token_expiration_timeout"`
	ContactCenterIDs              types.Set    `tfsdk:"contact_center_ids"`
	ClientSecret                  types.String `tfsdk:"client_secret"`
	ClientSecretWO                types.String `tfsdk:"client_secret_wo"`
	ClientSecretWOVersion         types.Int64  `tfsdk:"client_secret_wo_version"`
}

// toUpdate builds the update body with every managed field, so that the merge GAuth does on PUT
// leaves nothing stale; secret is sent only when non-empty (the caller decides whether it changed).
func (m gauthClientModel) toUpdate(ctx context.Context, secret string) (gauth.ClientUpdate, diag.Diagnostics) {
	var diags diag.Diagnostics
	authorities := kit.StringsOf(ctx, m.Authorities, &diags)
	scopes := kit.StringsOf(ctx, m.Scopes, &diags)
	grants := kit.StringsOf(ctx, m.AuthorizedGrantTypes, &diags)
	redirects := kit.StringsOf(ctx, m.RedirectURIs, &diags)
	ccids := kit.StringsOf(ctx, m.ContactCenterIDs, &diags)
	update := gauth.ClientUpdate{
		Name:                          m.Name.ValueStringPointer(),
		Description:                   new(m.Description.ValueString()), // "" clears a description set outside Terraform
		ClientType:                    m.ClientType.ValueStringPointer(),
		InternalClient:                m.InternalClient.ValueBoolPointer(),
		Authorities:                   &authorities,
		Scope:                         &scopes,
		AuthorizedGrantTypes:          &grants,
		RedirectURIs:                  &redirects,
		AccessTokenExpirationTimeout:  m.AccessTokenExpirationTimeout.ValueInt64Pointer(),
		RefreshTokenExpirationTimeout: m.RefreshTokenExpirationTimeout.ValueInt64Pointer(),
		ContactCenterIDs:              &ccids,
	}
	if secret != "" {
		update.ClientSecret = &secret
	}
	return update, diags
}

// toAPI builds the create body.
func (m gauthClientModel) toAPI(ctx context.Context, secret string) (gauth.APIClient, diag.Diagnostics) {
	var diags diag.Diagnostics
	return gauth.APIClient{
		ClientID:                      m.ClientID.ValueString(),
		ClientSecret:                  secret,
		Name:                          m.Name.ValueString(),
		Description:                   m.Description.ValueString(),
		ClientType:                    m.ClientType.ValueString(),
		InternalClient:                m.InternalClient.ValueBool(),
		Authorities:                   kit.StringsOf(ctx, m.Authorities, &diags),
		Scope:                         kit.StringsOf(ctx, m.Scopes, &diags),
		AuthorizedGrantTypes:          kit.StringsOf(ctx, m.AuthorizedGrantTypes, &diags),
		RedirectURIs:                  kit.StringsOf(ctx, m.RedirectURIs, &diags),
		AccessTokenExpirationTimeout:  m.AccessTokenExpirationTimeout.ValueInt64(),
		RefreshTokenExpirationTimeout: m.RefreshTokenExpirationTimeout.ValueInt64(),
		ContactCenterIDs:              kit.StringsOf(ctx, m.ContactCenterIDs, &diags),
	}, diags
}

// fromAPI sets every attribute GAuth reports. The secret attributes are left alone: GAuth never
// returns the secret. Collections are never null (empty when GAuth has none), matching the schema
// defaults; the grant types GAuth adds on its own are kept only when the prior value had them.
func (m *gauthClientModel) fromAPI(ctx context.Context, c *gauth.APIClient) diag.Diagnostics {
	var diags diag.Diagnostics
	m.ID = types.StringValue(c.ClientID)
	m.ClientID = types.StringValue(c.ClientID)
	m.Name = types.StringValue(c.Name)
	m.Description = kit.DescriptionFromAPI(m.Description, c.Description)
	m.ClientType = types.StringValue(c.ClientType)
	m.InternalClient = types.BoolValue(c.InternalClient)
	m.AccessTokenExpirationTimeout = types.Int64Value(c.AccessTokenExpirationTimeout)
	m.RefreshTokenExpirationTimeout = types.Int64Value(c.RefreshTokenExpirationTimeout)
	m.AuthorizedGrantTypes = kit.SetOf(ctx, grantTypesFromAPI(ctx, c.AuthorizedGrantTypes, m.AuthorizedGrantTypes), &diags)
	m.Authorities = kit.SetOf(ctx, c.Authorities, &diags)
	m.Scopes = kit.SetOf(ctx, c.Scope, &diags)
	m.RedirectURIs = kit.SetOf(ctx, c.RedirectURIs, &diags)
	m.ContactCenterIDs = kit.SetOf(ctx, c.ContactCenterIDs, &diags)
	return diags
}

// grantTypesFromAPI drops the token-exchange and jwt-bearer grants that GAuth adds to clients by
// itself (its documented create answer lists them although the request did not) unless prior, the
// value in the plan or state, has them: otherwise every plan would propose to remove them again.
func grantTypesFromAPI(ctx context.Context, api []string, prior types.Set) []string {
	var wanted []string
	if !prior.IsNull() && !prior.IsUnknown() {
		_ = prior.ElementsAs(ctx, &wanted, false) // a set of strings always converts
	}
	out := make([]string, 0, len(api))
	for _, g := range api {
		addedByGAuth := g == grantTokenExchange || g == grantJWTBearer
		if !addedByGAuth || slices.Contains(wanted, g) {
			out = append(out, g)
		}
	}
	return out
}
