package gauth

import (
	"context"
	"iter"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthClientListModel struct {
	NamePrefix types.String `tfsdk:"name_prefix"`
}

// NewGAuthClientList is the genesys_gauth_client list resource (`terraform query`, Terraform 1.14
// and later).
func NewGAuthClientList() list.ListResource {
	r := newGAuthClientResource()
	return &kit.ListResource[gauthClientListModel, gauth.APIClient, gauthClientModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the GAuth API clients, each with its identity (the `client_id`) and, with " +
				"`include_resource`, the client as `genesys_gauth_client` stores it after an import (no secret: GAuth " +
				"never returns it).\n\n" +
				"API: `GET /auth/v3/ops/clients`, one call. Credentials: the ops Basic credentials.",
			Attributes: map[string]schema.Attribute{
				"name_prefix": kit.ListFilter("Keep only the clients whose `name` starts with this (case-sensitive). Default: every client."),
			},
		},
		Objects: func(ctx context.Context, config gauthClientListModel) iter.Seq2[*gauth.APIClient, error] {
			prefix := config.NamePrefix.ValueString()
			return kit.OneCall(ctx, r.Client.ListClients, func(c *gauth.APIClient) bool { return strings.HasPrefix(c.Name, prefix) })
		},
		What:    "list API clients",
		Listed:  func(c *gauth.APIClient) (string, string) { return c.ClientID, c.Name },
		FromAPI: (*gauthClientModel).fromAPI,
	}
}
