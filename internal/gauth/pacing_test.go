package gauth

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"
)

// The request budget holds for this GAuth as a whole, whichever credential pair a call uses.
func TestRequestBudgetIsSharedByBothCredentialPairs(t *testing.T) {
	f := newFakeGAuth(t)
	for _, path := range []string{clientsPath, environmentsPath, dataCentersPath} {
		f.reply("GET "+path, http.StatusOK, `{"status":{"code":0}}`)
	}
	cfg := testConfig(f.URL)
	cfg.MaxRequestsPerMinute = 2
	c := newTestClient(t, cfg)

	if _, err := c.ListClients(t.Context()); err != nil { // ops Basic
		t.Fatal(err)
	}
	if _, err := c.ListEnvironments(t.Context()); err != nil { // bearer token
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.ListDataCenters(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("third call in a minute with a budget of 2: err = %v, want it held until the caller gave up", err)
	}
	if n := len(f.apiRequests()); n != 2 {
		t.Errorf("%d API requests sent, want 2", n)
	}
}
