package gauth

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthEnvironmentListModel struct {
	Tenant types.String `tfsdk:"tenant"`
}

// NewGAuthEnvironmentList is the genesys_gauth_environment list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthEnvironmentList() list.ListResource {
	r := newGAuthEnvironmentResource()
	return &kit.ListResource[gauthEnvironmentListModel, gauth.Environment, gauthEnvironmentModel]{
		Resource: r,
		Schema: schema.Schema{
			MarkdownDescription: "Lists the GAuth environments, each with its identity and, with `include_resource`, the " +
				"environment as `genesys_gauth_environment` stores it after an import (no password: GAuth never returns it).\n\n" +
				"API: `GET /environment/v3/environments`, one call. Credentials: the provider's `gauth` " +
				"`client_id`/`client_secret`, or the ops credentials.",
			Attributes: map[string]schema.Attribute{
				"tenant": kit.ListFilter("Keep only the environments of this tenant (exact match). Default: every environment."),
			},
		},
		Objects: func(ctx context.Context, config gauthEnvironmentListModel) iter.Seq2[*gauth.Environment, error] {
			return kit.OneCall(ctx, r.Client.ListEnvironments, func(e *gauth.Environment) bool {
				return config.Tenant.IsNull() || e.Tenant == config.Tenant.ValueString()
			})
		},
		What:    "list environments",
		Listed:  func(e *gauth.Environment) (string, string) { return e.ID, e.AppName + " (" + e.Tenant + ")" },
		FromAPI: (*gauthEnvironmentModel).fromAPI,
	}
}
