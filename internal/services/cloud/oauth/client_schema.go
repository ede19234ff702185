package oauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/int64default"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Grant types and states of an OAuth client (CONTRACT.md A.5).
//
//nolint:gosec // G101: OAuth grant type names, not credentials.
const (
	grantClientCredentials = "CLIENT-CREDENTIALS"
	grantCode              = "CODE"
	grantToken             = "TOKEN"
)

// OAuth client states. Only active and inactive are inputs: Genesys support sets disabled, and
// deleted shows while a delete propagates (REAL-ORG-BEHAVIOUR R7).
const (
	clientActive   = "active"
	clientInactive = "inactive"
	clientDisabled = "disabled"
)

// Token validity bounds (REAL-ORG-BEHAVIOUR R7): SCIM clients, which use CLIENT-CREDENTIALS, may
// go up to 450 days.
const (
	minTokenValidity     = 300
	maxTokenValidity     = 172800
	maxSCIMTokenValidity = 38880000
)

var (
	oauthGrantTypes  = []string{grantClientCredentials, grantCode, grantToken, "SAML2-BEARER", "PASSWORD"}
	oauthStates      = []string{clientActive, clientInactive}
	roleDivisionType = types.ObjectType{AttrTypes: map[string]attr.Type{"role_id": types.StringType, "division_id": types.StringType}}
)

