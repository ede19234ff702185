package functions

import (
	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// NewRegionLoginURLFunction returns region_login_url: the base URL of a region's login service,
// where OAuth tokens are issued.
func NewRegionLoginURLFunction() function.Function {
	return &regionFunction{
		name:    "region_login_url",
		summary: "Login (OAuth token) base URL of a Genesys Cloud region",
		markdownDescription: "Returns the base URL of the login service of a Genesys Cloud region, where OAuth tokens are issued " +
			"(`POST /oauth/token`), such as `https://login.mypurecloud.de` for `eu-central-1`, without a trailing slash: " +
			"the URL the provider signs in at for the region.",
		fromDomain: func(domain string) string {
			_, loginURL := genesyscloud.URLsForDomain(domain)
			return loginURL
		},
	}
}
