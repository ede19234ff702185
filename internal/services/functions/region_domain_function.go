package functions

import "github.com/hashicorp/terraform-plugin-framework/function"

// NewRegionDomainFunction returns region_domain: a region's domain, from which every host of the
// region is named.
func NewRegionDomainFunction() function.Function {
	return &regionFunction{
		name:    "region_domain",
		summary: "Domain of a Genesys Cloud region",
		markdownDescription: "Returns the domain of a Genesys Cloud region, such as `mypurecloud.de` for `eu-central-1`: " +
			"the Platform API is at `api.<domain>` and sign-in at `login.<domain>`. Given a domain, it returns that domain in lower case.",
		fromDomain: func(domain string) string { return domain },
	}
}
