package oauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ datasource.DataSourceWithConfigure = (*cloudOAuthClientsDataSource)(nil)

// NewCloudOAuthClientsDataSource is the genesys_cloud_oauth_clients data source.
func NewCloudOAuthClientsDataSource() datasource.DataSource {
	return &cloudOAuthClientsDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_oauth_clients"}}
}

type cloudOAuthClientsDataSource struct{ kit.CloudDataSource }

type cloudOAuthClientsDataModel struct {
	NamePrefix   types.String        `tfsdk:"name_prefix"`
	OAuthClients []listedClientModel `tfsdk:"oauth_clients"`
}

func (d *cloudOAuthClientsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the org's Genesys Cloud OAuth clients, optionally those whose name starts with a prefix. " +
			"Each client carries the values the `genesys_cloud_oauth_client` resource stores for it, so `import` blocks " +
			"and a resource with `for_each` over `oauth_clients` adopt the clients with an empty plan afterwards (see the example).\n\n" +
			"**Secrets.** Genesys Cloud answers with a client's secret only when it is created or reset, so the list has " +
			"none, and an adopted client has none in the state (`secret` is null) until its first rotation: add " +
			"`secret_rotation` to the resource when Terraform is to hand the secret over, knowing that the rotation " +
			"stops the old secret at once (see the guide [Rotating an OAuth client secret](../guides/rotating-oauth-client-secrets)). " +
			"Until then the client keeps working with the secret it has.\n\n" +
			"The list includes the OAuth client Terraform itself runs as, unless `name_prefix` leaves it out: adopt it " +
			"only on purpose, as destroying the adopted clients would delete it. Clients whose delete is still " +
			"propagating (state `deleted`) are left out, and a client created moments ago may not show yet (Genesys " +
			"Cloud is eventually consistent), so adopt what existed before the run.\n\n" +
			"A client Genesys support disabled lists with state `disabled`, which the resource does not take as an " +
			"argument: configure `active` for it (the resource then leaves it disabled, with a warning), as the example does.\n\n" +
			"API: `GET /api/v2/oauth/clients` (one call: the API answers every client at once). Permission: " + kit.Permissions(permClientView) + ".",
		Attributes: map[string]schema.Attribute{
			"name_prefix": kit.DataSourceFilter("Keep only the clients whose name starts with this (case-sensitive). Default: every client."),
			"oauth_clients": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The clients, by name (client names need not be unique: key a `for_each` by `id`).",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":   schema.StringAttribute{Computed: true, MarkdownDescription: "Client id (the OAuth `client_id`): the id to import."},
					"name": schema.StringAttribute{Computed: true, MarkdownDescription: "Client name."},
					"description": schema.StringAttribute{
						Computed:            true,
						MarkdownDescription: "Description; null when the client has none, as the resource stores it.",
					},
					"authorized_grant_type": schema.StringAttribute{Computed: true, MarkdownDescription: "OAuth grant type, such as `CLIENT-CREDENTIALS`."},
					"roles": schema.SetNestedAttribute{
						Computed:            true,
						MarkdownDescription: "Roles of a `CLIENT-CREDENTIALS` client, each in its division; empty for other grants.",
						NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
							"role_id":     schema.StringAttribute{Computed: true, MarkdownDescription: "Role id."},
							"division_id": schema.StringAttribute{Computed: true, MarkdownDescription: "Division the role applies in; `*` for all."},
						}},
					},
					"registered_redirect_uris": schema.SetAttribute{
						Computed: true, ElementType: types.StringType, MarkdownDescription: "Callback URLs.",
					},
					"scopes": schema.SetAttribute{
						Computed: true, ElementType: types.StringType, MarkdownDescription: "OAuth scopes of a user-facing client.",
					},
					"access_token_validity_seconds": schema.Int64Attribute{Computed: true, MarkdownDescription: "Access token lifetime in seconds."},
					"state":                         schema.StringAttribute{Computed: true, MarkdownDescription: "`active`, `inactive` or `disabled`."},
				}},
			},
		},
	}
}

func (d *cloudOAuthClientsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadData(ctx, req, resp, func(m *cloudOAuthClientsDataModel, diags *diag.Diagnostics) {
		m.OAuthClients = kit.Listed(diags, listClients(ctx, d.Client, clientFilter{NamePrefix: m.NamePrefix.ValueString()}),
			"list OAuth clients", permClientView,
			func(client *genesyscloud.OAuthClient) (listedClientModel, diag.Diagnostics) {
				// The resource's own conversion, from an import's empty prior state: the values it stores.
				var cm cloudOAuthClientModel
				diags := cm.fromAPI(ctx, client)
				return cm.listedClientModel, diags
			},
			func(l *listedClientModel) (string, string) { return l.Name.ValueString(), l.ID.ValueString() })
	})
}
