package functions

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// NewRegionAPIURLFunction returns region_api_url: the base URL of a region's Platform API.
func NewRegionAPIURLFunction() function.Function {
	return &regionFunction{
		name:    "region_api_url",
		summary: "Platform API base URL of a Genesys Cloud region",
		markdownDescription: "Returns the base URL of the Platform API of a Genesys Cloud region, such as `https://api.mypurecloud.de` " +
			"for `eu-central-1`, without a trailing slash: the URL the provider uses for the region, for the scripts " +
			"and other tools that call the same org.",
		fromDomain: func(domain string) string {
			apiURL, _ := genesyscloud.URLsForDomain(domain)
			return apiURL
		},
	}
}
