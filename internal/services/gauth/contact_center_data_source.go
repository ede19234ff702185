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

type gauthContactCenterDataModel struct {
	ID            types.String `tfsdk:"id"`
	Domain        types.String `tfsdk:"domain"`
	Domains       types.Set    `tfsdk:"domains"`
	EnvironmentID types.String `tfsdk:"environment_id"`
	Auth          types.String `tfsdk:"auth"`
}

func (d *gauthContactCenterDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Authentication (GAuth) contact center by id (CCID) or by one of its " +
			"tenant domains.\n\n" +
			"API: `GET /environment/v3/contact-centers/{id}` or `GET /environment/v3/contact-centers`. Credentials: " +
			"the provider's `gauth` `client_id`/`client_secret`, or the ops credentials.",
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
	var m gauthContactCenterDataModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if !m.ID.IsNull() {
		id := m.ID.ValueString()
		found, err := kit.LookupByID(ctx, d.Client.GetContactCenter, id)
		if err != nil {
			kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("read contact center %s", id), "", err)
			return
		}
		m.found(ctx, resp, kit.Lookup{Attr: path.Root("id"), By: fmt.Sprintf("with the id %q", id),
			Hint: "Check the id, or look the contact center up by domain."}, found)
		return
	}

	domain := m.Domain.ValueString()
	all, err := d.Client.ListContactCenters(ctx)
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, "list contact centers", "", err)
		return
	}
	var matches []gauth.ContactCenter
	for _, cc := range all {
		if slices.Contains(cc.Domains, domain) {
			matches = append(matches, cc)
		}
	}
	m.found(ctx, resp, kit.Lookup{Attr: path.Root("domain"), By: fmt.Sprintf("with the domain %q", domain),
		Hint: "Check the name (it is case-sensitive) or look the contact center up by id; logins in a domain two contact centers share are ambiguous."}, matches)
}

// found sets the state from the one contact center of a lookup, or reports none or several.
func (m *gauthContactCenterDataModel) found(ctx context.Context, resp *datasource.ReadResponse, l kit.Lookup, matches []gauth.ContactCenter) {
	l.Kind = "GAuth contact center"
	kit.SetOne(ctx, resp, l, matches, func(cc *gauth.ContactCenter) string { return cc.ID }, m, (*gauthContactCenterDataModel).fromAPI)
}

// fromAPI sets the looked-up attributes; domain, the lookup key, keeps its configured value.
func (m *gauthContactCenterDataModel) fromAPI(ctx context.Context, cc *gauth.ContactCenter) diag.Diagnostics {
	m.ID = types.StringValue(cc.ID)
	m.EnvironmentID = types.StringValue(cc.EnvironmentID)
	m.Auth = types.StringValue(cc.Auth)
	var diags diag.Diagnostics
	m.Domains, diags = types.SetValueFrom(ctx, types.StringType, kit.NonNil(cc.Domains))
	return diags
}
