package emulator

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// Eventual consistency as REAL-ORG-BEHAVIOUR R4 describes it: for a moment after a create, the
// new object is not there for reads, writes on its path nor role grants; for a moment after a
// delete, reads still show it (an OAuth client with state "deleted", CONTRACT A.5).

// listedClients returns the states of the OAuth clients a list shows, by id.
func listedClients(a *cloudTestAPI) map[string]string {
	a.t.Helper()
	var l listing[oauthClient]
	a.call(http.MethodGet, "/api/v2/oauth/clients", nil).expect(http.StatusOK).decode(&l)
	out := map[string]string{}
	for _, cl := range l.Entities {
		out[cl.ID] = cl.State
	}
	return out
}

func TestCloudConsistencyNewRoleIsNotThereYet(t *testing.T) {
	a := newCloudTestAPI(t, Options{}) // the default delay, 2 s
	var r role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Fresh"}).expect(http.StatusOK).decode(&r)
	path := "/api/v2/authorization/roles/" + r.ID

	a.clock.advance(DefaultConsistencyDelay - time.Millisecond)
	a.call(http.MethodGet, path, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPut, path, map[string]any{"name": "Fresh"}).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPatch, path, map[string]any{"roleNeedsUpdate": true}).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, path, nil).expectError(http.StatusNotFound, "not.found")
	if l := listRoles(t, a, "name=fresh"); l.Total != 0 {
		t.Fatalf("the list shows the new role already: %+v", l.Entities)
	}
	// Writes see the store as it is: the name is taken.
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "fresh"}).expectError(http.StatusBadRequest, "bad.request")

	a.clock.advance(time.Millisecond)
	a.call(http.MethodGet, path, nil).expect(http.StatusOK)
	if l := listRoles(t, a, "name=fresh"); l.Total != 1 || l.Entities[0].ID != r.ID {
		t.Fatalf("the list after the delay = %+v", l.Entities)
	}
}

func TestCloudConsistencyNewRoleCannotBeGrantedYet(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var r role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Granted too soon"}).expect(http.StatusOK).decode(&r)
	body := map[string]any{
		"name": "grantee", "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleDivisions": []roleDivision{{RoleID: r.ID, DivisionID: CloudHomeDivisionID}},
	}
	e := a.call(http.MethodPost, "/api/v2/oauth/clients", body).expectError(http.StatusBadRequest, "bad.request")
	if !strings.Contains(e.Message, r.ID) {
		t.Errorf("message %q does not name the role", e.Message)
	}
	bootstrap := map[string]any{
		"name": "Emulator bootstrap client", "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleDivisions": []roleDivision{{RoleID: CloudMasterAdminRoleID, DivisionID: CloudHomeDivisionID}, {RoleID: r.ID, DivisionID: "*"}},
	}
	a.call(http.MethodPut, "/api/v2/oauth/clients/emulator-client", bootstrap).expectError(http.StatusBadRequest, "bad.request")

	a.settle()
	a.grantToBootstrap(r.ID) // the role-holding rule, once the lag is over
	a.call(http.MethodPost, "/api/v2/oauth/clients", body).expect(http.StatusOK)
}

func TestCloudConsistencyNewClientIsNotThereYet(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var cl oauthClientWithSecret
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "fresh", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID},
	}).expect(http.StatusOK).decode(&cl)
	path := "/api/v2/oauth/clients/" + cl.ID

	a.clock.advance(DefaultConsistencyDelay / 2)
	a.call(http.MethodGet, path, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPut, path, map[string]any{
		"name": "fresh", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID}, "state": "inactive",
	}).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, path, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPost, path+"/secret", nil).expectError(http.StatusNotFound, "not.found")
	if _, ok := listedClients(a)[cl.ID]; ok {
		t.Fatal("the list shows the new client already")
	}

	a.settle()
	a.call(http.MethodGet, path, nil).expect(http.StatusOK)
	if state := listedClients(a)[cl.ID]; state != clientActive {
		t.Fatalf("state in the list after the delay = %q, want active", state)
	}
}

func TestCloudConsistencyDeletedRoleStillAnswers(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	r := a.createRole("Going")
	path := "/api/v2/authorization/roles/" + r.ID
	a.call(http.MethodDelete, path, nil).expect(http.StatusNoContent)

	var got role
	a.call(http.MethodGet, path, nil).expect(http.StatusOK).decode(&got)
	if got.ID != r.ID || got.Name != "Going" {
		t.Fatalf("GET after the delete = %+v, want the role as it was", got)
	}
	if l := listRoles(t, a, "name=going"); l.Total != 1 {
		t.Fatalf("the list no longer shows the deleted role: %+v", l.Entities)
	}
	// Writes see the store as it is: the role is gone and its name free.
	a.call(http.MethodPut, path, map[string]any{"name": "Going"}).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, path, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "late", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{r.ID},
	}).expectError(http.StatusBadRequest, "bad.request")
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Going"}).expect(http.StatusOK)

	a.settle()
	a.call(http.MethodGet, path, nil).expectError(http.StatusNotFound, "not.found")
	if l := listRoles(t, a, "name=going"); l.Total != 1 || l.Entities[0].ID == r.ID {
		t.Fatalf("the list after the delay = %+v, want only the new role of that name", l.Entities)
	}
}

