package genesyscloud

import (
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"strconv"
	"testing"
)

func TestCreateAndUpdateRoleAlwaysSendArrays(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"r1","name":"Partner"}`)
	})
	ctx := t.Context()

	role, err := c.CreateRole(ctx, RoleInput{Name: "Partner"})
	if err != nil || role.ID != "r1" {
		t.Fatalf("CreateRole = %+v, %v", role, err)
	}
	if _, err := c.UpdateRole(ctx, "r1", RoleInput{Name: "Partner", Description: "d", PermissionPolicies: []PermissionPolicy{{Domain: "routing", EntityName: "queue"}}}); err != nil {
		t.Fatalf("UpdateRole: %v", err)
	}

	calls := f.calls()
	if len(calls) != 2 {
		t.Fatalf("service received %d requests, want 2", len(calls))
	}
	assertRequest(t, calls[0], http.MethodPost, "/api/v2/authorization/roles", nil)
	assertJSON(t, calls[0].Body, `{"name":"Partner","description":"","permissions":[],"permissionPolicies":[]}`)
	assertRequest(t, calls[1], http.MethodPut, "/api/v2/authorization/roles/r1", nil)
	assertJSON(t, calls[1].Body, `{"name":"Partner","description":"d","permissions":[],
		"permissionPolicies":[{"domain":"routing","entityName":"queue","actionSet":[]}]}`)
}

func TestRolePoliciesWithConditionsRoundTrip(t *testing.T) {
	const wire = `{
		"name": "Queue supervisor",
		"description": "",
		"permissions": ["group_creation"],
		"permissionPolicies": [{
			"domain": "routing",
			"entityName": "queue",
			"actionSet": ["view", "edit"],
			"resourceConditionNode": {
				"conjunction": "AND",
				"terms": [
					{"variableName": "Queue.id", "operator": "EQ", "operands": [{"type": "QUEUE", "queue": {"id": "q1"}}]},
					{"variableName": "User.id", "operator": "IN", "operands": [{"type": "USER", "user": {"id": "u1"}}, {"type": "SCALAR", "value": "x"}]}
				]
			}
		}]
	}`
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"r1","selfUri":"/api/v2/authorization/roles/r1",`+string(r.Body[1:]))
	})
	in := RoleInput{
		Name:        "Queue supervisor",
		Permissions: []string{"group_creation"},
		PermissionPolicies: []PermissionPolicy{{
			Domain:     "routing",
			EntityName: "queue",
			ActionSet:  []string{"view", "edit"},
			ResourceConditionNode: &ConditionNode{
				Conjunction: "AND",
				Terms: []ConditionNode{
					{VariableName: "Queue.id", Operator: "EQ", Operands: []ConditionValue{{Type: "QUEUE", Queue: &EntityRef{ID: "q1"}}}},
					{VariableName: "User.id", Operator: "IN", Operands: []ConditionValue{{Type: "USER", User: &EntityRef{ID: "u1"}}, {Type: "SCALAR", Value: "x"}}},
				},
			},
		}},
	}

	role, err := c.CreateRole(t.Context(), in)

	if err != nil {
		t.Fatalf("CreateRole: %v", err)
	}
	assertJSON(t, f.only().Body, wire)
	if role.ID != "r1" || role.SelfURI != "/api/v2/authorization/roles/r1" || !reflect.DeepEqual(role.PermissionPolicies, in.PermissionPolicies) || !reflect.DeepEqual(role.Permissions, in.Permissions) {
		t.Errorf("decoded role %+v, want the policies sent", role)
	}
}

