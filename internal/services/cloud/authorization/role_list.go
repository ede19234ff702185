package authorization

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*cloudRoleList)(nil)

// NewCloudRoleList is the genesys_cloud_role list resource (`terraform query`, Terraform 1.14 and
// later).
func NewCloudRoleList() list.ListResource { return &cloudRoleList{} }

// cloudRoleList embeds the resource it lists for its type name, its Configure and its conversion
// of a role, so that a listed role is the one the resource's Read stores.
type cloudRoleList struct{ cloudRoleResource }

type cloudRoleListModel struct {
	NamePrefix     types.String `tfsdk:"name_prefix"`
	IncludeBuiltIn types.Bool   `tfsdk:"include_built_in"`
}

func (l *cloudRoleList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the org's Genesys Cloud authorization roles, each with its identity and, with " +
			"`include_resource`, the role as `genesys_cloud_role` stores it after an import.\n\n" +
			"API: `GET /api/v2/authorization/roles`, read 500 roles a page. Permission: " + kit.Permissions(permRoleView) + ".",
		Attributes: map[string]schema.Attribute{
			"name_prefix": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Keep only the roles whose name starts with this (case-sensitive). Default: every role.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"include_built_in": schema.BoolAttribute{
				Optional: true,
				MarkdownDescription: "Include the built-in roles (Master Admin, Employee, ...), which every org has and a " +
					"configuration adopts by `default_role_id`. Default: `false`.",
			},
		},
	}
}

func (l *cloudRoleList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config cloudRoleListModel
	if diags := req.Config.Get(ctx, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	filter := roleFilter{NamePrefix: config.NamePrefix.ValueString(), IncludeBuiltIn: config.IncludeBuiltIn.ValueBool()}
	stream.Results = kit.ListResults(ctx, req, listRoles(ctx, l.Client, filter),
		func(diags *diag.Diagnostics, err error) { kit.AddAPIError(diags, "list roles", permRoleView, err) },
		func(ctx context.Context, role *genesyscloud.Role) kit.Listed {
			var m cloudRoleModel
			diags := kit.ImportedModel(ctx, req, &m)
			diags.Append(l.fromAPIKeeping(ctx, &m, role)...)
			return kit.Listed{ID: role.ID, DisplayName: role.Name, Model: &m, Diagnostics: diags}
		})
}
