package gauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*gauthDataCenterList)(nil)

// NewGAuthDataCenterList is the genesys_gauth_data_center list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthDataCenterList() list.ListResource { return &gauthDataCenterList{} }

// gauthDataCenterList embeds the resource it lists for its type name and its Configure.
type gauthDataCenterList struct{ gauthDataCenterResource }

func (l *gauthDataCenterList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the GAuth data centers, each with its identity and, with `include_resource`, the " +
			"data center as `genesys_gauth_data_center` stores it after an import. It takes no filter: a deployment " +
			"has a handful of data centers.\n\n" +
			"API: `GET /environment/v3/data-centers`, one call. Credentials: the provider's `gauth` " +
			"`ops_username`/`ops_password`, or else its `client_id`/`client_secret`.",
	}
}

func (l *gauthDataCenterList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	dataCenters := kit.OneCall(ctx, l.Client.ListDataCenters, func(*gauth.DataCenter) bool { return true })
	stream.Results = kit.ListResults(ctx, req, dataCenters,
		func(diags *diag.Diagnostics, err error) { kit.AddAPIError(diags, "list data centers", "", err) },
		func(ctx context.Context, dc *gauth.DataCenter) kit.Listed {
			var m gauthDataCenterModel
			diags := kit.ImportedModel(ctx, req, &m)
			m.fromAPI(dc)
			return kit.Listed{ID: dc.ID, DisplayName: dc.Location, Model: &m, Diagnostics: diags}
		})
}
