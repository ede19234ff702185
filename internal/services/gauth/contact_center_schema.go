package gauth

import (
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// The credentials sentences the GAuth docs share: the resources' name the authority of the API
// client, the data sources' do not.
const (
	credentialsInternalClient = "Credentials: the provider's `gauth` `client_id`/`client_secret` (an API client with " +
		"authority `ROLE_INTERNAL_CLIENT`), or the ops credentials."
	credentialsRead = "Credentials: the provider's `gauth` `client_id`/`client_secret`, or the ops credentials."
)

func gauthContactCenterSchema() schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Genesys Authentication (GAuth) contact center: a tenant whose users GAuth authenticates, " +
			"bound to the environment (Configuration Server connection) that holds them. Its id is the CCID that the " +
			"other Genesys Multicloud CX services are provisioned with.\n\n" +
			"API: `POST/GET/PUT/DELETE /environment/v3/contact-centers`. " + credentialsInternalClient,
		Attributes: map[string]schema.Attribute{
			"id": kit.ChosenIDAttribute("Contact center id (CCID), a UUID. Usually chosen by you so that it matches the tenant "+
				"UUID the Tenant Service is deployed with; GAuth generates one when omitted. Changing it replaces the contact center.",
				stringvalidator.RegexMatches(uuidPattern, "must be a UUID")),
			"domains": schema.SetAttribute{
				ElementType: types.StringType,
				Required:    true,
				MarkdownDescription: "Tenant domain names: what users type before `\\` when they log in " +
					"(`t100` in `t100\\default`). At least one; no spaces or backslashes.",
				Validators: []validator.Set{
					setvalidator.SizeAtLeast(1),
					setvalidator.ValueStringsAre(stringvalidator.RegexMatches(tenantDomainPattern,
						"must be a domain name without spaces or backslashes")),
				},
			},
			"environment_id": schema.StringAttribute{
				Required: true,
				MarkdownDescription: "Id of the environment (`genesys_gauth_environment`) whose Configuration Server holds " +
					"the contact center's users. It must exist; GAuth then refuses to delete the environment while this " +
					"contact center references it.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
			"auth": schema.StringAttribute{
				Optional: true,
				Computed: true,
				Default:  stringdefault.StaticString(defaultContactCenterAuth),
				MarkdownDescription: "How GAuth authenticates the contact center's users. `configServer` checks their " +
					"credentials against Configuration Server. Default: `configServer`.",
				Validators: []validator.String{stringvalidator.LengthAtLeast(1)},
			},
		},
	}
}

// defaultContactCenterAuth authenticates the contact center's users against Configuration
// Server, the only method the GAuth provisioning guide names.
const defaultContactCenterAuth = "configServer"

// A tenant domain is typed before "\" in a login name, so it cannot contain one, nor spaces.
var tenantDomainPattern = regexp.MustCompile(`^[^\\\s]+$`)
