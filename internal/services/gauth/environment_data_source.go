package gauth

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework-validators/datasourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ datasource.DataSourceWithConfigValidators = (*gauthEnvironmentDataSource)(nil)

// NewGAuthEnvironmentDataSource is the genesys_gauth_environment data source.
func NewGAuthEnvironmentDataSource() datasource.DataSource {
	return &gauthEnvironmentDataSource{kit.GAuthDataSource{DataSourceTypeName: "gauth_environment"}}
}

type gauthEnvironmentDataSource struct{ kit.GAuthDataSource }

// gauthEnvironmentDataModel holds the environment's attributes except its password, which GAuth
// never returns.
type gauthEnvironmentDataModel struct {
	ID                 types.String             `tfsdk:"id"`
	Tenant             types.String             `tfsdk:"tenant"`
	AppName            types.String             `tfsdk:"app_name"`
	Username           types.String             `tfsdk:"username"`
	ConnectionProtocol types.String             `tfsdk:"connection_protocol"`
	LocalTimeout       types.Int64              `tfsdk:"local_timeout"`
	RemoteTimeout      types.Int64              `tfsdk:"remote_timeout"`
	TraceMode          types.String             `tfsdk:"trace_mode"`
	TLSEnabled         types.Bool               `tfsdk:"tls_enabled"`
	ConfigServers      []gauthConfigServerModel `tfsdk:"config_servers"`
}

func (d *gauthEnvironmentDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Looks up a Genesys Authentication (GAuth) environment, the Configuration Server connection of " +
			"a tenant, by id or by its Configuration Server tenant name (narrowed by `app_name` when several " +
			"environments serve the same tenant). The password is never available here.\n\n" +
			"API: `GET /environment/v3/environments/{id}` or `GET /environment/v3/environments`. " + credentialsRead,
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Environment id to look up. Exactly one of `id` and `tenant`.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"tenant": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Configuration Server (CME) tenant name to look up, exact and case-sensitive. " +
					"Exactly one environment must match.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"app_name": schema.StringAttribute{
				Optional: true, Computed: true,
				MarkdownDescription: "Configuration Server client application name (such as `Cloud`). With `tenant`, " +
					"narrows the lookup to the environment using this application; not allowed with `id`.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"username":            schema.StringAttribute{Computed: true, MarkdownDescription: "Configuration Server user GAuth connects as."},
			"connection_protocol": schema.StringAttribute{Computed: true, MarkdownDescription: "Connection protocol, such as `addp`."},
			"local_timeout":       schema.Int64Attribute{Computed: true, MarkdownDescription: "ADDP local timeout, in seconds."},
			"remote_timeout":      schema.Int64Attribute{Computed: true, MarkdownDescription: "ADDP remote timeout, in seconds."},
			"trace_mode":          schema.StringAttribute{Computed: true, MarkdownDescription: "ADDP trace mode, such as `CFGTMBoth`."},
			"tls_enabled":         schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether GAuth connects to Configuration Server over TLS."},
			"config_servers": schema.ListNestedAttribute{
				Computed:            true,
				MarkdownDescription: "The Configuration Servers of the environment.",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"primary_address": schema.StringAttribute{Computed: true, MarkdownDescription: "Host of the primary Configuration Server."},
					"primary_port":    schema.Int64Attribute{Computed: true, MarkdownDescription: "Port of the primary Configuration Server."},
					"backup_address":  schema.StringAttribute{Computed: true, MarkdownDescription: "Host of the backup Configuration Server; null when none."},
					"backup_port":     schema.Int64Attribute{Computed: true, MarkdownDescription: "Port of the backup Configuration Server; null when none."},
					"read_only":       schema.BoolAttribute{Computed: true, MarkdownDescription: "Whether GAuth only reads from this Configuration Server."},
					"locations":       schema.StringAttribute{Computed: true, MarkdownDescription: "Location path the server serves, such as `/USW1`; null when none."},
				}},
			},
		},
	}
}

func (d *gauthEnvironmentDataSource) ConfigValidators(context.Context) []datasource.ConfigValidator {
	return []datasource.ConfigValidator{
		datasourcevalidator.ExactlyOneOf(path.MatchRoot("id"), path.MatchRoot("tenant")),
		datasourcevalidator.Conflicting(path.MatchRoot("id"), path.MatchRoot("app_name")),
	}
}

func (d *gauthEnvironmentDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	kit.ReadOne(ctx, req, resp, "GAuth environment", d.find,
		func(e *gauth.Environment) string { return e.ID }, (*gauthEnvironmentDataModel).fromAPI)
}

// find looks the environment up by id, or by its tenant (and application) among every
// environment.
func (d *gauthEnvironmentDataSource) find(m *gauthEnvironmentDataModel, _ *diag.Diagnostics) kit.Find[gauth.Environment] {
	if !m.ID.IsNull() {
		return kit.FindByID("environment", m.ID.ValueString(), "Check the id, or look the environment up by tenant.", d.Client.GetEnvironment)
	}
	tenant, appName := m.Tenant.ValueString(), m.AppName
	l := kit.Lookup{Attr: path.Root("tenant"), By: fmt.Sprintf("with the tenant %q", tenant),
		Hint: "Check the name (it is case-sensitive), add app_name to tell environments apart, or look the environment up by id."}
	if !appName.IsNull() {
		l.By += fmt.Sprintf(" and the application %q", appName.ValueString())
	}
	return kit.Find[gauth.Environment]{Lookup: l, What: "list environments",
		Matches: kit.Matching(d.Client.ListEnvironments, func(e *gauth.Environment) bool {
			return e.Tenant == tenant && (appName.IsNull() || e.AppName == appName.ValueString())
		}),
	}
}

// fromAPI sets every attribute, as the resource stores them: through the resource's own
// conversion, less the password, which GAuth never returns.
func (m *gauthEnvironmentDataModel) fromAPI(ctx context.Context, e *gauth.Environment) diag.Diagnostics {
	var rm gauthEnvironmentModel
	diags := rm.fromAPI(ctx, e)
	*m = gauthEnvironmentDataModel{
		ID: rm.ID, Tenant: rm.Tenant, AppName: rm.AppName, Username: rm.Username, ConnectionProtocol: rm.ConnectionProtocol,
		LocalTimeout: rm.LocalTimeout, RemoteTimeout: rm.RemoteTimeout, TraceMode: rm.TraceMode, TLSEnabled: rm.TLSEnabled,
		ConfigServers: rm.ConfigServers,
	}
	return diags
}
