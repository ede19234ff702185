package provider

import (
	"context"
	"regexp"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// defaultContactCenterAuth authenticates the contact center's users against Configuration
// Server, the only method the GAuth provisioning guide names.
const defaultContactCenterAuth = "configServer"

// A tenant domain is typed before "\" in a login name, so it cannot contain one, nor spaces.
var tenantDomainPattern = regexp.MustCompile(`^[^\\\s]+$`)

type gauthContactCenterModel struct {
	ID            types.String `tfsdk:"id"`
	Domains       types.Set    `tfsdk:"domains"`
	EnvironmentID types.String `tfsdk:"environment_id"`
	Auth          types.String `tfsdk:"auth"`
}

func gauthContactCenterSchema() schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Genesys Authentication (GAuth) contact center: a tenant whose users GAuth authenticates, " +
			"bound to the environment (Configuration Server connection) that holds them. Its id is the CCID that the " +
			"other Genesys Multicloud CX services are provisioned with.\n\n" +
			"API: `POST/GET/PUT/DELETE /environment/v3/contact-centers`. Credentials: the provider's `gauth` " +
			"`client_id`/`client_secret` (an API client with authority `ROLE_INTERNAL_CLIENT`), or the ops credentials.",
		Attributes: map[string]schema.Attribute{
			"id": schema.StringAttribute{
				Optional: true,
				Computed: true,
				MarkdownDescription: "Contact center id (CCID), a UUID. Usually chosen by you so that it matches the tenant " +
					"UUID the Tenant Service is deployed with; GAuth generates one when omitted. Changing it replaces the contact center.",
				Validators: []validator.String{stringvalidator.RegexMatches(uuidPattern, "must be a UUID")},
				PlanModifiers: []planmodifier.String{
					stringplanmodifier.UseStateForUnknown(),
					stringplanmodifier.RequiresReplaceIfConfigured(),
				},
			},
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

// toAPI builds the whole contact center: PUT merges, so every managed field is always sent. An
// unknown or null id (not chosen by the user) is left for GAuth to generate. Domains are sorted so
// that the body does not depend on Terraform's set order.
func (m gauthContactCenterModel) toAPI(ctx context.Context) (gauth.ContactCenter, diag.Diagnostics) {
	cc := gauth.ContactCenter{
		ID:            m.ID.ValueString(),
		Domains:       []string{},
		EnvironmentID: m.EnvironmentID.ValueString(),
		Auth:          m.Auth.ValueString(),
	}
	diags := m.Domains.ElementsAs(ctx, &cc.Domains, false)
	slices.Sort(cc.Domains)
	return cc, diags
}

// fromAPI sets every attribute from GAuth's view. Domains are never null: a contact center
// without any is an empty set, which the configuration (at least one) then corrects.
func (m *gauthContactCenterModel) fromAPI(ctx context.Context, cc *gauth.ContactCenter) diag.Diagnostics {
	m.ID = types.StringValue(cc.ID)
	m.EnvironmentID = types.StringValue(cc.EnvironmentID)
	m.Auth = types.StringValue(cc.Auth)
	var diags diag.Diagnostics
	m.Domains, diags = types.SetValueFrom(ctx, types.StringType, nonNil(cc.Domains))
	return diags
}

// sameContactCenter reports whether two contact centers hold the same managed fields, domains
// in any order.
func sameContactCenter(a, b gauth.ContactCenter) bool {
	return a.EnvironmentID == b.EnvironmentID && a.Auth == b.Auth && sameDomains(a.Domains, b.Domains)
}

// sameDomains reports whether two lists hold the same tenant domains, in any order.
func sameDomains(a, b []string) bool {
	da, db := slices.Clone(a), slices.Clone(b)
	slices.Sort(da)
	slices.Sort(db)
	return slices.Equal(da, db)
}
