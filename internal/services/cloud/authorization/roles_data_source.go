package authorization

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ datasource.DataSourceWithConfigure = (*cloudRolesDataSource)(nil)

// NewCloudRolesDataSource is the genesys_cloud_roles data source.
func NewCloudRolesDataSource() datasource.DataSource {
	return &cloudRolesDataSource{kit.CloudDataSource{DataSourceTypeName: "cloud_roles"}}
}

type cloudRolesDataSource struct{ kit.CloudDataSource }

type cloudRolesDataModel struct {
	NamePrefix     types.String      `tfsdk:"name_prefix"`
	IncludeBuiltIn types.Bool        `tfsdk:"include_built_in"`
	Roles          []listedRoleModel `tfsdk:"roles"`
}

// listedRoleModel is a role as the genesys_cloud_role resource stores it after an import, less
// what the resource computes itself (effective_permissions): the arguments a resource needs to
// reproduce the role with an empty plan.
type listedRoleModel struct {
	ID                 types.String `tfsdk:"id"`
	Name               types.String `tfsdk:"name"`
	Description        types.String `tfsdk:"description"`
	DefaultRoleID      types.String `tfsdk:"default_role_id"`
	Permissions        types.Set    `tfsdk:"permissions"`
	PermissionPolicies types.Set    `tfsdk:"permission_policies"`
}

func (d *cloudRolesDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the org's Genesys Cloud authorization roles, optionally those whose name starts with a " +
			"prefix. Each role carries the values the `genesys_cloud_role` resource stores for it, so `import` blocks " +
			"and a resource with `for_each` over `roles` adopt the roles with an empty plan afterwards (see the example).\n\n" +
			"Built-in roles (Master Admin, Employee, ...) are left out unless `include_built_in` is true: every org " +
			"has them, so a configuration adopts them by `default_role_id` rather than creating them.\n\n" +
			"The list is what the API shows: a role created moments ago may not show yet (Genesys Cloud is " +
			"eventually consistent), so adopt what existed before the run.\n\n" +
			"API: `GET /api/v2/authorization/roles`, read 500 roles a page. Permission: " + kit.Permissions(permRoleView) + ".",
		Attributes: map[string]schema.Attribute{
			"name_prefix": kit.DataSourceFilter("Keep only the roles whose name starts with this (case-sensitive). Default: every role."),
			"include_built_in": schema.BoolAttribute{
				Optional:            true,
				MarkdownDescription: "Include the built-in roles, each with its `default_role_id`. Default: `false`.",
			},
			"roles": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The roles, by name.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"id":   schema.StringAttribute{Computed: true, MarkdownDescription: "Role id: the id to import."},
					"name": schema.StringAttribute{Computed: true, MarkdownDescription: "Role name, unique in the org."},
					"description": schema.StringAttribute{
						Computed:            true,
						MarkdownDescription: "Description; null when the role has none, as the resource stores it.",
					},
					"default_role_id": schema.StringAttribute{
						Computed:            true,
						MarkdownDescription: "Default role id of a built-in role (such as `employee`); null for the org's own roles.",
					},
					"permissions": schema.SetAttribute{
						Computed: true, ElementType: types.StringType,
						MarkdownDescription: "Simple (legacy) permissions.",
					},
					"permission_policies": schema.SetNestedAttribute{
						Computed: true,
						MarkdownDescription: "Permission policies as Genesys Cloud stores them (wildcards expanded), in the " +
							"form of the resource's `permission_policies`.",
						NestedObject: schema.NestedAttributeObject{Attributes: listedPolicySchema()},
					},
				}},
			},
		},
	}
}

// listedPolicySchema is permissionPolicySchema read back: the same attributes, all computed.
func listedPolicySchema() map[string]schema.Attribute {
	str := func(doc string) schema.StringAttribute {
		return schema.StringAttribute{Computed: true, MarkdownDescription: doc}
	}
	return map[string]schema.Attribute{
		"domain":      str("Permission domain."),
		"entity_name": str("Entity within the domain."),
		"action_set":  schema.SetAttribute{Computed: true, ElementType: types.StringType, MarkdownDescription: "Actions granted."},
		"conditions": schema.SingleNestedAttribute{
			Computed:            true,
			MarkdownDescription: "Conditions narrowing the policy; null when it has none.",
			Attributes: map[string]schema.Attribute{
				"conjunction": str("`AND` or `OR`."),
				"terms": schema.ListNestedAttribute{
					Computed:            true,
					MarkdownDescription: "The conditions.",
					NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
						"variable_name": str("Variable the condition tests."),
						"operator":      str("Comparison."),
						"operands": schema.ListNestedAttribute{
							Computed:            true,
							MarkdownDescription: "Values compared with the variable.",
							NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
								"type":     str("Operand type."),
								"value":    str("Value of a `SCALAR` or `VARIABLE` operand."),
								"user_id":  str("User id of a `USER` operand."),
								"queue_id": str("Queue id of a `QUEUE` operand."),
								"team_id":  str("Team id of a `TEAM` operand."),
							}},
						},
					}},
				},
			},
		},
	}
}

func (d *cloudRolesDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadData(ctx, req, resp, func(m *cloudRolesDataModel, diags *diag.Diagnostics) {
		filter := roleFilter{NamePrefix: m.NamePrefix.ValueString(), IncludeBuiltIn: m.IncludeBuiltIn.ValueBool()}
		m.Roles = kit.Listed(diags, listRoles(ctx, d.Client, filter), "list roles", permRoleView,
			func(role *genesyscloud.Role) (listedRoleModel, diag.Diagnostics) {
				// The resource's own conversion, from an import's empty prior state: the values it stores.
				var rm cloudRoleModel
				diags := rm.fromAPI(ctx, role)
				return listedRoleModel{
					ID: rm.ID, Name: rm.Name, Description: rm.Description, DefaultRoleID: rm.DefaultRoleID,
					Permissions: rm.Permissions, PermissionPolicies: rm.PermissionPolicies,
				}, diags
			},
			func(l *listedRoleModel) (string, string) { return l.Name.ValueString(), l.ID.ValueString() })
	})
}
