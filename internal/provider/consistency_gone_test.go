package provider

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// goneBackoff paces the reads after a delete: a deleted object answers for a while anyway.
var goneBackoff = backoff{first: time.Second, max: 5 * time.Second}

// errStillThere is the answer of a probe that found the deleted object still there.
var errStillThere = errors.New("the API accepted the delete but still shows the object")

// awaitGone polls, after a delete (behind Terraform's back, or a destroy the test checks), until probe reports the object gone, for up
// to window (a window of 0 does not poll). It returns errStillThere (wrapped) when the object outlives the window, or the
// probe's own error.
func awaitGone(ctx context.Context, window time.Duration, probe func(context.Context) (gone bool, err error)) error {
	if window <= 0 {
		return nil // consistency_timeout = "0s": the API's word is taken for it
	}
	deadline := time.Now().Add(window)
	// Right after the delete the object is most likely still there: asking at once would only
	// spend a request.
	first := time.NewTimer(min(goneBackoff.first, window))
	select {
	case <-ctx.Done():
		first.Stop()
		return ctx.Err()
	case <-first.C:
	}
	err := retryUntil(ctx, goneBackoff, func(err error) time.Time {
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
