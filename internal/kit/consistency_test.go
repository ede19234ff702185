package kit

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// answers returns a call that answers errs in turn, then nil, counting its calls.
func answers(calls *int, errs ...error) func(context.Context) error {
	return func(context.Context) error {
		*calls++
		if *calls <= len(errs) {
			return errs[*calls-1]
		}
		return nil
	}
}

func apiError(status int, message string) error {
	return &transport.APIError{Method: http.MethodPost, Path: "/api/v2/oauth/clients", StatusCode: status, Message: message}
}

func TestConsistencyWriteRetriesA404OnlyRightAfterTheCreate(t *testing.T) {
	c := NewConsistency(time.Minute)
	notFound := apiError(http.StatusNotFound, "The requested resource was not found.")
	cases := []struct {
		name      string
		private   PrivateState
		wantCalls int
		wantErr   bool
	}{
		{"just created: the 404s are waited out", createdAgo(t, 0), 3, false},
		{"created long ago: a 404 is final", createdAgo(t, time.Hour), 1, true},
		{"imported: a 404 is final", memoryPrivate{}, 1, true},
		{"being created: a 404 is final", nil, 1, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			err := c.Write(context.Background(), tc.private, answers(&calls, notFound, notFound))
			if calls != tc.wantCalls || (err != nil) != tc.wantErr {
				t.Errorf("%d calls, err %v; want %d calls, error %v", calls, err, tc.wantCalls, tc.wantErr)
			}
		})
	}
}

func TestConsistencyWriteRetriesARefusalNamingANewObject(t *testing.T) {
	c := NewConsistency(time.Minute)
	c.Created.Add("role", "new-role", "New")
	c.Created.at["old-role"] = time.Now().Add(-time.Hour)
	cases := []struct {
		name      string
		refusal   error
		wantCalls int
	}{
		{"names a role created moments ago", apiError(http.StatusBadRequest, "Role [new-role] does not exist."), 3},
		{"names a role created long ago", apiError(http.StatusBadRequest, "Role [old-role] does not exist."), 1},
		{"names no role of ours", apiError(http.StatusBadRequest, "Role [other] does not exist."), 1},
		{"not a refusal of the request", apiError(http.StatusForbidden, "new-role"), 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			_ = c.Write(context.Background(), nil, answers(&calls, tc.refusal, tc.refusal))
			if calls != tc.wantCalls {
				t.Errorf("%d calls, want %d", calls, tc.wantCalls)
			}
		})
	}
}

func TestConsistencyWaitsAreBoundedByTheWindow(t *testing.T) {
	c := NewConsistency(300 * time.Millisecond)
	c.Created.Add("role", "new-role", "New")
	start := time.Now()
	calls := 0
	refusal := apiError(http.StatusBadRequest, "Role [new-role] does not exist.")
	err := c.Write(context.Background(), nil, func(context.Context) error { calls++; return refusal })
	if !errors.Is(err, refusal) || time.Since(start) > time.Second || calls < 2 {
		t.Errorf("after %v and %d calls: %v; want the refusal, by the 300ms window", time.Since(start), calls, err)
	}
}

// does not wait out the rest of the window.
func TestGetAfterCreateForgetsTheCreateOnceSeen(t *testing.T) {
	private := createdAgo(t, 0)
	h := &hiddenFor{misses: 1}
	if _, err := GetAfterCreate(context.Background(), time.Minute, private, h.get, "x"); err != nil {
		t.Fatal(err)
	}
	if raw, _ := private.GetKey(context.Background(), privateCreatedAt); raw != nil {
		t.Fatalf("create mark %s kept after the object showed", raw)
	}
	h = &hiddenFor{misses: 1000}
	start := time.Now()
	if _, err := GetAfterCreate(context.Background(), time.Minute, private, h.get, "x"); !transport.IsNotFound(err) || h.calls != 1 {
		t.Errorf("after it showed: %v after %d reads, want the first 404 at once", err, h.calls)
	}
	if time.Since(start) > time.Second {
		t.Errorf("waited %v", time.Since(start))
	}

	calls := 0
	private = createdAgo(t, 0)
	if err := NewConsistency(time.Minute).Write(context.Background(), private, answers(&calls)); err != nil {
		t.Fatal(err)
	}
	if raw, _ := private.GetKey(context.Background(), privateCreatedAt); raw != nil {
		t.Errorf("create mark %s kept after a write succeeded", raw)
	}
}
