package authorization

import (
	"context"
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
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
	var m cloudRoleDataModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() {
		return
	}
	var roles []genesyscloud.Role
	var l kit.Lookup
	var err error
	if !m.Name.IsNull() {
		l = kit.Lookup{By: fmt.Sprintf("named %q", m.Name.ValueString()), Attr: path.Root("name"),
			Hint: "Check the name (it is case-sensitive), or look a built-in role up by default_role_id."}
		err = d.Cloud.Settle.Lookup(ctx, kit.KindRole, m.Name.ValueString(), func(ctx context.Context) error {
			roles, err = kit.LookupByID(ctx, d.Client.FindRoleByName, m.Name.ValueString())
			if err == nil && len(roles) == 0 {
				return kit.ErrNoneNamed // a role this run created may not show yet
			}
			return err
		})
		if errors.Is(err, kit.ErrNoneNamed) {
			err = nil
		}
		if err != nil {
			kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("find the role named %q", m.Name.ValueString()), permRoleView, err)
			return
		}
	} else {
		l = kit.Lookup{By: fmt.Sprintf("with the default role id %q", m.DefaultRoleID.ValueString()), Attr: path.Root("default_role_id"),
			Hint: "Check the id (such as employee); the genesys_cloud_role resource documents the built-in roles."}
		roles, err = kit.LookupByID(ctx, d.Client.FindRoleByDefaultID, m.DefaultRoleID.ValueString())
		if err != nil {
			kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("find the built-in role %q", m.DefaultRoleID.ValueString()), permRoleView, err)
			return
		}
	}
	l.Kind = "Genesys Cloud role"
	role := kit.One(&resp.Diagnostics, l, roles, func(r *genesyscloud.Role) string { return r.ID })
	if role == nil {
		return
	}
	m.ID = types.StringValue(role.ID)
	m.Name = types.StringValue(role.Name)
	m.DefaultRoleID = types.StringValue(role.DefaultRoleID)
	m.Description = types.StringValue(role.Description)
	perms, diags := types.SetValueFrom(ctx, types.StringType, kit.NonNil(role.Permissions))
	resp.Diagnostics.Append(diags...)
	m.Permissions = perms
	resp.Diagnostics.Append(resp.State.Set(ctx, &m)...)
}
