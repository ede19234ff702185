package protocol_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

// The server main serves offers the provider's list resources as the framework does: the same
// schemas, and the list RPCs, which the embedded server interface would otherwise hide.
func TestServerServesTheListResources(t *testing.T) {
	ours := protocol.NewServer(provider.New("test"))()
	framework := providerserver.NewProtocol6(provider.New("test")())()
	schemas := func(srv tfprotov6.ProviderServer) map[string]*tfprotov6.Schema {
		resp, err := srv.GetProviderSchema(t.Context(), &tfprotov6.GetProviderSchemaRequest{})
		if err != nil || len(resp.Diagnostics) > 0 {
			t.Fatal(err, resp.Diagnostics)
		}
		return resp.ListResourceSchemas
	}
	want := schemas(framework)
	if len(want) == 0 {
		t.Fatal("the provider has no list resources")
	}
	got := schemas(ours)
	if !slices.Equal(slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want))) {
		t.Errorf("list resources %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
	l, ok := ours.(tfprotov6.ListResourceServer)
	if !ok {
		t.Fatal("the server has no list RPCs")
	}
	resp, err := l.ValidateListResourceConfig(t.Context(), &tfprotov6.ValidateListResourceConfigRequest{TypeName: "genesys_unknown"})
	if err != nil || len(resp.Diagnostics) == 0 {
		t.Errorf("a list resource of no such type validated: %v, %+v", err, resp)
	}
	stream, err := l.ListResource(t.Context(), &tfprotov6.ListResourceRequest{TypeName: "genesys_unknown"})
	if err != nil {
		t.Fatal(err)
	}
	var diags []*tfprotov6.Diagnostic
	for r := range stream.Results {
		diags = append(diags, r.Diagnostics...)
	}
	if len(diags) == 0 {
		t.Error("a list resource of no such type listed without error")
	}
}
