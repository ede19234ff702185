package provider

import (
	"context"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// regionValidator accepts the public Genesys Cloud regions by AWS-style name or domain.
type regionValidator struct{}

func (regionValidator) Description(context.Context) string {
	return "must be a Genesys Cloud region name or domain"
}

func (v regionValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (regionValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if _, ok := genesyscloud.ResolveRegion(req.ConfigValue.ValueString()); !ok {
		resp.Diagnostics.AddAttributeError(req.Path, "Unknown Genesys Cloud Region",
			"\""+req.ConfigValue.ValueString()+"\" is not a Genesys Cloud region. Use one of: "+
				strings.Join(genesyscloud.Regions(), ", ")+", or the region's domain such as mypurecloud.com.")
	}
}

// baseURLValidator accepts an absolute https URL, or http to a loopback address only: credentials
// must never travel in clear text beyond this machine.
type baseURLValidator struct{}

func (baseURLValidator) Description(context.Context) string {
	return "must be an absolute https URL (http only for loopback addresses)"
}

func (v baseURLValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (baseURLValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	raw := req.ConfigValue.ValueString()
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid URL",
			"\""+raw+"\" is not an absolute http(s) URL such as https://api.mypurecloud.com.")
	case u.Scheme == "http" && !isLoopbackHost(u.Hostname()):
		resp.Diagnostics.AddAttributeError(req.Path, "Insecure URL",
			"\""+raw+"\" uses plain http to a host that is not a loopback address; credentials would travel in clear text. Use https.")
	}
}

func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// durationValidator checks a Go duration string that is not negative ("5m", "90s", "0s").
type durationValidator struct{}

func (durationValidator) Description(context.Context) string {
	return "must be a duration such as 5m or 90s, not negative"
}

func (v durationValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (durationValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	raw := req.ConfigValue.ValueString()
	if d, err := time.ParseDuration(raw); err != nil || d < 0 {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid Duration",
			"\""+raw+"\" is not a duration such as 5m or 90s (units ms, s, m, h; not negative).")
	}
}
