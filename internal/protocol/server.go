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
// per request, growing with each resource Terraform plans or applies. The server hands the framework,
// for the requests made once per resource, a context that lets go of the request's context when the
// request is answered, so the provider's memory stays flat however many resources a run has.
//
// It also answers itself, as the framework would, the requests of a plan for resources that
// change nothing (shortcutServer), which cost the framework far more CPU time than the provider's
// own code does.
func NewServer(p func() provider.Provider) func() tfprotov6.ProviderServer {
	return func() tfprotov6.ProviderServer { return newShortcutServer(p()) }
}

// releasingServer passes every request on, giving the per-resource ones a releasable context.
type releasingServer struct{ tfprotov6.ProviderServer }

func (s releasingServer) ValidateResourceConfig(ctx context.Context, req *tfprotov6.ValidateResourceConfigRequest) (*tfprotov6.ValidateResourceConfigResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ValidateResourceConfig(ctx, req)
}

func (s releasingServer) UpgradeResourceState(ctx context.Context, req *tfprotov6.UpgradeResourceStateRequest) (*tfprotov6.UpgradeResourceStateResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.UpgradeResourceState(ctx, req)
}

func (s releasingServer) ReadResource(ctx context.Context, req *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ReadResource(ctx, req)
}

func (s releasingServer) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.PlanResourceChange(ctx, req)
}

func (s releasingServer) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ApplyResourceChange(ctx, req)
}

func (s releasingServer) ImportResourceState(ctx context.Context, req *tfprotov6.ImportResourceStateRequest) (*tfprotov6.ImportResourceStateResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ImportResourceState(ctx, req)
}

func (s releasingServer) ValidateDataResourceConfig(ctx context.Context, req *tfprotov6.ValidateDataResourceConfigRequest) (*tfprotov6.ValidateDataResourceConfigResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ValidateDataResourceConfig(ctx, req)
}

func (s releasingServer) ReadDataSource(ctx context.Context, req *tfprotov6.ReadDataSourceRequest) (*tfprotov6.ReadDataSourceResponse, error) {
	ctx, release := releasable(ctx)
	defer release()
	return s.ProviderServer.ReadDataSource(ctx, req)
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
