package protocol_test

import (
	"context"
	"reflect"
	"runtime"
	"testing"
	"weak"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

type payloadKey struct{}

// payload stands for what a request context carries (its loggers and fields).
type payload struct{ _ [1 << 16]byte }

// onceRPCs are the RPCs Terraform makes once per provider process, not once per resource: the
// framework may keep their contexts, and ConfigureProvider needs a configuration to answer at all.
var onceRPCs = map[string]bool{"ConfigureProvider": true, "StopProvider": true}

// callEvery sends every RPC of tfprotov6.ProviderServer, as the plugin-go version in go.mod
// defines it, to srv with a zero request and a context carrying a payload, and returns, by RPC, a
// weak pointer to that payload. Enumerating the interface rather than naming RPCs is the point:
// an RPC a framework upgrade adds is called too.
func callEvery(t *testing.T, srv tfprotov6.ProviderServer) map[string]weak.Pointer[payload] {
	t.Helper()
	kept := map[string]weak.Pointer[payload]{}
	rpcs := reflect.TypeFor[tfprotov6.ProviderServer]()
	for i := range rpcs.NumMethod() {
		rpc := rpcs.Method(i)
		if onceRPCs[rpc.Name] {
			continue
		}
		p := &payload{}
		ctx := context.WithValue(context.Background(), payloadKey{}, p)
		req := reflect.New(rpc.Type.In(1).Elem())
		out := reflect.ValueOf(srv).MethodByName(rpc.Name).Call([]reflect.Value{reflect.ValueOf(ctx), req})
		if err, _ := out[len(out)-1].Interface().(error); err != nil {
			t.Fatalf("%s: %v", rpc.Name, err)
		}
		kept[rpc.Name] = weak.Make(p)
	}
	return kept
}

// The server main serves must let go of every request's context once the request is answered,
// for every per-resource RPC the framework has, so that a run's memory does not grow with its
// resources; the framework on its own keeps them.
func TestEveryRPCLetsGoOfItsRequestContext(t *testing.T) {
	server := protocol.NewServer(provider.New("test"))()
	framework := providerserver.NewProtocol6(provider.New("test")())()
	released := callEvery(t, server)
	direct := callEvery(t, framework)
	runtime.GC()
	// Both servers live on, as in a provider process: what they keep stays reachable.
	defer runtime.KeepAlive(server)
	defer runtime.KeepAlive(framework)

	for rpc, p := range released {
		if p.Value() != nil {
			t.Errorf("%s: the request's context is still reachable after the answer", rpc)
		}
	}
	keptByFramework := 0
	for _, p := range direct {
		if p.Value() != nil {
			keptByFramework++
		}
	}
	if keptByFramework == 0 {
		t.Fatal("the framework alone kept no request context: the check above proves nothing")
	}
	t.Logf("%d RPCs checked; the framework alone keeps the context of %d", len(released), keptByFramework)
}
