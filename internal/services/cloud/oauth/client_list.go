package oauth

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type cloudOAuthClientListModel struct {
	NamePrefix types.String `tfsdk:"name_prefix"`
}

// NewCloudOAuthClientList is the genesys_cloud_oauth_client list resource (`terraform query`,
// Terraform 1.14 and later).
func NewCloudOAuthClientList() list.ListResource {
	r := newCloudOAuthClientResource()
	return &kit.ListResource[cloudOAuthClientListModel, genesyscloud.OAuthClient, cloudOAuthClientModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the org's Genesys Cloud OAuth clients, each with its identity and, with " +
				"`include_resource`, the client as `genesys_cloud_oauth_client` stores it after an import (no secret: " +
				"the API shows it only on create). A client whose delete is still propagating is left out.\n\n" +
				"API: `GET /api/v2/oauth/clients`, one call. Permission: " + kit.Permissions(permClientView) + ".",
			Attributes: map[string]schema.Attribute{
				"name_prefix": kit.ListFilter("Keep only the clients whose name starts with this (case-sensitive). Default: every client."),
			},
		},
		Objects: func(ctx context.Context, config cloudOAuthClientListModel) iter.Seq2[*genesyscloud.OAuthClient, error] {
			return listClients(ctx, r.Client, clientFilter{NamePrefix: config.NamePrefix.ValueString()})
		},
		What: "list OAuth clients", Permission: permClientView,
		Listed:  func(c *genesyscloud.OAuthClient) (string, string) { return c.ID, c.Name },
		FromAPI: (*cloudOAuthClientModel).fromAPI,
	}
}
