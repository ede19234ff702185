package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/provider"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/oauth"
)

var _ provider.ProviderWithEphemeralResources = (*genesysProvider)(nil)

func (p *genesysProvider) EphemeralResources(context.Context) []func() ephemeral.EphemeralResource {
	return oauth.EphemeralResources()
}
