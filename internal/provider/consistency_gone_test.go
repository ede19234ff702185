package provider

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
)

func TestAwaitGone(t *testing.T) {
	probe := func(calls *int, goneAt int) func(context.Context) (bool, error) {
		return func(context.Context) (bool, error) { *calls++; return *calls >= goneAt, nil }
	}
	calls := 0
	if err := acctest.AwaitGone(context.Background(), time.Minute, probe(&calls, 2)); err != nil || calls != 2 {
		t.Errorf("gone on the second look: %v after %d looks", err, calls)
	}

	calls = 0
	start := time.Now()
	err := acctest.AwaitGone(context.Background(), 300*time.Millisecond, probe(&calls, 1000))
	if !errors.Is(err, acctest.ErrStillThere) || time.Since(start) > time.Second || !strings.Contains(err.Error(), "300ms") {
		t.Errorf("never gone: %v after %v; want acctest.ErrStillThere by the 300ms window", err, time.Since(start))
	}

	calls = 0
	if err := acctest.AwaitGone(context.Background(), 0, probe(&calls, 1000)); err != nil || calls != 0 {
		t.Errorf("window 0: %v after %d looks, want no look", err, calls)
	}

	failed := errors.New("boom")
	calls = 0
	err = acctest.AwaitGone(context.Background(), time.Minute, func(context.Context) (bool, error) { calls++; return false, failed })
	if !errors.Is(err, failed) || calls != 1 {
		t.Errorf("probe failure: %v after %d looks, want it at once", err, calls)
	}
}
