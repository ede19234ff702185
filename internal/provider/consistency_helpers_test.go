package provider

import (
	"context"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// SettleWait bounds how long a test waits for the emulator to show a change made behind
// Terraform's back or checked after an apply: the emulator lags like a real org (2 s by default).
const SettleWait = 15 * time.Second

// Visible reads an object the way a careful script does right after a create: a 404 is retried
// until the object shows.
func Visible[T any](get func(context.Context, string) (T, error), id string) (T, error) {
	return kit.GetUntilVisible(context.Background(), time.Now().Add(SettleWait), get, id)
}

// WaitGone polls after a delete made behind Terraform's back until get answers 404 (or gone says
// so), so that the next refresh sees what the test means it to see.
func WaitGone[T any](t *testing.T, get func(context.Context, string) (T, error), id string, gone func(T) bool) {
	t.Helper()
	err := AwaitGone(context.Background(), SettleWait, func(ctx context.Context) (bool, error) {
		v, err := get(ctx, id)
		if transport.IsNotFound(err) {
			return true, nil
		}
		return err == nil && gone(v), err
	})
	if err != nil {
		t.Fatalf("%s still there after its delete: %v", id, err)
	}
}
