package gauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ list.ListResourceWithConfigure = (*gauthEnvironmentList)(nil)

// NewGAuthEnvironmentList is the genesys_gauth_environment list resource (`terraform query`,
// Terraform 1.14 and later).
func NewGAuthEnvironmentList() list.ListResource { return &gauthEnvironmentList{} }

// gauthEnvironmentList embeds the resource it lists for its type name and its Configure.
type gauthEnvironmentList struct{ gauthEnvironmentResource }

type gauthEnvironmentListModel struct {
	Tenant types.String `tfsdk:"tenant"`
}

func (l *gauthEnvironmentList) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Lists the GAuth environments, each with its identity and, with `include_resource`, the " +
			"environment as `genesys_gauth_environment` stores it after an import (no password: GAuth never returns it).\n\n" +
			"API: `GET /environment/v3/environments`, one call. Credentials: the provider's `gauth` " +
			"`client_id`/`client_secret`, or the ops credentials.",
		Attributes: map[string]schema.Attribute{
			"tenant": schema.StringAttribute{
				Optional:            true,
				MarkdownDescription: "Keep only the environments of this tenant (exact match). Default: every environment.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
		},
	}
}

func (l *gauthEnvironmentList) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config gauthEnvironmentListModel
	if diags := req.Config.Get(ctx, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	environments := kit.OneCall(ctx, l.Client.ListEnvironments, func(e *gauth.Environment) bool {
		return config.Tenant.IsNull() || e.Tenant == config.Tenant.ValueString()
	})
	stream.Results = kit.ListResults(ctx, req, environments,
		func(diags *diag.Diagnostics, err error) { kit.AddAPIError(diags, "list environments", "", err) },
		func(ctx context.Context, e *gauth.Environment) kit.Listed {
			var m gauthEnvironmentModel
			diags := kit.ImportedModel(ctx, req, &m)
			m.fromAPI(e)
			return kit.Listed{ID: e.ID, DisplayName: e.AppName + " (" + e.Tenant + ")", Model: &m, Diagnostics: diags}
		})
}
