package protocol

import (
	"context"
	"errors"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// The list resource RPCs are optional (tfprotov6.ListResourceServer, not yet part of
// tfprotov6.ProviderServer): the embedded tfprotov6.ProviderServer interface does not promote them,
// so the server forwards them itself.

var _ tfprotov6.ListResourceServer = releasingServer{}

// errNoListResources answers a list RPC when the framework's server does not serve them, which
// only a framework that drops them could cause.
var errNoListResources = errors.New("the provider server serves no list resources")

func (s releasingServer) ValidateListResourceConfig(ctx context.Context, req *tfprotov6.ValidateListResourceConfigRequest) (*tfprotov6.ValidateListResourceConfigResponse, error) {
	l, ok := s.ProviderServer.(tfprotov6.ListResourceServer)
	if !ok {
		return nil, errNoListResources
	}
	return released(ctx, req, l.ValidateListResourceConfig)
}

// ListResource passes the request's own context on, not a releasable one: its results are a
// stream that the framework reads, calling the API with this context, after ListResource has
// returned; a context released on return would cancel every call of the listing.
func (s releasingServer) ListResource(ctx context.Context, req *tfprotov6.ListResourceRequest) (*tfprotov6.ListResourceServerStream, error) {
	l, ok := s.ProviderServer.(tfprotov6.ListResourceServer)
	if !ok {
		return nil, errNoListResources
	}
	return l.ListResource(ctx, req)
}
