package genesyscloud

import (
	"maps"
	"slices"
	"strings"
)

// regionDomains maps each public Genesys Cloud region (AWS-style name) to its domain; the API
// is at api.<domain>, tokens at login.<domain>.
var regionDomains = map[string]string{
	"us-east-1":      "mypurecloud.com",
	"us-east-2":      "use2.us-gov-pure.cloud",
	"us-west-2":      "usw2.pure.cloud",
	"ca-central-1":   "cac1.pure.cloud",
	"sa-east-1":      "sae1.pure.cloud",
	"mx-central-1":   "mxc1.pure.cloud",
	"eu-west-1":      "mypurecloud.ie",
	"eu-west-2":      "euw2.pure.cloud",
	"eu-central-1":   "mypurecloud.de",
	"eu-central-2":   "euc2.pure.cloud",
	"me-central-1":   "mec1.pure.cloud",
	"ap-south-1":     "aps1.pure.cloud",
	"ap-southeast-1": "apse1.pure.cloud",
	"ap-southeast-2": "mypurecloud.com.au",
	"ap-northeast-1": "mypurecloud.jp",
	"ap-northeast-2": "apne2.pure.cloud",
	"ap-northeast-3": "apne3.pure.cloud",
	"eusc-de-east-1": "edee1.eusc-pure.cloud",
}

// ResolveRegion returns the domain for a region given by AWS-style name (us-east-1) or by
// domain (mypurecloud.com), case-insensitively.
func ResolveRegion(s string) (domain string, ok bool) {
	key := strings.ToLower(strings.TrimSpace(s))
	if d, ok := regionDomains[key]; ok {
		return d, true
	}
	for _, d := range regionDomains {
		if d == key {
			return d, true
		}
	}
	return "", false
}

// Regions returns the region names ResolveRegion knows, sorted.
func Regions() []string {
	return slices.Sorted(maps.Keys(regionDomains))
}

// URLsForDomain returns the API and login base URLs of a region domain.
func URLsForDomain(domain string) (apiURL, loginURL string) {
	return "https://api." + domain, "https://login." + domain
}
