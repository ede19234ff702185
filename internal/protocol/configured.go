package protocol

import (
	"context"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
)

// configuredProvider is the provider as the framework serves it, keeping what its Configure hands
// to resources, so that the server can configure a resource as the framework would.
type configuredProvider struct {
	provider.Provider

	mu           sync.Mutex
	resourceData any
	deferred     bool // Configure deferred every resource: the framework then answers plans itself
}

func (p *configuredProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	p.Provider.Configure(ctx, req, resp)
	p.mu.Lock()
	defer p.mu.Unlock()
	// As the framework keeps them, whatever the diagnostics (fwserver ConfigureProvider).
	p.resourceData = resp.ResourceData
	p.deferred = resp.Deferred != nil
}

// configured returns what Configure gave resources, and whether it deferred them.
func (p *configuredProvider) configured() (any, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.resourceData, p.deferred
}

// withFunctions is configuredProvider for a provider with functions, which the wrapper must not
// hide from the framework.
type withFunctions struct{ *configuredProvider }

func (p withFunctions) Functions(ctx context.Context) []func() function.Function {
	return p.Provider.(provider.ProviderWithFunctions).Functions(ctx) //nolint:forcetypeassert // wrap checked it
}

// wrap returns the configuredProvider of p, implementing the optional interfaces p implements.
func wrap(p provider.Provider) (provider.Provider, *configuredProvider) {
	c := &configuredProvider{Provider: p}
	if _, ok := p.(provider.ProviderWithFunctions); ok {
		return withFunctions{c}, c
	}
	return c, c
}

// plainProvider reports whether p implements nothing beyond provider.Provider and the optional
// interfaces wrap forwards: a wrapper would hide any other one from the framework. A provider that
// implements another (ephemeral or list resources, ...) gets no shortcuts until wrap forwards it.
func plainProvider(p provider.Provider) bool {
	switch p.(type) {
	case provider.ProviderWithConfigValidators, provider.ProviderWithValidateConfig, provider.ProviderWithMetaSchema,
		provider.ProviderWithEphemeralResources, provider.ProviderWithListResources,
		provider.ProviderWithActions, provider.ProviderWithStateStores:
		return false
	}
	return true
}
