package gauth

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ datasource.DataSourceWithConfigValidators = (*gauthContactCenterDataSource)(nil)

// NewGAuthContactCenterDataSource is the genesys_gauth_contact_center data source.
func NewGAuthContactCenterDataSource() datasource.DataSource {
	return &gauthContactCenterDataSource{kit.GAuthDataSource{DataSourceTypeName: "gauth_contact_center"}}
}

type gauthContactCenterDataSource struct{ kit.GAuthDataSource }

// gauthContactCenterDataModel is the resource's model and the domain looked up by: the looked-up
// attributes are what the resource stores, set by its fromAPI, while domain keeps its configured
// value.
type gauthContactCenterDataModel struct {
	gauthContactCenterModel
	Domain types.String `tfsdk:"domain"`
}

func (d *gauthContactCenterDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Authentication (GAuth) contact center by id (CCID) or by one of its " +
			"tenant domains.\n\n" +
			"API: `GET /environment/v3/contact-centers/{id}` or `GET /environment/v3/contact-centers`. " + credentialsRead,
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Contact center id (CCID) to look up. Exactly one of `id` and `domain`.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"domain": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "A tenant domain (what users type before `\\` when they log in) to look up, exact " +
					"and case-sensitive. Exactly one contact center must list it.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"domains": schema.SetAttribute{
				Computed: true, ElementType: types.StringType,
				MarkdownDescription: "Every tenant domain of the contact center.",
			},
			"environment_id": schema.StringAttribute{Computed: true, MarkdownDescription: "Id of the contact center's environment."},
			"auth":           schema.StringAttribute{Computed: true, MarkdownDescription: "How GAuth authenticates its users, such as `configServer`."},
		},
	}
}

func (d *gauthContactCenterDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("domain")),
	}
}

func (d *gauthContactCenterDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadOne(ctx, req, resp, "GAuth contact center", d.find,
		func(cc *gauth.ContactCenter) string { return cc.ID }, (*gauthContactCenterDataModel).fromAPI)
}

// find looks the contact center up by id, or by a domain among every contact center's.
func (d *gauthContactCenterDataSource) find(m *gauthContactCenterDataModel, _ *diag.Diagnostics) kit.Find[gauth.ContactCenter] {
	if !m.ID.IsNull() {
		return kit.FindByID("contact center", m.ID.ValueString(), "Check the id, or look the contact center up by domain.", d.Client.GetContactCenter)
	}
	domain := m.Domain.ValueString()
	return kit.Find[gauth.ContactCenter]{
		Lookup: kit.Lookup{Attr: path.Root("domain"), By: fmt.Sprintf("with the domain %q", domain),
			Hint: "Check the name (it is case-sensitive) or look the contact center up by id; logins in a domain two contact centers share are ambiguous."},
		What: "list contact centers",
		Matches: kit.Matching(d.Client.ListContactCenters,
			func(cc *gauth.ContactCenter) bool { return slices.Contains(cc.Domains, domain) }),
	}
}
