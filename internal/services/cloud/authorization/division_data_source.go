package authorization

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ datasource.DataSourceWithConfigValidators = (*cloudDivisionDataSource)(nil)

// NewCloudDivisionDataSource is the genesys_cloud_division data source.
func NewCloudDivisionDataSource() datasource.DataSource {
	return &cloudDivisionDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_division"}}
}

type cloudDivisionDataSource struct{ kit.CloudDataSource }

type cloudDivisionDataModel struct {
	ID          types.String `tfsdk:"id"`
	Name        types.String `tfsdk:"name"`
	Home        types.Bool   `tfsdk:"home"`
	Description types.String `tfsdk:"description"`
}

func (d *cloudDivisionDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Cloud division: the org's home division, or one by exact name.\n\n" +
			"API: `GET /api/v2/authorization/divisions`, `GET /api/v2/authorization/divisions/home`. No permission needed.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "Division id."},
			"name": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Exact division name to look up. Exactly one of `name` and `home`.",
			},
			"home": schema.BoolAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Set to `true` to look up the home division. On a lookup by name, whether that division is the home division.",
			},
			"description": schema.StringAttribute{Computed: true, MarkdownDescription: "Division description."},
		},
	}
}

func (d *cloudDivisionDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot("name"), path.MatchRoot("home")),
	}
}

func (d *cloudDivisionDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var m cloudDivisionDataModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var div *genesyscloud.Division
	switch {
	case !m.Name.IsNull():
		divisions, err := kit.LookupByID(ctx, d.Client.FindDivisionByName, m.Name.ValueString())
		if err != nil {
			kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("find the division named %q", m.Name.ValueString()), "", err)
			return
		}
		div = kit.One(&resp.Diagnostics, kit.Lookup{Kind: "Genesys Cloud division", Attr: path.Root("name"),
			By: fmt.Sprintf("named %q", m.Name.ValueString()), Hint: "Check the name (it is case-sensitive), or use home = true for the home division."},
			divisions, func(d *genesyscloud.Division) string { return d.ID })
		if div == nil {
			return
		}
	case m.Home.ValueBool():
		var err error
		div, err = d.Client.HomeDivision(ctx)
		if err != nil {
			kit.AddAPIError(&resp.Diagnostics, "read the home division", "", err)
			return
		}
	default:
		resp.Diagnostics.AddAttributeError(path.Root("home"), "Nothing To Look Up",
			"home = false selects nothing: set home = true for the home division, or name to look one up by name.")
		return
	}
	m.ID = types.StringValue(div.ID)
	m.Name = types.StringValue(div.Name)
	m.Home = types.BoolValue(div.HomeDivision)
	m.Description = types.StringValue(div.Description)
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
