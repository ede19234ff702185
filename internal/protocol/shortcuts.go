package protocol

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// shortcutServer answers the two requests Terraform makes for every resource of a plan that
// changes nothing, UpgradeResourceState of a current state and PlanResourceChange of an unchanged
// resource, itself, with the answer the framework would give, and passes everything else on.
//
// The framework spends most of a plan's CPU time outside the provider's code: it recomputes the
// schema's types and walks every value along the schema for each request (terraform-plugin-framework
// v1.19: fromproto6.DynamicValue, NullifyCollectionBlocks, TransformDefaults, SchemaModifyPlan), work
// whose result for these requests is known in advance. Whatever the server cannot tell for certain
// goes to the framework.
type shortcutServer struct {
	releasingServer
	provider *configuredProvider

	once  sync.Once
	types map[string]*resourceType

	// Requests answered without the framework, for the tests.
	upgrades, plans atomic.Int64
}

func newShortcutServer(p provider.Provider) tfprotov6.ProviderServer {
	if !plainProvider(p) {
		return releasingServer{providerserver.NewProtocol6(p)()}
	}
	configured := &configuredProvider{Provider: p}
	return &shortcutServer{releasingServer: releasingServer{providerserver.NewProtocol6(configured)()}, provider: configured}
}

// resourceType returns what the server knows of the resource type name, or nil.
func (s *shortcutServer) resourceType(ctx context.Context, name string) *resourceType {
	s.once.Do(func() { s.types = resourceTypes(ctx, s.provider.Provider) })
	return s.types[name]
}

func (s *shortcutServer) UpgradeResourceState(ctx context.Context, req *tfprotov6.UpgradeResourceStateRequest) (*tfprotov6.UpgradeResourceStateResponse, error) {
	if resp := s.currentState(ctx, req); resp != nil {
		s.upgrades.Add(1)
		return resp, nil
	}
	return s.releasingServer.UpgradeResourceState(ctx, req)
}

func (s *shortcutServer) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	if resp := s.unchangedPlan(ctx, req); resp != nil {
		s.plans.Add(1)
		return resp, nil
	}
	return s.ProviderServer.PlanResourceChange(ctx, req) // the context is already releasable
}
