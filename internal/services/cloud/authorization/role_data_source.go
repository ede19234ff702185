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

var _ datasource.DataSourceWithConfigValidators = (*cloudRoleDataSource)(nil)

// NewCloudRoleDataSource is the genesys_cloud_role data source.
func NewCloudRoleDataSource() datasource.DataSource {
	return &cloudRoleDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_role"}}
}

type cloudRoleDataSource struct{ kit.CloudDataSource }

type cloudRoleDataModel struct {
	ID            types.String `tfsdk:"id"`
	Name          types.String `tfsdk:"name"`
	DefaultRoleID types.String `tfsdk:"default_role_id"`
	Description   types.String `tfsdk:"description"`
	Permissions   types.Set    `tfsdk:"permissions"`
}

func (d *cloudRoleDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Cloud authorization role by its exact name, or a built-in role by its " +
			"default role id (such as `employee`).\n\nAPI: `GET /api/v2/authorization/roles`. Permission: " + kit.Permissions(permRoleView) + ".",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "Role id."},
			"name": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Exact role name to look up (case-sensitive). Exactly one of `name` and `default_role_id`.",
			},
			"default_role_id": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Default role id of a built-in role, such as `employee` or `admin`.",
			},
			"description": schema.StringAttribute{Computed: true, MarkdownDescription: "Role description."},
			"permissions": schema.SetAttribute{
				Computed: true, ElementType: types.StringType,
				MarkdownDescription: "Simple (legacy) permissions of the role.",
			},
		},
	}
}

func (d *cloudRoleDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot("name"), path.MatchRoot("default_role_id")),
	}
}

func (d *cloudRoleDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadOne(ctx, req, resp, "Genesys Cloud role", d.find,
		func(r *genesyscloud.Role) string { return r.ID }, (*cloudRoleDataModel).fromAPI)
}

// find looks the role up by name, or a built-in role by its default role id.
func (d *cloudRoleDataSource) find(m *cloudRoleDataModel, _ *diag.Diagnostics) kit.Find[genesyscloud.Role] {
	if !m.Name.IsNull() {
		name := m.Name.ValueString()
		return kit.Find[genesyscloud.Role]{
			Lookup: kit.Lookup{By: fmt.Sprintf("named %q", name), Attr: path.Root("name"),
				Hint: "Check the name (it is case-sensitive), or look a built-in role up by default_role_id."},
			What: fmt.Sprintf("find the role named %q", name), Permission: permRoleView,
			// A role this run created may not show yet.
			Matches: kit.Named(d.Cloud.Settle, kit.KindRole, name, kit.ByID(d.Client.FindRoleByName, name)),
		}
	}
	id := m.DefaultRoleID.ValueString()
	return kit.Find[genesyscloud.Role]{
		Lookup: kit.Lookup{By: fmt.Sprintf("with the default role id %q", id), Attr: path.Root("default_role_id"),
			Hint: "Check the id (such as employee); the genesys_cloud_role resource documents the built-in roles."},
		What: fmt.Sprintf("find the built-in role %q", id), Permission: permRoleView,
		Matches: kit.ByID(d.Client.FindRoleByDefaultID, id),
	}
}

func (m *cloudRoleDataModel) fromAPI(ctx context.Context, role *genesyscloud.Role) diag.Diagnostics {
	m.ID = types.StringValue(role.ID)
	m.Name = types.StringValue(role.Name)
	m.DefaultRoleID = types.StringValue(role.DefaultRoleID)
	m.Description = types.StringValue(role.Description)
	var diags diag.Diagnostics
	m.Permissions = kit.SetOf(ctx, role.Permissions, &diags)
	return diags
}
