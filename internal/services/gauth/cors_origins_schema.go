package gauth

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// corsOriginValidator accepts a web origin as browsers send it: scheme://host[:port], nothing more.
var corsOriginValidator = kit.StringCheck{
	Rule: corsOriginRule,
	Check: func(raw string) (string, string) {
		if isCORSOrigin(raw) {
			return "", ""
		}
		return "Invalid CORS Origin", "\"" + raw + "\" " + corsOriginRule + ", such as https://wwe.example.com or http://localhost:8080."
	},
}

const corsOriginRule = "must be an origin scheme://host[:port] with scheme http or https and no path, query or fragment"

// isCORSOrigin reports whether raw is exactly scheme://host[:port]: whatever url.Parse would put
// in a path, query, fragment or user info makes it differ from its own rebuilt origin. Commas and
// spaces are refused because GAuth stores the list as one comma-separated value.
func isCORSOrigin(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" ||
		raw != u.Scheme+"://"+u.Host || strings.ContainsAny(raw, ", \t") {
		return false
	}
	if port := u.Port(); port != "" || strings.HasSuffix(u.Host, ":") {
		n, err := strconv.Atoi(port)
		return err == nil && n >= 1 && n <= 65535
	}
	return true
}

func gauthCORSOriginsSchema() schema.Schema {
	return schema.Schema{
		MarkdownDescription: "The CORS origins of a Genesys Authentication (GAuth) contact center: the web origins " +
			"(such as Workspace Web Edition or GWS) whose browser calls GAuth accepts. It manages the contact center's " +
			"`cors-origins` setting and nothing else of the contact center.\n\n" +
			"GAuth replaces the whole list on every write, so this resource owns the full list: origins added " +
			"outside Terraform show up as drift and the next apply removes them, and creating the resource replaces " +
			"a list that already exists. Use one resource per contact center and location. Destroy deletes the " +
			"`cors-origins` setting; the contact center's other settings are kept.\n\n" +
			"Import it by contact center id.\n\n" +
			"API: `GET/POST /environment/v3/contact-centers/{id}/settings`, " +
			"`DELETE /environment/v3/contact-centers/{id}/settings/cors-origins`. " + credentialsInternalClient,
		Attributes: map[string]schema.Attribute{
			"id": kit.IDAttribute("Same as `contact_center_id`."),
			"contact_center_id": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Id (CCID) of the contact center (`genesys_gauth_contact_center`). Changing it replaces the resource.",
				Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers:       []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
			"origins": schema.SetAttribute{
				ElementType: types.StringType,
				Required:    true,
				MarkdownDescription: "Allowed origins, each `scheme://host[:port]` exactly as a browser sends it in the " +
					"`Origin` header: scheme `http` or `https`, no path (not even a trailing `/`), query or fragment, " +
					"such as `https://wwe.example.com`. At least one.",
				Validators: []validator.Set{
					setvalidator.SizeAtLeast(1),
					setvalidator.ValueStringsAre(corsOriginValidator),
				},
			},
			"location": schema.StringAttribute{
				Optional: true,
				Computed: true,
				Default:  stringdefault.StaticString(allLocations),
				MarkdownDescription: "Region the setting applies to, as a location path such as `/USW1`; `/` means every " +
					"region. Default: `/`. Changing it replaces the resource.",
				Validators:    []validator.String{gauthLocationValidator()},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
		},
	}
}
