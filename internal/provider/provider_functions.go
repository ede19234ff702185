package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/functions"
)

var _ provider.ProviderWithFunctions = (*genesysProvider)(nil)

// Functions returns the provider-defined functions; they need no configuration, so they work in a
// configuration with no cloud block at all.
func (p *genesysProvider) Functions(context.Context) []func() function.Function {
	return functions.Functions()
}
