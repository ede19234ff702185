package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// cloudResource is embedded by every Genesys Cloud resource: its Configure picks the client and
// the read caches out of the provider data, or reports which cloud settings are missing.
type cloudResource struct {
	client *genesyscloud.Client
	reads  *cloudReads
	caller *cloudCaller
	settle *consistency
}

func (b *cloudResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.client = data.cloudClient(&resp.Diagnostics)
		b.reads = data.cloudReads
		b.caller = data.cloudCaller
		b.settle = data.cloudConsistency
	}
}

// cloudDataSource is cloudResource for data sources.
type cloudDataSource struct {
	client *genesyscloud.Client
	settle *consistency
}

func (b *cloudDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.client = data.cloudClient(&resp.Diagnostics)
		b.settle = data.cloudConsistency
	}
}

// gauthResource is embedded by every GAuth resource.
type gauthResource struct {
	client *gauth.Client
	reads  *gauthReads
}

func (b *gauthResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.client = data.gauthClient(&resp.Diagnostics)
		b.reads = data.gauthReads
	}
}

// gauthDataSource is gauthResource for data sources.
type gauthDataSource struct{ client *gauth.Client }

func (b *gauthDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.client = data.gauthClient(&resp.Diagnostics)
	}
}
