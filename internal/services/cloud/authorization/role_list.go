package authorization

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type cloudRoleListModel struct {
	NamePrefix     types.String `tfsdk:"name_prefix"`
	IncludeBuiltIn types.Bool   `tfsdk:"include_built_in"`
}

// NewCloudRoleList is the genesys_cloud_role list resource (`terraform query`, Terraform 1.14 and
// later). A listed role goes through the resource's own conversion, so that it is the one the
// resource's Read stores.
func NewCloudRoleList() list.ListResource {
	r := newCloudRoleResource()
	return &kit.ListResource[cloudRoleListModel, genesyscloud.Role, cloudRoleModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the org's Genesys Cloud authorization roles, each with its identity and, with " +
				"`include_resource`, the role as `genesys_cloud_role` stores it after an import.\n\n" +
				"API: `GET /api/v2/authorization/roles`, read 500 roles a page. Permission: " + kit.Permissions(permRoleView) + ".",
			Attributes: map[string]schema.Attribute{
				"name_prefix": kit.ListFilter("Keep only the roles whose name starts with this (case-sensitive). Default: every role."),
				"include_built_in": schema.BoolAttribute{
					Optional: true,
					MarkdownDescription: "Include the built-in roles (Master Admin, Employee, ...), which every org has and a " +
						"configuration adopts by `default_role_id`. Default: `false`.",
				},
			},
		},
		Objects: func(ctx context.Context, config cloudRoleListModel) iter.Seq2[*genesyscloud.Role, error] {
			return listRoles(ctx, r.Client, roleFilter{NamePrefix: config.NamePrefix.ValueString(), IncludeBuiltIn: config.IncludeBuiltIn.ValueBool()})
		},
		What: "list roles", Permission: permRoleView,
		Listed:  func(role *genesyscloud.Role) (string, string) { return role.ID, role.Name },
		FromAPI: r.stateFromAPI,
	}
}
