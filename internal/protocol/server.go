package protocol

import (
	"context"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// Package protocol serves a terraform-plugin-framework provider over plugin protocol 6, with what
// the framework's own server lacks for large runs.
//
// NewServer returns the protocol 6 server of p, as main serves it and the tests use it.
//
// The framework keeps the context of every request it handles for as long as the process lives, so
// that StopProvider can cancel them all (terraform-plugin-framework v1.19, proto6server
// registerContext), and with each context every logger and field of that request: tens of kilobytes
// per request, growing with each resource Terraform plans or applies and each function it calls. The
// server hands the framework, for every request but the two made once per process, a context that
// lets go of the request's context when the request is answered, so the provider's memory stays
// flat however many resources and function calls a run has.
//
// It also answers itself, as the framework would, the requests of a plan for resources that
// change nothing (shortcutServer), which cost the framework far more CPU time than the provider's
// own code does.
func NewServer(p func() provider.Provider) func() tfprotov6.ProviderServer {
	return func() tfprotov6.ProviderServer { return newShortcutServer(p()) }
}

// releasingServer passes every request on with a releasable context: every RPC but the two made
// once per process, ConfigureProvider and StopProvider (TestEveryRPCLetsGoOfItsRequestContext
// calls every RPC the protocol has, so one a framework upgrade adds cannot be missed).
type releasingServer struct{ tfprotov6.ProviderServer }

// released calls call with a releasable ctx, released once call returns.
func released[Req, Resp any](ctx context.Context, req Req, call func(context.Context, Req) (Resp, error)) (Resp, error) {
	ctx, release := releasable(ctx)
	defer release()
	return call(ctx, req)
}

func (s releasingServer) ValidateProviderConfig(ctx context.Context, req *tfprotov6.ValidateProviderConfigRequest) (*tfprotov6.ValidateProviderConfigResponse, error) {
	return released(ctx, req, s.ProviderServer.ValidateProviderConfig)
}

func (s releasingServer) GetMetadata(ctx context.Context, req *tfprotov6.GetMetadataRequest) (*tfprotov6.GetMetadataResponse, error) {
	return released(ctx, req, s.ProviderServer.GetMetadata)
}

func (s releasingServer) GetProviderSchema(ctx context.Context, req *tfprotov6.GetProviderSchemaRequest) (*tfprotov6.GetProviderSchemaResponse, error) {
	return released(ctx, req, s.ProviderServer.GetProviderSchema)
}

func (s releasingServer) GetResourceIdentitySchemas(ctx context.Context, req *tfprotov6.GetResourceIdentitySchemasRequest) (*tfprotov6.GetResourceIdentitySchemasResponse, error) {
	return released(ctx, req, s.ProviderServer.GetResourceIdentitySchemas)
}

func (s releasingServer) ValidateResourceConfig(ctx context.Context, req *tfprotov6.ValidateResourceConfigRequest) (*tfprotov6.ValidateResourceConfigResponse, error) {
	return released(ctx, req, s.ProviderServer.ValidateResourceConfig)
}

func (s releasingServer) UpgradeResourceState(ctx context.Context, req *tfprotov6.UpgradeResourceStateRequest) (*tfprotov6.UpgradeResourceStateResponse, error) {
	return released(ctx, req, s.ProviderServer.UpgradeResourceState)
}

func (s releasingServer) UpgradeResourceIdentity(ctx context.Context, req *tfprotov6.UpgradeResourceIdentityRequest) (*tfprotov6.UpgradeResourceIdentityResponse, error) {
	return released(ctx, req, s.ProviderServer.UpgradeResourceIdentity)
}

func (s releasingServer) ReadResource(ctx context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	return released(ctx, req, s.ProviderServer.ReadResource)
}

func (s releasingServer) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	return released(ctx, req, s.ProviderServer.PlanResourceChange)
}

func (s releasingServer) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	return released(ctx, req, s.ProviderServer.ApplyResourceChange)
}

func (s releasingServer) ImportResourceState(ctx context.Context, req *tfprotov6.ImportResourceStateRequest) (*tfprotov6.ImportResourceStateResponse, error) {
	return released(ctx, req, s.ProviderServer.ImportResourceState)
}

