package provider

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/provider"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/authorization"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/oauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/gauth"
)

var _ provider.ProviderWithListResources = (*genesysProvider)(nil)

// ListResources are what `terraform query` (Terraform 1.14 and later) lists an org with.
func (p *genesysProvider) ListResources(context.Context) []func() list.ListResource {
	return slices.Concat(authorization.ListResources(), oauth.ListResources(), gauth.ListResources())
}
