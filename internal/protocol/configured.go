package protocol

import (
	"context"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/list"
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

// Functions, EphemeralResources and ListResources forward the optional interfaces the wrapper
// would otherwise hide from the framework, answering none for a provider without them, as the
// framework does for a provider that lacks them.
func (p *configuredProvider) Functions(ctx context.Context) []func() function.Function {
	if f, ok := p.Provider.(provider.ProviderWithFunctions); ok {
		return f.Functions(ctx)
	}
	return nil
}

func (p *configuredProvider) EphemeralResources(ctx context.Context) []func() ephemeral.EphemeralResource {
	if e, ok := p.Provider.(provider.ProviderWithEphemeralResources); ok {
		return e.EphemeralResources(ctx)
	}
	return nil
}

func (p *configuredProvider) ListResources(ctx context.Context) []func() list.ListResource {
	if l, ok := p.Provider.(provider.ProviderWithListResources); ok {
		return l.ListResources(ctx)
	}
	return nil
}

// plainProvider reports whether p implements nothing beyond provider.Provider and the optional
// interfaces wrap forwards: a wrapper would hide any other one from the framework. A provider that
// implements another (actions, ...) gets no shortcuts until the wrapper forwards it.
func plainProvider(p provider.Provider) bool {
	switch p.(type) {
	case provider.ProviderWithConfigValidators, provider.ProviderWithValidateConfig, provider.ProviderWithMetaSchema,
		provider.ProviderWithActions, provider.ProviderWithStateStores:
		return false
	}
	return true
}