func (s releasingServer) MoveResourceState(ctx context.Context, req *tfprotov6.MoveResourceStateRequest) (*tfprotov6.MoveResourceStateResponse, error) {
	return released(ctx, req, s.ProviderServer.MoveResourceState)
}

func (s releasingServer) GenerateResourceConfig(ctx context.Context, req *tfprotov6.GenerateResourceConfigRequest) (*tfprotov6.GenerateResourceConfigResponse, error) {
	return released(ctx, req, s.ProviderServer.GenerateResourceConfig)
}

func (s releasingServer) ValidateDataResourceConfig(ctx context.Context, req *tfprotov6.ValidateDataResourceConfigRequest) (*tfprotov6.ValidateDataResourceConfigResponse, error) {
	return released(ctx, req, s.ProviderServer.ValidateDataResourceConfig)
}

func (s releasingServer) ReadDataSource(ctx context.Context, req *tfprotov6.ReadDataSourceRequest) (*tfprotov6.ReadDataSourceResponse, error) {
	return released(ctx, req, s.ProviderServer.ReadDataSource)
}

func (s releasingServer) GetFunctions(ctx context.Context, req *tfprotov6.GetFunctionsRequest) (*tfprotov6.GetFunctionsResponse, error) {
	return released(ctx, req, s.ProviderServer.GetFunctions)
}

func (s releasingServer) CallFunction(ctx context.Context, req *tfprotov6.CallFunctionRequest) (*tfprotov6.CallFunctionResponse, error) {
	return released(ctx, req, s.ProviderServer.CallFunction)
}

func (s releasingServer) ValidateEphemeralResourceConfig(ctx context.Context, req *tfprotov6.ValidateEphemeralResourceConfigRequest) (*tfprotov6.ValidateEphemeralResourceConfigResponse, error) {
	return released(ctx, req, s.ProviderServer.ValidateEphemeralResourceConfig)
}

func (s releasingServer) OpenEphemeralResource(ctx context.Context, req *tfprotov6.OpenEphemeralResourceRequest) (*tfprotov6.OpenEphemeralResourceResponse, error) {
	return released(ctx, req, s.ProviderServer.OpenEphemeralResource)
}

func (s releasingServer) RenewEphemeralResource(ctx context.Context, req *tfprotov6.RenewEphemeralResourceRequest) (*tfprotov6.RenewEphemeralResourceResponse, error) {
	return released(ctx, req, s.ProviderServer.RenewEphemeralResource)
}

func (s releasingServer) CloseEphemeralResource(ctx context.Context, req *tfprotov6.CloseEphemeralResourceRequest) (*tfprotov6.CloseEphemeralResourceResponse, error) {
	return released(ctx, req, s.ProviderServer.CloseEphemeralResource)
}

// releasableContext is a request's context until release, then a cancelled context that holds
// nothing: what keeps it alive afterwards keeps only this small shell.
type releasableContext struct {
	done <-chan struct{} // closed at release at the latest

	mu  sync.Mutex
	ctx context.Context // nil after release
}

// releasable returns a context carrying ctx's values, deadline and cancellation, and the function
// that cancels it and lets go of ctx, to call once the request is answered.
func releasable(ctx context.Context) (context.Context, func()) {
	inner, cancel := context.WithCancel(ctx)
	r := &releasableContext{done: inner.Done(), ctx: inner}
	return r, func() {
		cancel()
		r.mu.Lock()
		r.ctx = nil
		r.mu.Unlock()
	}
}

func (r *releasableContext) current() context.Context {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ctx
}

func (r *releasableContext) Deadline() (time.Time, bool) {
	if ctx := r.current(); ctx != nil {
		return ctx.Deadline()
	}
	return time.Time{}, false
}

func (r *releasableContext) Done() <-chan struct{} { return r.done }

func (r *releasableContext) Err() error {
	if ctx := r.current(); ctx != nil {
		return ctx.Err()
	}
	return context.Canceled
}

func (r *releasableContext) Value(key any) any {
	if ctx := r.current(); ctx != nil {
		return ctx.Value(key)
	}
	return nil
}
