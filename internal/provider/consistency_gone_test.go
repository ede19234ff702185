package provider

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// goneBackoff paces the reads after a delete: a deleted object answers for a while anyway.
var goneBackoff = kit.Backoff{First: time.Second, Max: 5 * time.Second}

// errStillThere is the answer of a probe that found the deleted object still there.
var errStillThere = errors.New("the API accepted the delete but still shows the object")

// AwaitGone polls, after a delete (behind Terraform's back, or a destroy the test checks), until probe reports the object gone, for up
// to window (a window of 0 does not poll). It returns errStillThere (wrapped) when the object outlives the window, or the
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
		if errors.Is(err, errStillThere) {
			return deadline
		}
		return time.Time{}
	}, func(ctx context.Context) error {
		gone, err := probe(ctx)
		switch {
		case err != nil:
			return err
		case !gone:
			return errStillThere
		}
		return nil
	})
	if errors.Is(err, errStillThere) {
		return fmt.Errorf("%w after %s; the next terraform apply or destroy will find out whether it is gone", err, window)
	}
	return err
}

func TestAwaitGone(t *testing.T) {
	probe := func(calls *int, goneAt int) func(context.Context) (bool, error) {
		return func(context.Context) (bool, error) { *calls++; return *calls >= goneAt, nil }
	}
	calls := 0
	if err := AwaitGone(context.Background(), time.Minute, probe(&calls, 2)); err != nil || calls != 2 {
		t.Errorf("gone on the second look: %v after %d looks", err, calls)
	}

	calls = 0
	start := time.Now()
	err := AwaitGone(context.Background(), 300*time.Millisecond, probe(&calls, 1000))
	if !errors.Is(err, errStillThere) || time.Since(start) > time.Second || !strings.Contains(err.Error(), "300ms") {
		t.Errorf("never gone: %v after %v; want errStillThere by the 300ms window", err, time.Since(start))
	}

	calls = 0
	if err := AwaitGone(context.Background(), 0, probe(&calls, 1000)); err != nil || calls != 0 {
		t.Errorf("window 0: %v after %d looks, want no look", err, calls)
	}

	failed := errors.New("boom")
	calls = 0
	err = AwaitGone(context.Background(), time.Minute, func(context.Context) (bool, error) { calls++; return false, failed })
	if !errors.Is(err, failed) || calls != 1 {
		t.Errorf("probe failure: %v after %d looks, want it at once", err, calls)
	}
}
