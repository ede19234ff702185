// Package provider implements the genesys Terraform provider: its configuration, resources and
// data sources. It converts between Terraform values and the API clients' types; the clients
// themselves (internal/genesyscloud, internal/gauth) know nothing of Terraform.
package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

var _ provider.Provider = (*genesysProvider)(nil)

// genesysProvider is the provider. version is the release version, "dev" for local builds and
// "test" in acceptance tests; it goes into the User-Agent.
type genesysProvider struct {
	version string
}

// New returns a constructor of the provider for providerserver.Serve and tests.
func New(version string) func() provider.Provider {
	return func() provider.Provider { return &genesysProvider{version: version} }
}

func (p *genesysProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "genesys"
	resp.Version = p.version
}

func (p *genesysProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{
		NewCloudRoleResource,
		NewCloudOAuthClientResource,
		NewGAuthClientResource,
		NewGAuthEnvironmentResource,
		NewGAuthContactCenterResource,
		NewGAuthDataCenterResource,
		NewGAuthCORSOriginsResource,
	}
}

func (p *genesysProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewCloudRoleDataSource,
		NewCloudDivisionDataSource,
		NewCloudPermissionsDataSource,
		NewCloudOAuthClientDataSource,
		NewGAuthEnvironmentDataSource,
		NewGAuthContactCenterDataSource,
	}
}
