package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// gauthTraceModes are the Configuration Server CfgTraceMode values (CONTRACT.md B.4).
var gauthTraceModes = []string{"CFGTMNoTraceMode", "CFGTMNone", "CFGTMLocal", "CFGTMRemote", "CFGTMBoth"}

// Defaults of an environment, from the GAuth provisioning examples.
const (
	defaultConnectionProtocol = "addp"
	defaultLocalTimeout       = 60
	defaultRemoteTimeout      = 90
	defaultTraceMode          = "CFGTMBoth"
)

func gauthEnvironmentSchema() schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Genesys Authentication (GAuth) environment: the Configuration Server connection through " +
			"which GAuth reads a tenant's users. Contact centers (`genesys_gauth_contact_center`) refer to it by id.\n\n" +
			"The Configuration Server password is never returned by GAuth, so Terraform cannot detect a change made " +
			"outside it. Set it with `password` (kept in the state, sensitive) or with the write-only `password_wo` " +
			"(never stored; Terraform 1.11 or later), and change `password_wo_version` to send a new one. The configured " +
			"password is sent when the environment is created and on every update, even one that changes only the " +
			"tenant (real-org rule R8): no public source says whether GAuth merges an environment `PUT` or replaces " +
			"the environment with it, and a replacing `PUT` without the password would clear it and cut GAuth off " +
			"from Configuration Server. A password changed outside Terraform is therefore put back at the next " +
			"update. A configuration without either, even one whose value turns out null only at apply time, is " +
			"refused before anything is sent. After " +
			"`terraform import genesys_gauth_environment.example <id>` the state has no password, and the next apply " +
			"sends the configured `password` (or `password_wo`, when `password_wo_version` is set).\n\n" +
			"API: `POST/GET/PUT/DELETE /environment/v3/environments`. " + credentialsInternalClient,
		Attributes: map[string]schema.Attribute{
			"id": kit.ChosenIDAttribute("Environment id, a UUID. Usually chosen by you (the provisioning guide uses the contact "+
				"center id); when omitted, Terraform generates a random one. Changing it replaces the environment.",
				stringvalidator.RegexMatches(uuidPattern, "must be a UUID")),
			"username": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Configuration Server user GAuth connects as, such as `default`.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"password": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "Password of the Configuration Server user, kept in the state. Exactly one of `password` " +
					"and `password_wo` is required.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"password_wo": schema.StringAttribute{
				Optional:  true,
				WriteOnly: true,
				MarkdownDescription: "Password of the Configuration Server user as a write-only value: sent to GAuth but never " +
					"stored in the plan or state (Terraform 1.11 or later). It is sent on create and on every update; changing " +
					"only this value plans no update, so change `password_wo_version` to send it now.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"password_wo_version": schema.Int64Attribute{
				Optional:            true,
				MarkdownDescription: "Any number; change it to send the current `password_wo` to GAuth. Requires `password_wo`.",
				Validators:          []validator.Int64{int64validator.AlsoRequires(path.MatchRoot("password_wo"))},
			},
			"connection_protocol": schema.StringAttribute{
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString(defaultConnectionProtocol),
				MarkdownDescription: "Connection protocol to Configuration Server; `addp` turns on ADDP keep-alive with the timeouts below. Default: `addp`.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"local_timeout": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(defaultLocalTimeout),
				MarkdownDescription: "ADDP local timeout in seconds: how long GAuth waits for Configuration Server to answer a keep-alive. 1 to 2147483647. Default: 60.",
				Validators:          []validator.Int64{kit.TimeoutValidator()},
			},
			"remote_timeout": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(defaultRemoteTimeout),
				MarkdownDescription: "ADDP remote timeout in seconds: how long Configuration Server waits for GAuth. 1 to 2147483647. Default: 90.",
				Validators:          []validator.Int64{kit.TimeoutValidator()},
			},
			"app_name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Name of the Configuration Server client application GAuth connects as, such as `Cloud`: at most 255 characters, not blank, no control characters.",
				Validators:          kit.NameValidators(),
			},
			"tenant": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Configuration Server (CME) tenant whose users GAuth authenticates, such as `Environment`: at most 255 characters, not blank, no control characters.",
				Validators:          kit.NameValidators(),
			},
			"tls_enabled": schema.BoolAttribute{
				Optional:            true,
				Computed:            true,
				Default:             booldefault.StaticBool(false),
				MarkdownDescription: "Whether GAuth connects to Configuration Server over TLS. Default: `false`.",
			},
			"trace_mode": schema.StringAttribute{
				Optional: true,
				Computed: true,
				Default:  stringdefault.StaticString(defaultTraceMode),
				MarkdownDescription: "Configuration Server trace mode of the connection: `CFGTMNoTraceMode`, `CFGTMNone`, " +
					"`CFGTMLocal`, `CFGTMRemote` or `CFGTMBoth`. Default: `CFGTMBoth`.",
				Validators: []validator.String{stringvalidator.OneOf(gauthTraceModes...)},
			},
			"config_servers": schema.ListNestedAttribute{
				Required:            true,
				MarkdownDescription: "Configuration Servers GAuth connects to, one entry per primary/backup pair. At least one.",
				Validators:          []validator.List{listvalidator.SizeAtLeast(1)},
				NestedObject:        schema.NestedAttributeObject{Attributes: configServerSchema()},
			},
		},
	}
}

func configServerSchema() map[string]schema.Attribute {
	port := int64validator.Between(1, 65535)
	return map[string]schema.Attribute{
		"primary_address": schema.StringAttribute{
			Required:            true,
			MarkdownDescription: "Host name or IP address of the primary Configuration Server.",
			Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
		},
		"primary_port": schema.Int64Attribute{
			Required:            true,
			MarkdownDescription: "Port of the primary Configuration Server, 1 to 65535 (often 8888).",
			Validators:          []validator.Int64{port},
		},
		"backup_address": schema.StringAttribute{
			Optional:            true,
			MarkdownDescription: "Host name or IP address of the backup Configuration Server. Set together with `backup_port`. Default: no backup.",
			Validators: []validator.String{
				stringvalidator.LengthAtLeast(1),
				stringvalidator.AlsoRequires(path.MatchRelative().AtParent().AtName("backup_port")),
			},
		},
		"backup_port": schema.Int64Attribute{
			Optional:            true,
			MarkdownDescription: "Port of the backup Configuration Server, 1 to 65535. Set together with `backup_address`.",
			Validators: []validator.Int64{
				port,
				int64validator.AlsoRequires(path.MatchRelative().AtParent().AtName("backup_address")),
			},
		},
		"read_only": schema.BoolAttribute{
			Optional:            true,
			Computed:            true,
			Default:             booldefault.StaticBool(false),
			MarkdownDescription: "Whether GAuth only reads from this Configuration Server (a replica in another region). Default: `false`.",
		},
		"locations": schema.StringAttribute{
			Optional:            true,
			MarkdownDescription: "Location (region) path the server serves, such as `/USW1`. Default: none.",
			Validators:          []validator.String{gauthLocationValidator()},
		},
	}
}
