package authorization

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
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
	kit.ReadOne(ctx, req, resp, "Genesys Cloud division", d.find,
		func(d *genesyscloud.Division) string { return d.ID }, (*cloudDivisionDataModel).fromAPI)
}

// find looks the division up by name, or reads the home division.
func (d *cloudDivisionDataSource) find(m *cloudDivisionDataModel, diags *diag.Diagnostics) kit.Find[genesyscloud.Division] {
	switch {
	case !m.Name.IsNull():
		name := m.Name.ValueString()
		return kit.Find[genesyscloud.Division]{
			Lookup: kit.Lookup{Attr: path.Root("name"), By: fmt.Sprintf("named %q", name),
				Hint: "Check the name (it is case-sensitive), or use home = true for the home division."},
			What:    fmt.Sprintf("find the division named %q", name),
			Matches: kit.ByID(d.Client.FindDivisionByName, name),
		}
	case m.Home.ValueBool():
		return kit.Find[genesyscloud.Division]{What: "read the home division",
			Matches: func(ctx context.Context) ([]genesyscloud.Division, error) {
				div, err := d.Client.HomeDivision(ctx)
				if err != nil {
					return nil, err
				}
				return []genesyscloud.Division{*div}, nil
			},
		}
	default:
		diags.AddAttributeError(path.Root("home"), "Nothing To Look Up",
			"home = false selects nothing: set home = true for the home division, or name to look one up by name.")
		return kit.Find[genesyscloud.Division]{}
	}
}

func (m *cloudDivisionDataModel) fromAPI(_ context.Context, div *genesyscloud.Division) diag.Diagnostics {
	m.ID = types.StringValue(div.ID)
	m.Name = types.StringValue(div.Name)
	m.Home = types.BoolValue(div.HomeDivision)
	m.Description = types.StringValue(div.Description)
	return nil
}
