package provider

import (
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// regionValidator accepts the public Genesys Cloud regions by AWS-style name or domain.
var regionValidator = kit.StringCheck{
	Rule: "must be a Genesys Cloud region name or domain",
	Check: func(raw string) (string, string) {
		if _, ok := genesyscloud.ResolveRegion(raw); ok {
			return "", ""
		}
		return "Unknown Genesys Cloud Region", "\"" + raw + "\" is not a Genesys Cloud region. Use one of: " +
			strings.Join(genesyscloud.Regions(), ", ") + ", or the region's domain such as mypurecloud.com."
	},
}

// baseURLValidator accepts an absolute https URL, or http to a loopback address only: credentials
// must never travel in clear text beyond this machine.
var baseURLValidator = kit.StringCheck{
	Rule: "must be an absolute https URL (http only for loopback addresses)",
	Check: func(raw string) (string, string) {
		u, err := url.Parse(raw)
		switch {
		case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
			return "Invalid URL", "\"" + raw + "\" is not an absolute http(s) URL such as https://api.mypurecloud.com."
		case u.Scheme == "http" && !isLoopbackHost(u.Hostname()):
			return "Insecure URL", "\"" + raw + "\" uses plain http to a host that is not a loopback address; " +
				"credentials would travel in clear text. Use https."
		}
		return "", ""
	},
}

func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// durationValidator checks a Go duration string that is not negative ("5m", "90s", "0s").
var durationValidator = kit.StringCheck{
	Rule: "must be a duration such as 5m or 90s, not negative",
	Check: func(raw string) (string, string) {
		if d, err := time.ParseDuration(raw); err != nil || d < 0 {
			return "Invalid Duration", "\"" + raw + "\" is not a duration such as 5m or 90s (units ms, s, m, h; not negative)."
		}
		return "", ""
	},
}
