package gauth

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// NewGAuthDataCenterList is the genesys_gauth_data_center list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthDataCenterList() list.ListResource {
	r := newGAuthDataCenterResource()
	return &kit.ListResource[struct{}, gauth.DataCenter, gauthDataCenterModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the GAuth data centers, each with its identity and, with `include_resource`, the " +
				"data center as `genesys_gauth_data_center` stores it after an import. It takes no filter: a deployment " +
				"has a handful of data centers.\n\n" +
				"API: `GET /environment/v3/data-centers`, one call. Credentials: the provider's `gauth` " +
				"`ops_username`/`ops_password`, or else its `client_id`/`client_secret`.",
		},
		Objects: func(ctx context.Context, _ struct{}) iter.Seq2[*gauth.DataCenter, error] {
			return kit.OneCall(ctx, r.Client.ListDataCenters, func(*gauth.DataCenter) bool { return true })
		},
		What:    "list data centers",
		Listed:  func(dc *gauth.DataCenter) (string, string) { return dc.ID, dc.Location },
		FromAPI: (*gauthDataCenterModel).fromAPI,
	}
}
