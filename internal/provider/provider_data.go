package provider

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// providerData is what Configure hands to resources and data sources: one client per configured
// product (so one token per product per provider process), or why that product is unavailable, and
// the read caches that let a refresh list each type once instead of reading objects one by one.
type providerData struct {
	cloud              *genesyscloud.Client
	cloudReads         *cloudReads
	cloudCaller        *cloudCaller
	cloudConsistency   *consistency
	cloudUnavailable   string
	cloudUnknownRegion bool
	gauth              *gauth.Client
	gauthReads         *gauthReads
	gauthUnavailable   string
}

// configuredData converts the ProviderData of a Configure request. It returns nil without a
// diagnostic when the provider is not configured yet (validation runs before Configure).
func configuredData(raw any, diags *diag.Diagnostics) *providerData {
	if raw == nil {
		return nil
	}
	data, ok := raw.(*providerData)
	if !ok {
		diags.AddError("Unexpected Provider Data",
			fmt.Sprintf("Expected *providerData, got %T. This is a bug in the provider; please report it.", raw))
		return nil
	}
	return data
}

// cloudClient returns the Genesys Cloud client, or adds an error naming the missing settings.
func (d *providerData) cloudClient(diags *diag.Diagnostics) *genesyscloud.Client {
	switch {
	case d.cloud == nil && d.cloudUnknownRegion:
		diags.AddError("Unknown Genesys Cloud Region", d.cloudUnavailable)
	case d.cloud == nil:
		diags.AddError("Genesys Cloud Is Not Configured",
			"This resource manages Genesys Cloud objects, but the provider's cloud block is incomplete. "+d.cloudUnavailable)
	}
	return d.cloud
}

// gauthClient returns the GAuth client, or adds an error naming the missing settings.
func (d *providerData) gauthClient(diags *diag.Diagnostics) *gauth.Client {
	if d.gauth == nil {
		diags.AddError("GAuth Is Not Configured",
			"This resource manages Genesys Authentication (GAuth) objects, but the provider's gauth block is incomplete. "+d.gauthUnavailable)
	}
	return d.gauth
}