func cloudOAuthClientSchema() schema.Schema {
	emptyStrings := setdefault.StaticValue(types.SetValueMust(types.StringType, []attr.Value{}))
	return schema.Schema{
		MarkdownDescription: "A Genesys Cloud OAuth client. A `CLIENT-CREDENTIALS` client acts with the roles it is granted, " +
			"each in a division; the other grants act for a signed-in user within `scopes`.\n\n" +
			"The client secret is returned by the API only when the client is created and when the secret is reset, so " +
			"Terraform keeps it in the state as the sensitive `secret`. Change any value of `secret_rotation` to reset it " +
			"in place. An imported client has no known secret until its first rotation.\n\n" +
			"Destroy first sets the client `inactive` (Genesys Cloud deletes only inactive clients) and then deletes it. " +
			"When every role of a `CLIENT-CREDENTIALS` client has been deleted outside Terraform, the API refuses it that " +
			"update (`missing.client.roles`); destroy then makes it inactive as a `SAML2-BEARER` client, a grant type that " +
			"takes no roles, and deletes it: nothing is granted, and an inactive client gets no tokens.\n\n" +
			"**Eventual consistency (real-org rule R4).** Genesys Cloud shows a change only after a while: a new client may " +
			"answer `404`, and a deleted one may still answer, as it was or in state `deleted`. Within the provider's " +
			"`consistency_timeout` (default 5 minutes) of the create, reads, updates, secret resets and deletes wait for the " +
			"client to show instead of taking it for deleted, so a destroy right after an apply does not leave an active " +
			"client behind; a create granting a role made in the same run waits until the role can be granted. A delete the API " +
			"answers with success is final: destroy does not wait for reads to stop showing the client. Every wait ends as " +
			"soon as the API shows the change.\n\n" +
			"**Role holding (a rule of real Genesys Cloud orgs).** A caller may grant an OAuth client only roles it holds " +
			"itself, and may edit or delete a client (destroy's `inactive` update included) only if it holds every role " +
			"of the client. With client credentials, the roles must have been granted to the OAuth client Terraform " +
			"uses beforehand, so a role created in the same apply cannot be granted. Running with a user's token " +
			"(`access_token`) and the provider's `grant_roles_to_user = true`, the provider first adds the roles to that " +
			"user and waits for the grant to show. The plan warns (`Role Not Held By The Caller`) about roles the caller " +
			"does not hold or that are created in the same run, and a refused apply names the role and the fix.\n\n" +
			"API: `POST/GET/PUT/DELETE /api/v2/oauth/clients`, `POST /api/v2/oauth/clients/{id}/secret`, " +
			"`GET /api/v2/authorization/divisions/home`. Permissions: " +
			kit.Permissions(permClientAdd, permClientView, permClientEdit, permClientDelete) +
			"; the roles granted must also be held by the caller (above). With " +
			"`grant_roles_to_user`: `GET /api/v2/tokens/me`, `GET /api/v2/users/me`, `GET/PUT /api/v2/users/{id}/roles` " +
			"and " + kit.Permissions(permGrantAdd) + ".\n\n" +
			oauthClientRealOrgRules,
		Attributes: map[string]schema.Attribute{
			"id": kit.IDAttribute("Client id: the OAuth `client_id` used at the token endpoint."),
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Client name, shown in the admin UI: at most 255 characters, not blank, no control characters.",
				Validators:          kit.NameValidators(),
			},
			"description": kit.DescriptionAttribute(),
			"authorized_grant_type": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "OAuth grant: `CLIENT-CREDENTIALS`, `CODE`, `TOKEN` (implicit), `SAML2-BEARER` or `PASSWORD`.",
				Validators:          []validator.String{stringvalidator.OneOf(oauthGrantTypes...)},
			},
			"roles": schema.SetNestedAttribute{
				Optional: true,
				Computed: true,
				Default:  setdefault.StaticValue(types.SetValueMust(roleDivisionType, []attr.Value{})),
				MarkdownDescription: "Roles of a `CLIENT-CREDENTIALS` client (required for that grant, not allowed for others), " +
					"each granted in one division. Each must be held by the caller Terraform runs as (see Role holding above).",
				NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
					"role_id": schema.StringAttribute{
						Required:            true,
						MarkdownDescription: "Role id, such as `genesys_cloud_role.example.id`.",
						Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
					},
					"division_id": schema.StringAttribute{
						Optional:            true,
						Computed:            true,
						MarkdownDescription: "Division the role applies in; `*` for all divisions. Default: the org's home division.",
						Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
					},
				}},
			},
			"registered_redirect_uris": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             emptyStrings,
				MarkdownDescription: "Callback URLs, each an absolute `http` or `https` URL without a fragment; required for the `CODE` and `TOKEN` grants. Default: none.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(kit.RedirectURIValidator)},
			},
			"scopes": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             emptyStrings,
				MarkdownDescription: "OAuth scopes of a user-facing client, such as `users` or `users:readonly` (a lower-case scope name, optionally `:readonly`); not allowed for `CLIENT-CREDENTIALS`. Default: none.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(cloudScopeValidator())},
			},
			"access_token_validity_seconds": schema.Int64Attribute{
				Optional: true,
				Computed: true,
				Default:  int64default.StaticInt64(86400),
				MarkdownDescription: "Lifetime of the access tokens the client gets, in seconds: 300 (5 minutes) to 172800 (48 hours). " +
					"A Genesys Cloud SCIM (Identity Management) client may go up to 38880000 (450 days); a value above 172800 " +
					"is refused at plan time for grants other than `CLIENT-CREDENTIALS`, and by the API for a client that is not a SCIM client. Default: 86400.",
				Validators: []validator.Int64{int64validator.Between(minTokenValidity, maxSCIMTokenValidity)},
			},
			"state": schema.StringAttribute{
				Optional: true,
				Computed: true,
				Default:  stringdefault.StaticString(clientActive),
				MarkdownDescription: "`active` (tokens can be issued) or `inactive` (no tokens; marked for deletion). Default: `active`. " +
					"The state may also read `disabled` (existing tokens invalid, no new ones), which only Genesys support sets: " +
					"Terraform then leaves it disabled, with a warning, rather than planning a change it cannot make.",
				Validators: []validator.String{stringvalidator.OneOf(oauthStates...)},
			},
			"secret": schema.StringAttribute{
				Computed:            true,
				Sensitive:           true,
				MarkdownDescription: "Client secret, known from creation and from each rotation; null after import until the next rotation.",
				PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
			},
			"secret_rotation": schema.MapAttribute{
				ElementType: types.StringType,
				Optional:    true,
				MarkdownDescription: "Free-form keys and values; any change resets the secret in place (the client keeps its id). " +
					"For example `{ rotated = \"2026-11\" }`, or a `time_rotating` id. " +
					"Adding it to an existing client is a change too: that apply resets the secret, and the old one stops working at once.",
			},
		},
	}
}
