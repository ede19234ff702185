package authorization

import (
	"context"
	"fmt"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// NewCloudPermissionsDataSource is the genesys_cloud_permissions data source.
func NewCloudPermissionsDataSource() datasource.DataSource {
	return &cloudPermissionsDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_permissions"}}
}

type cloudPermissionsDataSource struct{ kit.CloudDataSource }

type cloudPermissionsDataModel struct {
	ID          types.String          `tfsdk:"id"`
	Domain      types.String          `tfsdk:"domain"`
	Permissions []permissionDataModel `tfsdk:"permissions"`
}

type permissionDataModel struct {
	EntityType       types.String `tfsdk:"entity_type"`
	Action           types.String `tfsdk:"action"`
	Label            types.String `tfsdk:"label"`
	AllowsConditions types.Bool   `tfsdk:"allows_conditions"`
	DivisionAware    types.Bool   `tfsdk:"division_aware"`
}

func (d *cloudPermissionsDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "The permission catalogue of one domain: every entity and action a role's permission policies " +
			"can grant there, and whether each accepts conditions.\n\n" +
			"API: `GET /api/v2/authorization/permissions?queryType=domain`. No permission needed.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{Computed: true, MarkdownDescription: "The domain."},
			"domain": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Permission domain, such as `routing` or `analytics`.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"permissions": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The domain's permissions, sorted by entity type and action.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"entity_type":       schema.StringAttribute{Computed: true, MarkdownDescription: "Entity, the policy's `entity_name`."},
					"action":            schema.StringAttribute{Computed: true, MarkdownDescription: "Action, an element of the policy's `action_set`."},
					"label":             schema.StringAttribute{Computed: true, MarkdownDescription: "Human-readable label."},
					"allows_conditions": schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether policies with this permission accept `conditions`."},
					"division_aware":    schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether the permission is granted per division."},
				}},
			},
		},
	}
}

func (d *cloudPermissionsDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadData(ctx, req, resp, func(m *cloudPermissionsDataModel, diags *diag.Diagnostics) {
		perms, err := d.Client.ListPermissions(ctx, m.Domain.ValueString())
		if err != nil {
			kit.AddAPIError(diags, fmt.Sprintf("list the permissions of domain %q", m.Domain.ValueString()), "", err)
			return
		}
		m.ID = m.Domain
		m.Permissions = make([]permissionDataModel, 0, len(perms))
		for _, p := range perms {
			m.Permissions = append(m.Permissions, permissionDataModel{
				EntityType:       types.StringValue(p.EntityType),
				Action:           types.StringValue(p.Action),
				Label:            types.StringValue(p.Label),
				AllowsConditions: types.BoolValue(p.AllowsConditions),
				DivisionAware:    types.BoolValue(p.DivisionAware),
			})
		}
	})
}
