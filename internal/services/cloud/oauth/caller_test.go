package oauth

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// A grant that takes a while to show is polled for, not slept over: the wait ends with the
// first answer that shows it.
func TestCloudCallerWaitsForTheGrantToShow(t *testing.T) {
	var mu sync.Mutex
	roles := []string{"admin"}
	lagging := 0 // GETs still answering the old roles after the PUT
	gets := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch r.Method + " " + r.URL.Path {
		case "GET /api/v2/tokens/me":
			_, _ = w.Write([]byte(`{"OAuthClient":{"id":"login","organization":{"id":"purecloud-builtin"}}}`))
		case "GET /api/v2/users/me":
			_, _ = w.Write([]byte(`{"id":"u1","name":"Admin"}`))
		case "PUT /api/v2/users/u1/roles":
			var ids []string
			_ = json.NewDecoder(r.Body).Decode(&ids)
			roles, lagging = ids, 2
			_, _ = w.Write([]byte(`{"roles":[]}`))
		case "GET /api/v2/users/u1/roles":
			gets++
			shown := roles
			if lagging > 0 {
				lagging--
				shown = []string{"admin"}
			}
			out := genesyscloud.UserAuthorization{}
			for _, id := range shown {
				out.Roles = append(out.Roles, genesyscloud.EntityRef{ID: id})
			}
			_ = json.NewEncoder(w).Encode(out)
		default:
			t.Errorf("unexpected %s %s", r.Method, r.URL.Path)
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	client, err := genesyscloud.New(genesyscloud.Config{APIURL: srv.URL, AccessToken: "user-token"})
	if err != nil {
		t.Fatal(err)
	}
	cc := newCloudCaller(client, true, kit.NewConsistency(time.Minute))

	started := time.Now()
	granted, err := cc.ensureUserHolds(context.Background(), []string{"new"})
	if err != nil || !slices.Equal(granted, []string{"new"}) {
		t.Fatalf("ensureUserHolds = %v, %v", granted, err)
	}
	if elapsed := time.Since(started); elapsed > 3*time.Second {
		t.Errorf("waited %s for a grant shown on the third read", elapsed)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(roles, []string{"admin", "new"}) || gets != 5 { // who the caller is, then just before the PUT, then three after
		t.Errorf("roles %v after %d reads, want [admin new] after 5", roles, gets)
	}
	if c, err := cc.get(context.Background()); err != nil || !slices.Contains(c.held, "new") {
		t.Errorf("cached caller = %+v, %v; want it to hold the new role", c, err)
	}
}

// Concurrent grants (the OAuth clients of one apply) do not undo each other, although each PUT
// replaces the user's whole role list.
func TestCloudCallerSerializesGrants(t *testing.T) {
	emu := emulator.New(emulator.Options{})
	srv := httptest.NewServer(emu)
	t.Cleanup(srv.Close)
	token, _ := emu.UserToken()
	client, err := genesyscloud.New(genesyscloud.Config{APIURL: srv.URL, AccessToken: token})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, name := range []string{"First", "Second", "Third"} {
		r, err := client.CreateRole(context.Background(), genesyscloud.RoleInput{Name: name})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := acctest.Visible(client.GetRole, r.ID); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	cc := newCloudCaller(client, true, kit.NewConsistency(time.Minute))
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Go(func() {
			if _, err := cc.ensureUserHolds(context.Background(), []string{id}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	roles, err := client.UserRoles(context.Background(), emulator.CloudAdminUserID)
	if err != nil || !roles.Holds(append(ids, emulator.CloudMasterAdminRoleID, emulator.CloudEmployeeRoleID)...) {
		t.Fatalf("the user's roles = %+v, %v; want the seeded ones and all three new ones", roles, err)
	}
}
