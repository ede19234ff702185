package kit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// memoryPrivate is a private state kept in a map.
type memoryPrivate map[string][]byte

func (m memoryPrivate) GetKey(_ context.Context, key string) ([]byte, diag.Diagnostics) {
	return m[key], nil
}

func (m memoryPrivate) SetKey(_ context.Context, key string, value []byte) diag.Diagnostics {
	m[key] = value
	return nil
}

// hiddenFor answers 404 to the first calls, then the object.
type hiddenFor struct {
	misses int
	calls  int
}

func (h *hiddenFor) get(_ context.Context, id string) (string, error) {
	h.calls++
	if h.calls <= h.misses {
		return "", &transport.APIError{Method: http.MethodGet, Path: "/things/" + id, StatusCode: http.StatusNotFound}
	}
	return id, nil
}

func createdAgo(t *testing.T, d time.Duration) memoryPrivate {
	t.Helper()
	stamp, err := json.Marshal(time.Now().Add(-d))
	if err != nil {
		t.Fatal(err)
	}
	return memoryPrivate{privateCreatedAt: stamp}
}

func TestGetAfterCreateWaitsOnlyRightAfterACreate(t *testing.T) {
	cases := []struct {
		name      string
		private   memoryPrivate
		wantCalls int
		wantFound bool
	}{
		{"just created: the 404s are waited out", createdAgo(t, 0), 3, true},
		{"created long ago: a 404 is final", createdAgo(t, time.Hour), 1, false},
		{"not created by this provider (imported): a 404 is final", memoryPrivate{}, 1, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := &hiddenFor{misses: 2}
			got, err := GetAfterCreate(context.Background(), GAuthConsistencyTimeout, tc.private, h.get, "x")
			if h.calls != tc.wantCalls {
				t.Errorf("%d reads, want %d", h.calls, tc.wantCalls)
			}
			if found := err == nil && got == "x"; found != tc.wantFound {
				t.Errorf("got %q, %v; found = %v, want %v", got, err, found, tc.wantFound)
			}
			if !tc.wantFound && !transport.IsNotFound(err) {
				t.Errorf("err = %v, want the 404", err)
			}
		})
	}
}

func TestMarkCreatedIsWhatGetAfterCreateReads(t *testing.T) {
	private := memoryPrivate{}
	if diags := MarkCreated(context.Background(), private); diags.HasError() {
		t.Fatal(diags)
	}
	h := &hiddenFor{misses: 1}
	if _, err := GetAfterCreate(context.Background(), GAuthConsistencyTimeout, private, h.get, "x"); err != nil || h.calls != 2 {
		t.Errorf("after markCreated: err %v after %d reads, want the object on the second read", err, h.calls)
	}
}

func TestGetUntilVisibleIsBounded(t *testing.T) {
	h := &hiddenFor{misses: 1000}
	start := time.Now()
	_, err := GetUntilVisible(context.Background(), start.Add(400*time.Millisecond), h.get, "x")
	if !transport.IsNotFound(err) {
		t.Fatalf("err = %v, want the last 404", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("gave up after %v, want by the 400ms deadline", elapsed)
	}
	if h.calls < 2 || h.calls > 5 {
		t.Errorf("%d reads in 400ms, want a few with backoff", h.calls)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	h = &hiddenFor{misses: 1000}
	if _, err := GetUntilVisible(ctx, time.Now().Add(time.Hour), h.get, "x"); !transport.IsNotFound(err) || h.calls != 1 {
		t.Errorf("with a cancelled context: err %v after %d reads, want the first 404 at once", err, h.calls)
	}
}

func TestPostOutcomeUnknown(t *testing.T) {
	apiErr := func(status int) error {
		return fmt.Errorf("creating: %w", &transport.APIError{Method: http.MethodPost, Path: "/things", StatusCode: status})
	}
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"server error", apiErr(http.StatusBadGateway), true},
		{"no answer", errors.New("POST /things: EOF"), true},
		{"interrupted while waiting for the answer", fmt.Errorf("POST /things: %w", context.Canceled), true},
		{"refused as invalid", apiErr(http.StatusBadRequest), false},
		{"rate limited", apiErr(http.StatusTooManyRequests), false},
		{"no token, so never sent", fmt.Errorf("POST /things: %w", &transport.TokenError{StatusCode: http.StatusBadRequest}), false},
		{"no credentials, so never sent", fmt.Errorf("creating: %w", gauth.ErrMissingCredentials), false},
	}
	for _, tc := range cases {
		if got := postOutcomeUnknown(tc.err); got != tc.want {
			t.Errorf("%s: postOutcomeUnknown = %v, want %v", tc.name, got, tc.want)
		}
	}
}