func TestGetRoleEscapesIDAndSkipsUserCount(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"a/b","name":"Employee","defaultRoleId":"employee","default":true,"base":false}`)
	})

	role, err := c.GetRole(t.Context(), "a/b")

	if err != nil {
		t.Fatalf("GetRole: %v", err)
	}
	assertRequest(t, f.only(), http.MethodGet, "/api/v2/authorization/roles/a%2Fb", url.Values{"userCount": {"false"}})
	if role.DefaultRoleID != "employee" || !role.Default {
		t.Errorf("role %+v, want the built-in employee role", role)
	}
}

// pagedRoles answers role listings from all, pageSize at a time, as the service does.
func pagedRoles(all []Role) func(http.ResponseWriter, recordedRequest) {
	return func(w http.ResponseWriter, r recordedRequest) {
		size, _ := strconv.Atoi(r.Query.Get("pageSize"))
		page, _ := strconv.Atoi(r.Query.Get("pageNumber"))
		start, end := min((page-1)*size, len(all)), min(page*size, len(all))
		writeJSON(w, http.StatusOK, map[string]any{
			"entities":   all[start:end],
			"pageSize":   size,
			"pageNumber": page,
			"total":      len(all),
			"pageCount":  (len(all) + size - 1) / size,
		})
	}
}

func TestListRolesFollowsEveryPage(t *testing.T) {
	var all []Role
	for i := range 5 {
		all = append(all, Role{ID: fmt.Sprintf("r%d", i), Name: fmt.Sprintf("Role %d", i)})
	}
	c, f := newFakeAPI(t, pagedRoles(all))

	got, err := c.ListRoles(t.Context(), RoleQuery{Name: "Role", DefaultRoleIDs: []string{"admin", "employee"}, IDs: []string{"r1", "r2"}, PageSize: 2})

	if err != nil {
		t.Fatalf("ListRoles: %v", err)
	}
	if !reflect.DeepEqual(got, all) {
		t.Errorf("ListRoles = %+v, want all 5 roles in order", got)
	}
	calls := f.calls()
	if len(calls) != 3 {
		t.Fatalf("service received %d requests, want 3 pages", len(calls))
	}
	for i, call := range calls {
		assertRequest(t, call, http.MethodGet, "/api/v2/authorization/roles", url.Values{
			"name":          {"Role"},
			"defaultRoleId": {"admin", "employee"},
			"id":            {"r1", "r2"},
			"userCount":     {"false"},
			"pageSize":      {"2"},
			"pageNumber":    {strconv.Itoa(i + 1)},
		})
	}
}

func TestListRolesStopsOnAnEmptyPage(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		entities := []Role{}
		if r.Query.Get("pageNumber") == "1" {
			entities = []Role{{ID: "r1", Name: "One"}}
		}
		writeJSON(w, http.StatusOK, map[string]any{"entities": entities, "pageCount": 50})
	})

	got, err := c.ListRoles(t.Context(), RoleQuery{})

	if err != nil || len(got) != 1 {
		t.Fatalf("ListRoles = %+v, %v; want the one role", got, err)
	}
	if n := len(f.calls()); n != 2 {
		t.Errorf("service received %d requests, want 2", n)
	}
	if size := f.calls()[0].Query.Get("pageSize"); size != "100" {
		t.Errorf("default pageSize = %s, want 100", size)
	}
}

func TestFindRoleByNameMatchesExactly(t *testing.T) {
	roles := []Role{{ID: "1", Name: "Admin Plus"}, {ID: "2", Name: "admin"}, {ID: "3", Name: "Admin"}, {ID: "4", Name: "Twin"}, {ID: "5", Name: "Twin"}}
	c, f := newFakeAPI(t, pagedRoles(roles))
	ctx := t.Context()

	role, err := c.FindRoleByName(ctx, "Admin")
	if err != nil || role.ID != "3" {
		t.Errorf("FindRoleByName(Admin) = %+v, %v; want role 3", role, err)
	}
	if got := f.calls()[0].Query.Get("name"); got != "Admin" {
		t.Errorf("name filter %q, want Admin", got)
	}

	if _, err := c.FindRoleByName(ctx, "Adm"); !IsNotFound(err) {
		t.Errorf("FindRoleByName(Adm) err = %v, want not found", err)
	}
	if _, err := c.FindRoleByName(ctx, "Twin"); err == nil || IsNotFound(err) {
		t.Errorf("FindRoleByName(Twin) err = %v, want an ambiguity error", err)
	}
}

func TestFindRoleByDefaultID(t *testing.T) {
	// A service that ignored the filter would answer with every role.
	roles := []Role{{ID: "1", Name: "Master Admin", DefaultRoleID: "admin"}, {ID: "2", Name: "Employee", DefaultRoleID: "employee"}, {ID: "3", Name: "Custom"}}
	c, f := newFakeAPI(t, pagedRoles(roles))
	ctx := t.Context()

	role, err := c.FindRoleByDefaultID(ctx, "employee")
	if err != nil || role.ID != "2" {
		t.Errorf("FindRoleByDefaultID(employee) = %+v, %v; want role 2", role, err)
	}
	if got := f.calls()[0].Query["defaultRoleId"]; !reflect.DeepEqual(got, []string{"employee"}) {
		t.Errorf("defaultRoleId filter %v, want [employee]", got)
	}
	if _, err := c.FindRoleByDefaultID(ctx, "communicateUser"); !IsNotFound(err) {
		t.Errorf("FindRoleByDefaultID(communicateUser) err = %v, want not found", err)
	}
}

func TestDeleteRole(t *testing.T) {
	status := http.StatusNoContent
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		if status == http.StatusNoContent {
			w.WriteHeader(status)
			return
		}
		writeJSON(w, status, `{"code":"not.found","message":"The requested resource was not found.","status":404}`)
	})
	ctx := t.Context()

	if err := c.DeleteRole(ctx, "r1"); err != nil {
		t.Fatalf("DeleteRole: %v", err)
	}
	assertRequest(t, f.only(), http.MethodDelete, "/api/v2/authorization/roles/r1", nil)

	status = http.StatusNotFound
	if err := c.DeleteRole(ctx, "r1"); !IsNotFound(err) {
		t.Errorf("DeleteRole of a missing role err = %v, want not found", err)
	}
}

func TestRestoreDefaultRole(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"entities":[{"id":"r1","name":"Employee"}]}`)
	})

	if err := c.RestoreDefaultRole(t.Context(), "r1"); err != nil {
		t.Fatalf("RestoreDefaultRole: %v", err)
	}
	r := f.only()
	assertRequest(t, r, http.MethodPut, "/api/v2/authorization/roles/default", nil)
	assertJSON(t, r.Body, `[{"id":"r1"}]`)
}
