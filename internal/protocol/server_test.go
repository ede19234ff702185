package protocol

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
)

// retainingServer stands for the framework: it keeps a cancel function of a context derived from
// every request's context, as the framework does for StopProvider.
type retainingServer struct {
	tfprotov6.ProviderServer
	kept    []context.CancelFunc
	derived context.Context
}

func (s *retainingServer) ReadResource(ctx context.Context, _ *tfprotov6.ReadResourceRequest) (*tfprotov6.ReadResourceResponse, error) {
	derived, cancel := context.WithCancel(ctx)
	s.kept = append(s.kept, cancel)
	s.derived = derived
	return &tfprotov6.ReadResourceResponse{}, nil
}

type requestValueKey struct{}

// requestPayload stands for what a request context carries (its loggers and fields).
type requestPayload struct{ _ [1 << 16]byte }

// readWithPayload sends one ReadResource through server with a context carrying a payload, and
// returns a weak pointer to the payload: it is nil after a GC when nothing keeps the request context.
func readWithPayload(t *testing.T, server tfprotov6.ProviderServer) weak.Pointer[requestPayload] {
	t.Helper()
	payload := &requestPayload{}
	ctx := context.WithValue(context.Background(), requestValueKey{}, payload)
	if _, err := server.ReadResource(ctx, &tfprotov6.ReadResourceRequest{}); err != nil {
		t.Fatal(err)
	}
	return weak.Make(payload)
}

func TestServerLetsGoOfRequestContextsTheFrameworkKeeps(t *testing.T) {
	framework := &retainingServer{}
	released := readWithPayload(t, releasingServer{framework})
	direct := readWithPayload(t, framework) // the same request without the server in between
	runtime.GC()

	if released.Value() != nil {
		t.Error("the request's context is still reachable after the request was answered")
	}
	if direct.Value() == nil {
		t.Fatal("the stand-in framework did not keep the context: the check above proves nothing")
	}
	if len(framework.kept) != 2 {
		t.Fatalf("the framework saw %d requests, want 2", len(framework.kept))
	}
}

func TestReleasableContextCarriesTheRequestUntilReleased(t *testing.T) {
	deadline := time.Now().Add(time.Hour)
	parent, cancelParent := context.WithDeadline(context.WithValue(context.Background(), requestValueKey{}, "v"), deadline)
	defer cancelParent()
	ctx, release := releasable(parent)
	derived, cancelDerived := context.WithCancel(ctx) // as the framework derives its own
	defer cancelDerived()

	if got, ok := ctx.Deadline(); ctx.Value(requestValueKey{}) != "v" || !ok || !got.Equal(deadline) || ctx.Err() != nil {
		t.Fatalf("before release: value %v, deadline %v %v, err %v", ctx.Value(requestValueKey{}), got, ok, ctx.Err())
	}
	release()
	select {
	case <-derived.Done():
	case <-time.After(time.Second):
		t.Fatal("a context derived from the request was not cancelled at release")
	}
	if ctx.Value(requestValueKey{}) != nil || !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("after release: value %v, err %v; want nothing and Canceled", ctx.Value(requestValueKey{}), ctx.Err())
	}
}

func TestReleasableContextFollowsTheRequestsCancellation(t *testing.T) {
	parent, cancelParent := context.WithCancel(context.Background())
	ctx, release := releasable(parent)
	defer release()
	cancelParent()
	select {
	case <-ctx.Done():
	case <-time.After(time.Second):
		t.Fatal("cancelling the request did not cancel its releasable context")
	}
	if !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("err = %v, want Canceled", ctx.Err())
	}
}
