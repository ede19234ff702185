package kit

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// CloudResource is embedded by every Genesys Cloud resource: its Configure picks the client and
// the product's configuration out of the provider data, or reports which cloud settings are
// missing. Both stay nil until the provider is configured (validation runs before). The type's
// constructor sets its name and import lookup, from which the base answers Metadata and
// ImportState.
type CloudResource struct {
	IDIdentity
	TypeName
	// Import is the type's import lookup on the configured client; nil for a type with an
	// ImportState of its own.
	Import func(*genesyscloud.Client) Importer
	Client *genesyscloud.Client
	Cloud  *Cloud
}

func (b *CloudResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.Cloud = data.cloudClient(&resp.Diagnostics)
		b.Client = b.Cloud.Client
	}
}

func (b *CloudResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if b.Import == nil {
		noImport(b.TypeName, resp)
		return
	}
	b.Import(b.Client).ImportState(ctx, b.Client != nil, req, resp)
}

// noImport answers the import of a type whose constructor set no import lookup and which has no
// ImportState of its own: an error naming the type, where calling the missing lookup would crash
// the provider in the middle of the user's plan.
func noImport(name TypeName, resp *resource.ImportStateResponse) {
	resp.Diagnostics.AddError("Import Not Supported",
		fmt.Sprintf("The genesys_%s resource type cannot be imported. This is always a problem with the provider: please report it.", name))
}

// CloudDataSource is CloudResource for data sources.
type CloudDataSource struct {
	DataSourceTypeName
	Client *genesyscloud.Client
	Cloud  *Cloud
}

func (b *CloudDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.Cloud = data.cloudClient(&resp.Diagnostics)
		b.Client = b.Cloud.Client
	}
}

// GAuthResource is embedded by every GAuth resource, as CloudResource is by the Genesys Cloud
// ones.
type GAuthResource struct {
	IDIdentity
	TypeName
	// Import is the type's import lookup on the configured client; nil for a type with an
	// ImportState of its own.
	Import func(*gauth.Client) Importer
	Client *gauth.Client
	GAuth  *GAuth
}

func (b *GAuthResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	if data := configuredData(req.ProviderData, &resp.Diagnostics); data != nil {
		b.GAuth = data.gauthClient(&resp.Diagnostics)
		b.Client = b.GAuth.Client
	}
}

func (b *GAuthResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	if b.Import == nil {
		noImport(b.TypeName, resp)
		return
	}
	b.Import(b.Client).ImportState(ctx, b.Client != nil, req, resp)
}

// GAuthDataSource is GAuthResource for data sources.
type GAuthDataSource struct {
	DataSourceTypeName
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
