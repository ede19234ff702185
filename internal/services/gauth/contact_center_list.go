package gauth

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthContactCenterListModel struct {
	EnvironmentID types.String `tfsdk:"environment_id"`
}

// NewGAuthContactCenterList is the genesys_gauth_contact_center list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthContactCenterList() list.ListResource {
	r := newGAuthContactCenterResource()
	return &kit.ListResource[gauthContactCenterListModel, gauth.ContactCenter, gauthContactCenterModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the GAuth contact centers, each with its identity (the CCID) and, with " +
				"`include_resource`, the contact center as `genesys_gauth_contact_center` stores it after an import.\n\n" +
				"API: `GET /environment/v3/contact-centers`, one call. Credentials: the provider's `gauth` " +
				"`client_id`/`client_secret`, or the ops credentials.",
			Attributes: map[string]schema.Attribute{
				"environment_id": kit.ListFilter("Keep only the contact centers of this environment. Default: every contact center."),
			},
		},
		Objects: func(ctx context.Context, config gauthContactCenterListModel) iter.Seq2[*gauth.ContactCenter, error] {
			return kit.OneCall(ctx, r.Client.ListContactCenters, func(cc *gauth.ContactCenter) bool {
				return config.EnvironmentID.IsNull() || cc.EnvironmentID == config.EnvironmentID.ValueString()
			})
		},
		What:    "list contact centers",
		Listed:  func(cc *gauth.ContactCenter) (string, string) { return cc.ID, contactCenterDisplayName(cc) },
		FromAPI: (*gauthContactCenterModel).fromAPI,
	}
}

// contactCenterDisplayName is the CCID, with the first domain when it has one: a CCID alone tells
// a person little.
func contactCenterDisplayName(cc *gauth.ContactCenter) string {
	if len(cc.Domains) == 0 {
		return cc.ID
	}
	return cc.Domains[0] + " (" + cc.ID + ")"
}