// A user's role reads lag behind a role's delete too, while a PUT of the user's roles checks the
// store: sending back the list just read is refused for the deleted role until the read catches up.
func TestCloudConsistencyDeletedRoleLingersInTheUsersRoles(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	user, _ := a.em.UserToken()
	path := "/api/v2/users/" + CloudAdminUserID + "/roles"
	userRoles := func() []string {
		var roles userAuthorization
		a.send(user, http.MethodGet, path, nil).expect(http.StatusOK).decode(&roles)
		var ids []string
		for _, r := range roles.Roles {
			ids = append(ids, r.ID)
		}
		return ids
	}
	going := a.createRole("Going")
	a.send(user, http.MethodPut, path, append(userRoles(), going.ID)).expect(http.StatusOK)
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+going.ID, nil).expect(http.StatusNoContent)

	read := userRoles()
	if !slices.Contains(read, going.ID) {
		t.Fatalf("the user's roles right after the delete = %v, want the deleted role still listed", read)
	}
	e := a.send(user, http.MethodPut, path, read).expectError(http.StatusBadRequest, "bad.request")
	if e.Message != "Role ["+going.ID+"] does not exist." {
		t.Errorf("message %q, want the deleted role named", e.Message)
	}
	kept := slices.DeleteFunc(slices.Clone(read), func(id string) bool { return id == going.ID })
	a.send(user, http.MethodPut, path, kept).expect(http.StatusOK)

	a.settle()
	if read := userRoles(); !slices.Equal(read, kept) {
		t.Fatalf("the user's roles after the delay = %v, want %v", read, kept)
	}
}

func TestCloudConsistencyDeletedClientAnswersDeleted(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	cl := a.createClient("going")
	path := "/api/v2/oauth/clients/" + cl.ID
	a.call(http.MethodPut, path, map[string]any{
		"name": "going", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID}, "state": "inactive",
	}).expect(http.StatusOK)
	a.call(http.MethodDelete, path, nil).expect(http.StatusNoContent)

	var got oauthClient
	a.call(http.MethodGet, path, nil).expect(http.StatusOK).decode(&got)
	if got.ID != cl.ID || got.State != "deleted" || hasSecretField(t, a.call(http.MethodGet, path, nil).Raw) {
		t.Fatalf("GET after the delete = %+v, want the client in state deleted", got)
	}
	if state := listedClients(a)[cl.ID]; state != "deleted" {
		t.Fatalf("state in the list after the delete = %q, want deleted", state)
	}
	a.call(http.MethodPut, path, map[string]any{
		"name": "going", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID},
	}).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, path, nil).expectError(http.StatusNotFound, "not.found")
	a.requestToken(cl.ID, cl.Secret, "client_credentials").expect(http.StatusBadRequest)

	a.settle()
	a.call(http.MethodGet, path, nil).expectError(http.StatusNotFound, "not.found")
	if _, ok := listedClients(a)[cl.ID]; ok {
		t.Fatal("the list still shows the client after the delay")
	}
}

// The dump is the store as it is, for tests that look for leftovers: no lag there.
func TestCloudConsistencyObjectsDumpShowsTheStore(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var fresh role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Dumped"}).expect(http.StatusOK).decode(&fresh)
	gone := a.createRole("Dropped")
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+gone.ID, nil).expect(http.StatusNoContent)

	var ids []string
	for _, r := range a.em.Objects()["cloud_roles"] {
		stored, ok := r.(role)
		if !ok {
			t.Fatalf("a dumped role is a %T", r)
		}
		ids = append(ids, stored.ID)
	}
	if !slices.Contains(ids, fresh.ID) || slices.Contains(ids, gone.ID) {
		t.Fatalf("dumped role ids %v: want the new role %s and not the deleted %s", ids, fresh.ID, gone.ID)
	}
}

func TestCloudConsistencyOff(t *testing.T) {
	a := newCloudTestAPI(t, Options{ConsistencyDelay: ConsistencyOff})
	var r role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "At once"}).expect(http.StatusOK).decode(&r)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expect(http.StatusOK)
	a.grantToBootstrap(r.ID)
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "at once", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{r.ID},
	}).expect(http.StatusOK)
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+r.ID, nil).expect(http.StatusNoContent)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expectError(http.StatusNotFound, "not.found")
}

func TestCloudConsistencyDelayIsConfigurable(t *testing.T) {
	a := newCloudTestAPI(t, Options{ConsistencyDelay: 10 * time.Second})
	var r role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Slow"}).expect(http.StatusOK).decode(&r)
	a.clock.advance(9 * time.Second)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.clock.advance(time.Second)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+r.ID, nil).expect(http.StatusOK)
}

// GAuth reads back what it just wrote: nothing public says it lags.
func TestGAuthHasNoConsistencyDelay(t *testing.T) {
	api := newGAuthTestAPI(t, Options{ConsistencyDelay: time.Hour})
	ops := api.ops()
	envID := api.createEnvironment()
	api.call(http.MethodGet, "/environment/v3/environments/"+envID, ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_id":"c1","client_secret":"s"}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, "/auth/v3/ops/clients/c1", ops, "").expect(t, http.StatusOK, 0)
}
