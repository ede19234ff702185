package gauth

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*gauthClientList)(nil)

// NewGAuthClientList is the genesys_gauth_client list resource (`terraform query`, Terraform 1.14
// and later).
func NewGAuthClientList() list.ListResource { return &gauthClientList{} }

// gauthClientList embeds the resource it lists for its type name and its Configure.
type gauthClientList struct{ gauthClientResource }

type gauthClientListModel struct {
	NamePrefix types.String `tfsdk:"name_prefix"`
}

func (l *gauthClientList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the GAuth API clients, each with its identity (the `client_id`) and, with " +
			"`include_resource`, the client as `genesys_gauth_client` stores it after an import (no secret: GAuth " +
			"never returns it).\n\n" +
			"API: `GET /auth/v3/ops/clients`, one call. Credentials: the ops Basic credentials.",
		Attributes: map[string]schema.Attribute{
			"name_prefix": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Keep only the clients whose `name` starts with this (case-sensitive). Default: every client.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
		},
	}
}

func (l *gauthClientList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config gauthClientListModel
	if diags := req.Config.Get(ctx, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	prefix := config.NamePrefix.ValueString()
	clients := kit.OneCall(ctx, l.Client.ListClients, func(c *gauth.APIClient) bool { return strings.HasPrefix(c.Name, prefix) })
	stream.Results = kit.ListResults(ctx, req, clients,
		func(diags *diag.Diagnostics, err error) { kit.AddAPIError(diags, "list API clients", "", err) },
		func(ctx context.Context, c *gauth.APIClient) kit.Listed {
			var m gauthClientModel
			diags := kit.ImportedModel(ctx, req, &m)
			diags.Append(m.fromAPI(ctx, c)...)
			return kit.Listed{ID: c.ClientID, DisplayName: c.Name, Model: &m, Diagnostics: diags}
		})
}
