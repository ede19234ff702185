package oauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*cloudOAuthClientList)(nil)

// NewCloudOAuthClientList is the genesys_cloud_oauth_client list resource (`terraform query`,
// Terraform 1.14 and later).
func NewCloudOAuthClientList() list.ListResource { return &cloudOAuthClientList{} }

// cloudOAuthClientList embeds the resource it lists for its type name and its Configure.
type cloudOAuthClientList struct{ cloudOAuthClientResource }

type cloudOAuthClientListModel struct {
	NamePrefix types.String `tfsdk:"name_prefix"`
}

func (l *cloudOAuthClientList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the org's Genesys Cloud OAuth clients, each with its identity and, with " +
			"`include_resource`, the client as `genesys_cloud_oauth_client` stores it after an import (no secret: " +
			"the API shows it only on create). A client whose delete is still propagating is left out.\n\n" +
			"API: `GET /api/v2/oauth/clients`, one call. Permission: " + kit.Permissions(permClientView) + ".",
		Attributes: map[string]schema.Attribute{
			"name_prefix": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Keep only the clients whose name starts with this (case-sensitive). Default: every client.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
		},
	}
}

func (l *cloudOAuthClientList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config cloudOAuthClientListModel
	if diags := req.Config.Get(ctx, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = kit.ListResults(ctx, req, listClients(ctx, l.Client, clientFilter{NamePrefix: config.NamePrefix.ValueString()}),
		func(diags *diag.Diagnostics, err error) {
			kit.AddAPIError(diags, "list OAuth clients", permClientView, err)
		},
		func(ctx context.Context, c *genesyscloud.OAuthClient) kit.Listed {
			var m cloudOAuthClientModel
			diags := kit.ImportedModel(ctx, req, &m)
			diags.Append(m.fromAPI(ctx, c)...)
			return kit.Listed{ID: c.ID, DisplayName: c.Name, Model: &m, Diagnostics: diags}
		})
}
