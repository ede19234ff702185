package gauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*gauthContactCenterList)(nil)

// NewGAuthContactCenterList is the genesys_gauth_contact_center list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthContactCenterList() list.ListResource { return &gauthContactCenterList{} }

// gauthContactCenterList embeds the resource it lists for its type name and its Configure.
type gauthContactCenterList struct{ gauthContactCenterResource }

type gauthContactCenterListModel struct {
	EnvironmentID types.String `tfsdk:"environment_id"`
}

func (l *gauthContactCenterList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the GAuth contact centers, each with its identity (the CCID) and, with " +
			"`include_resource`, the contact center as `genesys_gauth_contact_center` stores it after an import.\n\n" +
			"API: `GET /environment/v3/contact-centers`, one call. Credentials: the provider's `gauth` " +
			"`client_id`/`client_secret`, or the ops credentials.",
		Attributes: map[string]schema.Attribute{
			"environment_id": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Keep only the contact centers of this environment. Default: every contact center.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
		},
	}
}

func (l *gauthContactCenterList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config gauthContactCenterListModel
	if diags := req.Config.Get(ctx, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	contactCenters := kit.OneCall(ctx, l.Client.ListContactCenters, func(cc *gauth.ContactCenter) bool {
		return config.EnvironmentID.IsNull() || cc.EnvironmentID == config.EnvironmentID.ValueString()
	})
	stream.Results = kit.ListResults(ctx, req, contactCenters,
		func(diags *diag.Diagnostics, err error) { kit.AddAPIError(diags, "list contact centers", "", err) },
		func(ctx context.Context, cc *gauth.ContactCenter) kit.Listed {
			var m gauthContactCenterModel
			diags := kit.ImportedModel(ctx, req, &m)
			diags.Append(m.fromAPI(ctx, cc)...)
			return kit.Listed{ID: cc.ID, DisplayName: contactCenterDisplayName(cc), Model: &m, Diagnostics: diags}
		})
}

// contactCenterDisplayName is the CCID, with the first domain when it has one: a CCID alone tells
// a person little.
func contactCenterDisplayName(cc *gauth.ContactCenter) string {
	if len(cc.Domains) == 0 {
		return cc.ID
	}
	return cc.Domains[0] + " (" + cc.ID + ")"
}
