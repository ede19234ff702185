package provider

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"

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
	c := newConsistency(time.Minute)
	notFound := apiError(http.StatusNotFound, "The requested resource was not found.")
	cases := []struct {
		name      string
		private   privateState
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
			err := c.write(context.Background(), tc.private, answers(&calls, notFound, notFound))
			if calls != tc.wantCalls || (err != nil) != tc.wantErr {
				t.Errorf("%d calls, err %v; want %d calls, error %v", calls, err, tc.wantCalls, tc.wantErr)
			}
		})
	}
}

func TestConsistencyWriteRetriesARefusalNamingANewObject(t *testing.T) {
	c := newConsistency(time.Minute)
	c.created.add("role", "new-role", "New")
	c.created.at["old-role"] = time.Now().Add(-time.Hour)
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
			_ = c.write(context.Background(), nil, answers(&calls, tc.refusal, tc.refusal))
			if calls != tc.wantCalls {
				t.Errorf("%d calls, want %d", calls, tc.wantCalls)
			}
		})
	}
}

func TestConsistencyWaitsAreBoundedByTheWindow(t *testing.T) {
	c := newConsistency(300 * time.Millisecond)
	c.created.add("role", "new-role", "New")
	start := time.Now()
	calls := 0
	refusal := apiError(http.StatusBadRequest, "Role [new-role] does not exist.")
	err := c.write(context.Background(), nil, func(context.Context) error { calls++; return refusal })
	if !errors.Is(err, refusal) || time.Since(start) > time.Second || calls < 2 {
		t.Errorf("after %v and %d calls: %v; want the refusal, by the 300ms window", time.Since(start), calls, err)
	}
}

func TestAwaitGone(t *testing.T) {
	probe := func(calls *int, goneAt int) func(context.Context) (bool, error) {
		return func(context.Context) (bool, error) { *calls++; return *calls >= goneAt, nil }
	}
	calls := 0
	if err := awaitGone(context.Background(), time.Minute, probe(&calls, 2)); err != nil || calls != 2 {
		t.Errorf("gone on the second look: %v after %d looks", err, calls)
	}

	calls = 0
	start := time.Now()
	err := awaitGone(context.Background(), 300*time.Millisecond, probe(&calls, 1000))
	if !errors.Is(err, errStillThere) || time.Since(start) > time.Second || !strings.Contains(err.Error(), "300ms") {
		t.Errorf("never gone: %v after %v; want errStillThere by the 300ms window", err, time.Since(start))
	}

	calls = 0
	if err := awaitGone(context.Background(), 0, probe(&calls, 1000)); err != nil || calls != 0 {
		t.Errorf("window 0: %v after %d looks, want no look", err, calls)
	}

	failed := errors.New("boom")
	calls = 0
	err = awaitGone(context.Background(), time.Minute, func(context.Context) (bool, error) { calls++; return false, failed })
	if !errors.Is(err, failed) || calls != 1 {
		t.Errorf("probe failure: %v after %d looks, want it at once", err, calls)
	}
}

func TestResolveCloudConsistencyTimeout(t *testing.T) {
	base := func(timeout types.String) *cloudConfigModel {
		return &cloudConfigModel{APIURL: types.StringValue("https://api.example.com"), ClientID: types.StringValue("id"),
			ClientSecret: types.StringValue("secret"), ConsistencyTimeout: timeout}
	}
	t.Setenv(envCloudConsistencyTimeout, "")
	if got := resolveCloud(base(types.StringNull())); got.consistencyTimeout != 5*time.Minute {
		t.Errorf("default = %v, want 5m", got.consistencyTimeout)
	}
	if got := resolveCloud(base(types.StringValue("90s"))); got.consistencyTimeout != 90*time.Second {
		t.Errorf("configured 90s = %v", got.consistencyTimeout)
	}
	t.Setenv(envCloudConsistencyTimeout, "0s")
	if got := resolveCloud(base(types.StringNull())); got.consistencyTimeout != 0 || got.unavailable != "" {
		t.Errorf("from the environment 0s = %v (%s)", got.consistencyTimeout, got.unavailable)
	}
	t.Setenv(envCloudConsistencyTimeout, "soon")
	if got := resolveCloud(base(types.StringNull())); !strings.Contains(got.unavailable, envCloudConsistencyTimeout) {
		t.Errorf("a bad environment value: unavailable = %q, want it named", got.unavailable)
	}
}

// Once the object has shown after its create, a later 404 means it was deleted: the next read
// does not wait out the rest of the window.
func TestGetAfterCreateForgetsTheCreateOnceSeen(t *testing.T) {
	private := createdAgo(t, 0)
	h := &hiddenFor{misses: 1}
	if _, err := getAfterCreate(context.Background(), time.Minute, private, h.get, "x"); err != nil {
		t.Fatal(err)
	}
	if raw, _ := private.GetKey(context.Background(), privateCreatedAt); raw != nil {
		t.Fatalf("create mark %s kept after the object showed", raw)
	}
	h = &hiddenFor{misses: 1000}
	start := time.Now()
	if _, err := getAfterCreate(context.Background(), time.Minute, private, h.get, "x"); !transport.IsNotFound(err) || h.calls != 1 {
		t.Errorf("after it showed: %v after %d reads, want the first 404 at once", err, h.calls)
	}
	if time.Since(start) > time.Second {
		t.Errorf("waited %v", time.Since(start))
	}

	calls := 0
	private = createdAgo(t, 0)
	if err := newConsistency(time.Minute).write(context.Background(), private, answers(&calls)); err != nil {
		t.Fatal(err)
	}
	if raw, _ := private.GetKey(context.Background(), privateCreatedAt); raw != nil {
		t.Errorf("create mark %s kept after a write succeeded", raw)
	}
}
