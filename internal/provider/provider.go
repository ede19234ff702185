// Package provider implements the genesys Terraform provider: its configuration, resources and
// data sources. It converts between Terraform values and the API clients' types; the clients
// themselves (internal/genesyscloud, internal/gauth) know nothing of Terraform.
package provider

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/authorization"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/oauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/gauth"
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
	return slices.Concat(authorization.Resources(), oauth.Resources(), gauth.Resources())
}

func (p *genesysProvider) DataSources(context.Context) []func() datasource.DataSource {
	return slices.Concat(authorization.DataSources(), oauth.DataSources(), gauth.DataSources())
}
