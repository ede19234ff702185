package acctest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// AwaitGone polls, after a delete (behind Terraform's back, or a destroy the test checks), until probe reports the object gone, for up
// to window (a window of 0 does not poll). It returns ErrStillThere (wrapped) when the object outlives the window, or the
// probe's own error.
func AwaitGone(ctx context.Context, window time.Duration, probe func(context.Context) (gone bool, err error)) error {
	if window <= 0 {
		return nil // consistency_timeout = "0s": the API's word is taken for it
	}
	deadline := time.Now().Add(window)
	// Right after the delete the object is most likely still there: asking at once would only
	// spend a request.
	first := time.NewTimer(min(goneBackoff.First, window))
	select {
	case <-ctx.Done():
		first.Stop()
		return ctx.Err()
	case <-first.C:
	}
	err := kit.RetryUntil(ctx, goneBackoff, func(err error) time.Time {
		if errors.Is(err, ErrStillThere) {
			return deadline
		}
		return time.Time{}
	}, func(ctx context.Context) error {
		gone, err := probe(ctx)
		switch {
		case err != nil:
			return err
		case !gone:
			return ErrStillThere
		}
		return nil
	})
	if errors.Is(err, ErrStillThere) {
		return fmt.Errorf("%w after %s; the next terraform apply or destroy will find out whether it is gone", err, window)
	}
	return err
}

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
	if err := AwaitGone(context.Background(), SettleWait, goneProbe(get, id, gone)); err != nil {
		t.Fatalf("%s still there after its delete: %v", id, err)
	}
}

// goneBackoff paces the reads after a delete: a deleted object answers for a while anyway.
var goneBackoff = kit.Backoff{First: time.Second, Max: 5 * time.Second}

// ErrStillThere is the answer of a probe that found the deleted object still there.
var ErrStillThere = errors.New("the API accepted the delete but still shows the object")
