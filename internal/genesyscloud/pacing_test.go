package genesyscloud

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestRequestBudgetHoldsRequestsBack(t *testing.T) {
	f := &fakeAPI{t: t, respond: func(w http.ResponseWriter, _ recordedRequest) { writeJSON(w, http.StatusOK, `{"id":"r1"}`) }}
	srv := httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(srv.Close)
	c, err := New(Config{APIURL: srv.URL, LoginURL: srv.URL, ClientID: testClientID, ClientSecret: testClientSecret,
		MaxRequestsPerMinute: 1})
	if err != nil {
		t.Fatal(err)
	}

	if _, err := c.GetRole(t.Context(), "r1"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	if _, err := c.GetRole(ctx, "r1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second call in a minute with a budget of 1: err = %v, want it held until the caller gave up", err)
	}
	if n := len(f.calls()); n != 1 {
		t.Errorf("%d API requests sent, want 1", n)
	}
}
