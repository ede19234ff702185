package kit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// CloudResource is embedded by every Genesys Cloud resource: its Configure picks the client and
// the product's configuration out of the provider data, or reports which cloud settings are
// missing. Both stay nil until the provider is configured (validation runs before).
type CloudResource struct {
	IDIdentity
	Client *genesyscloud.Client
	Cloud  *Cloud
}

func (b *CloudResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.Cloud = data.cloudClient(&resp.Diagnostics)
		b.Client = b.Cloud.Client
	}
}

// CloudDataSource is CloudResource for data sources.
type CloudDataSource struct {
	Client *genesyscloud.Client
	Cloud  *Cloud
}

func (b *CloudDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.Cloud = data.cloudClient(&resp.Diagnostics)
		b.Client = b.Cloud.Client
	}
}

// GAuthResource is embedded by every GAuth resource.
type GAuthResource struct {
	IDIdentity
	Client *gauth.Client
	GAuth  *GAuth
}

func (b *GAuthResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.GAuth = data.gauthClient(&resp.Diagnostics)
		b.Client = b.GAuth.Client
	}
}

// GAuthDataSource is GAuthResource for data sources.
type GAuthDataSource struct {
	Client *gauth.Client
	GAuth  *GAuth
}

func (b *GAuthDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.GAuth = data.gauthClient(&resp.Diagnostics)
		b.Client = b.GAuth.Client
	}
}

// ConfiguredCloud is the Genesys Cloud configuration in a Configure request's ProviderData, for
// types without a base of their own (ephemeral resources): nil before the provider is configured,
// or with an error naming the missing settings.
func ConfiguredCloud(providerData any, diags *diag.Diagnostics) *Cloud {
	data := configuredData(providerData, diags)
	if data == nil {
		return nil
	}
	if c := data.cloudClient(diags); c.Client != nil {
		return c
	}
	return nil
}
