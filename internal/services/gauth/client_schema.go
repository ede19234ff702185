package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/booldefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Grant types GAuth knows (CONTRACT.md B.3). GAuth adds the last two to every client it creates.
//
//nolint:gosec // G101: OAuth grant type URNs, not credentials.
const (
	grantTokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange"
	grantJWTBearer     = "urn:ietf:params:oauth:grant-type:jwt-bearer"
)

var (
	gauthGrantTypes = []string{
		"client_credentials", "authorization_code", "refresh_token", "password", "implicit",
		grantTokenExchange, grantJWTBearer,
	}
	gauthClientTypes = []string{"CONFIDENTIAL", "PUBLIC"}
)

// gauthDefaultTokenTimeout is the token lifetime, in seconds, the GAuth provisioning guide uses.
const gauthDefaultTokenTimeout = 43200

func gauthClientSchema() schema.Schema {
	emptyStrings := setdefault.StaticValue(types.SetValueMust(types.StringType, []attr.Value{}))
	return schema.Schema{
		MarkdownDescription: "A Genesys Authentication (GAuth) API client of Genesys Multicloud CX private edition: the " +
			"OAuth client that services and integrations use at `/auth/v3/oauth/token`. A client with the " +
			"`ROLE_INTERNAL_CLIENT` authority and the `client_credentials` grant can call the environment API.\n\n" +
			"The client secret is chosen by you and never returned by GAuth. Set it with `client_secret` (kept in the " +
			"state, sensitive) or with the write-only `client_secret_wo` (never stored; Terraform 1.11 or later), and " +
			"change `client_secret_wo_version` to send a new one. The secret is sent when the client is created and " +
			"when it changes, never on other updates.\n\n" +
			"Import with the `client_id`: `terraform import genesys_gauth_client.example my_client`. The secret cannot " +
			"be read back, so after import the state has none and the next plan shows an in-place update that sends " +
			"the configured `client_secret` (or `client_secret_wo`, when `client_secret_wo_version` is set); apply it " +
			"to make GAuth and the configuration agree.\n\n" +
			"API: `POST/GET/PUT/DELETE /auth/v3/ops/clients`. Credentials: the ops Basic credentials " +
			"(`ops_username` and `ops_password` of the provider's `gauth` block).\n\n" +
			gauthClientRealOrgRules,
		Attributes: map[string]schema.Attribute{
			"id": kit.IDAttribute("Same as `client_id`."),
			"client_id": schema.StringAttribute{
				Required: true,
				MarkdownDescription: "OAuth client id, chosen by you and unique in GAuth; it is the user name of the client's " +
					"Basic credentials at the token endpoint, and part of the API paths: no `/ ? # % :`, spaces or control characters. " +
					"Changing it replaces the client.",
				Validators:    []validator.String{stringvalidator.LengthBetween(1, kit.MaxNameLength), gauthClientIDValidator()},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Display name of the client: at most 255 characters, not blank, no control characters.",
				Validators:          kit.NameValidators(),
			},
			"description": kit.DescriptionAttribute(),
			"client_type": schema.StringAttribute{
				Optional:            true,
				Computed:            true,
				Default:             stringdefault.StaticString("CONFIDENTIAL"),
				MarkdownDescription: "`CONFIDENTIAL` (the client keeps its secret, as servers do) or `PUBLIC` (browser and mobile apps). Default: `CONFIDENTIAL`.",
				Validators:          []validator.String{stringvalidator.OneOf(gauthClientTypes...)},
			},
			"internal_client": schema.BoolAttribute{
				Optional:            true,
				Computed:            true,
				Default:             booldefault.StaticBool(false),
				MarkdownDescription: "Whether the client is a Genesys service (internal) client rather than a third-party application. Default: `false`.",
			},
			"authorities": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             emptyStrings,
				MarkdownDescription: "Authorities granted to the client, such as `ROLE_INTERNAL_CLIENT` (needed to call the environment API) or `ROLE_MANAGEMENT_APPLICATION`. Default: none.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
			},
			"scopes": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             setdefault.StaticValue(types.SetValueMust(types.StringType, []attr.Value{types.StringValue("*")})),
				MarkdownDescription: "OAuth scopes; GAuth supports only `*`. Default: `[\"*\"]`.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(gauthScopeValidator())},
			},
			"authorized_grant_types": schema.SetAttribute{
				ElementType: types.StringType,
				Required:    true,
				MarkdownDescription: "OAuth grants the client may use, at least one of: `client_credentials`, `authorization_code`, " +
					"`refresh_token`, `password`, `implicit`, `" + grantTokenExchange + "`, `" + grantJWTBearer + "`. " +
					"GAuth may add the last two to every client on its own; they are tracked only when configured.",
				Validators: []validator.Set{
					setvalidator.SizeAtLeast(1),
					setvalidator.ValueStringsAre(stringvalidator.OneOf(gauthGrantTypes...)),
				},
			},
			"redirect_uris": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             emptyStrings,
				MarkdownDescription: "Absolute `http` or `https` URLs without a fragment that GAuth may redirect to after sign-in (`authorization_code` and `implicit` grants), such as `https://wwe.example.com`. Default: none.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(kit.RedirectURIValidator)},
			},
			"access_token_expiration_timeout": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(gauthDefaultTokenTimeout),
				MarkdownDescription: "Lifetime of the access tokens issued to the client, in seconds: 1 to 2147483647. Default: 43200 (12 hours).",
				Validators:          []validator.Int64{kit.TimeoutValidator()},
			},
			"refresh_token_expiration_timeout": schema.Int64Attribute{
				Optional:            true,
				Computed:            true,
				Default:             int64default.StaticInt64(gauthDefaultTokenTimeout),
				MarkdownDescription: "Lifetime of the refresh tokens issued to the client, in seconds: 1 to 2147483647. Default: 43200 (12 hours).",
				Validators:          []validator.Int64{kit.TimeoutValidator()},
			},
			"contact_center_ids": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             emptyStrings,
				MarkdownDescription: "Contact center ids (CCIDs) the client is bound to. Default: none (not bound).",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
			},
			"client_secret": schema.StringAttribute{
				Optional:  true,
				Sensitive: true,
				MarkdownDescription: "Client secret, kept in the state. Exactly one of `client_secret` and `client_secret_wo` " +
					"is required. Changing it sends the new secret; the client keeps its id.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"client_secret_wo": schema.StringAttribute{
				Optional:  true,
				WriteOnly: true,
				MarkdownDescription: "Client secret as a write-only value: sent to GAuth but never stored in the plan or state " +
					"(Terraform 1.11 or later). It is sent on create and whenever `client_secret_wo_version` changes; " +
					"changing only this value sends nothing.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"client_secret_wo_version": schema.Int64Attribute{
				Optional: true,
				MarkdownDescription: "Any number; change it to send the current `client_secret_wo` to GAuth. Requires " +
					"`client_secret_wo`.",
				Validators: []validator.Int64{int64validator.AlsoRequires(path.MatchRoot("client_secret_wo"))},
			},
		},
	}
}
