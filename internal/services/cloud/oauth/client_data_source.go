package oauth

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// NewCloudOAuthClientDataSource is the genesys_cloud_oauth_client data source.
func NewCloudOAuthClientDataSource() datasource.DataSource {
	return &cloudOAuthClientDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_oauth_client"}}
}

type cloudOAuthClientDataSource struct{ kit.CloudDataSource }

type cloudOAuthClientDataModel struct {
	ID                         types.String `tfsdk:"id"`
	Name                       types.String `tfsdk:"name"`
	Description                types.String `tfsdk:"description"`
	AuthorizedGrantType        types.String `tfsdk:"authorized_grant_type"`
	State                      types.String `tfsdk:"state"`
	AccessTokenValiditySeconds types.Int64  `tfsdk:"access_token_validity_seconds"`
}

func (d *cloudOAuthClientDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Cloud OAuth client by its exact name. The name must be unique among the " +
			"org's clients. The secret is never available here.\n\nAPI: `GET /api/v2/oauth/clients`. Permission: " + kit.Permissions(permClientView) + ".",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "Client id (the OAuth `client_id`)."},
			"name": schema.StringAttribute{
				Required: true, MarkdownDescription: "Exact client name.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"description":                   schema.StringAttribute{Computed: true, MarkdownDescription: "Description."},
			"authorized_grant_type":         schema.StringAttribute{Computed: true, MarkdownDescription: "OAuth grant type."},
			"state":                         schema.StringAttribute{Computed: true, MarkdownDescription: "`active`, `disabled` or `inactive`."},
			"access_token_validity_seconds": schema.Int64Attribute{Computed: true, MarkdownDescription: "Access token lifetime in seconds."},
		},
	}
}

func (d *cloudOAuthClientDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadOne(ctx, req, resp, "Genesys Cloud OAuth client", d.find,
		func(c *genesyscloud.OAuthClient) string { return c.ID }, (*cloudOAuthClientDataModel).fromAPI)
}

// find looks the client up by name, among the clients whose delete is not propagating.
func (d *cloudOAuthClientDataSource) find(m *cloudOAuthClientDataModel, _ *diag.Diagnostics) kit.Find[genesyscloud.OAuthClient] {
	name := m.Name.ValueString()
	named := func(ctx context.Context) ([]genesyscloud.OAuthClient, error) {
		return d.Client.FindOAuthClientsByName(ctx, name)
	}
	return kit.Find[genesyscloud.OAuthClient]{
		Lookup: kit.Lookup{Attr: path.Root("name"), By: fmt.Sprintf("named %q", name),
			Hint: "Check the name (it is case-sensitive); names need not be unique, so rename the others or reference the client by id."},
		What: fmt.Sprintf("list OAuth clients named %q", name), Permission: permClientView,
		// A deleted client shows in the list, in state "deleted", while its delete propagates.
		Matches: kit.Named(d.Cloud.Settle, kit.KindOAuthClient, name, kit.Matching(named,
			func(c *genesyscloud.OAuthClient) bool { return c.State != genesyscloud.OAuthClientStateDeleted })),
	}
}

// fromAPI sets the looked-up attributes; name, the lookup key, keeps its configured value.
func (m *cloudOAuthClientDataModel) fromAPI(_ context.Context, c *genesyscloud.OAuthClient) diag.Diagnostics {
	m.ID = types.StringValue(c.ID)
	m.Description = types.StringValue(c.Description)
	m.AuthorizedGrantType = types.StringValue(c.AuthorizedGrantType)
	m.State = types.StringValue(c.State)
	m.AccessTokenValiditySeconds = types.Int64Value(c.AccessTokenValiditySeconds)
	return nil
}
