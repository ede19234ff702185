package emulator

import (
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"testing"
)

func listRoles(t *testing.T, a *cloudTestAPI, query string) listing[role] {
	t.Helper()
	var l listing[role]
	a.call(http.MethodGet, "/api/v2/authorization/roles?"+query, nil).expect(http.StatusOK).decode(&l)
	return l
}

func roleIDs(roles []role) []string {
	ids := make([]string, len(roles))
	for i, r := range roles {
		ids[i] = r.ID
	}
	return ids
}

func TestCloudRolesPaging(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	for i := range 23 {
		a.createRole(fmt.Sprintf("Paged role %02d", i))
	}
	first := listRoles(t, a, "pageSize=10&name=paged")
	if first.Total != 23 || first.PageCount != 3 || first.PageNumber != 1 || first.PageSize != 10 || len(first.Entities) != 10 {
		t.Fatalf("first page = total %d, pageCount %d, number %d, size %d, %d entities",
			first.Total, first.PageCount, first.PageNumber, first.PageSize, len(first.Entities))
	}
	if first.PreviousURI != "" || first.NextURI != "/api/v2/authorization/roles?pageSize=10&pageNumber=2&name=paged" ||
		first.LastURI != "/api/v2/authorization/roles?pageSize=10&pageNumber=3&name=paged" {
		t.Fatalf("first page URIs: previous %q, next %q, last %q", first.PreviousURI, first.NextURI, first.LastURI)
	}
	if first.Entities[0].Name != "Paged role 00" {
		t.Errorf("first entity = %q, want the roles sorted by name", first.Entities[0].Name)
	}

	last := listRoles(t, a, "pageSize=10&pageNumber=3&name=paged")
	if len(last.Entities) != 3 || last.NextURI != "" || last.PreviousURI != "/api/v2/authorization/roles?pageSize=10&pageNumber=2&name=paged" {
		t.Fatalf("last page: %d entities, next %q, previous %q", len(last.Entities), last.NextURI, last.PreviousURI)
	}

	// Walking nextUri visits every role once.
	var seen []string
	uri := "/api/v2/authorization/roles?pageSize=7&name=PAGED"
	for range 10 {
		var l listing[role]
		a.call(http.MethodGet, uri, nil).expect(http.StatusOK).decode(&l)
		seen = append(seen, roleIDs(l.Entities)...)
		if uri = l.NextURI; uri == "" {
			break
		}
	}
	slices.Sort(seen)
	if len(slices.Compact(seen)) != 23 {
		t.Fatalf("walking nextUri saw %d distinct roles, want 23", len(seen))
	}

	if beyond := listRoles(t, a, "pageSize=10&pageNumber=9&name=paged"); len(beyond.Entities) != 0 || beyond.Total != 23 {
		t.Errorf("page beyond the end = %d entities, total %d", len(beyond.Entities), beyond.Total)
	}
	if d := listRoles(t, a, ""); d.PageSize != 25 || d.PageNumber != 1 {
		t.Errorf("defaults = pageSize %d, pageNumber %d, want 25 and 1", d.PageSize, d.PageNumber)
	}
	for _, q := range []string{"pageSize=0", "pageSize=501", "pageSize=ten", "pageNumber=0"} {
		a.call(http.MethodGet, "/api/v2/authorization/roles?"+q, nil).expectError(http.StatusBadRequest, "bad.request")
	}
	listRoles(t, a, "pageSize=500")
}

func TestCloudRolesFilters(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	partner := a.createRole("Partner Integration")
	var withPolicy role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{
		"name":               "Schedulers",
		"permissionPolicies": []permissionPolicy{policy("wfm", "schedule", "administer")},
	}).expect(http.StatusOK).decode(&withPolicy)
	a.settle()

	tests := []struct {
		query string
		want  []string
	}{
		{"name=PARTNER", []string{partner.ID}},
		{"name=integ", []string{partner.ID}},
		{"pageSize=1&defaultRoleId=employee", []string{CloudEmployeeRoleID}},
		{"defaultRoleId=employee&defaultRoleId=admin", []string{CloudEmployeeRoleID, CloudMasterAdminRoleID}},
		{"id=" + partner.ID + "&id=" + CloudUserRoleID, []string{partner.ID, CloudUserRoleID}},
		{"permission=wfm:schedule:administer", []string{CloudMasterAdminRoleID, withPolicy.ID}},
		{"permission=admin&name=master", []string{CloudMasterAdminRoleID}},
		{"name=no%20such%20role", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got := roleIDs(listRoles(t, a.on(t), tt.query).Entities)
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Fatalf("ids = %v, want %v", got, want)
			}
		})
	}

	counted := listRoles(t, a, "name=partner").Entities[0]
	if counted.UserCount == nil || *counted.UserCount != 0 {
		t.Errorf("userCount = %v, want 0 by default", counted.UserCount)
	}
	var raw listing[map[string]any]
	a.call(http.MethodGet, "/api/v2/authorization/roles?userCount=false&name=partner", nil).expect(http.StatusOK).decode(&raw)
	if _, ok := raw.Entities[0]["userCount"]; ok {
		t.Errorf("userCount=false answer still has userCount: %v", raw.Entities[0])
	}
}

// The on-boarding walk-through: create a least-privilege role, then PUT its permission policies.
func TestCloudRoleLifecycle(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	created := a.createRole("nGuvu")
	if !uuidPattern.MatchString(created.ID) || created.SelfURI != "/api/v2/authorization/roles/"+created.ID || created.Default {
		t.Fatalf("created = %+v", created)
	}

	policies := []permissionPolicy{
		policy("analytics", "userObservation", "view"),
		policy("wfm", "schedule", "administer"),
		policy("wfm", "activityCode", "administer"),
	}
	var put role
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+created.ID, map[string]any{
		"name": "nGuvu", "permissionPolicies": policies, "permissions": []string{},
	}).expect(http.StatusOK).decode(&put)
	var got role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+created.ID, nil).expect(http.StatusOK).decode(&got)
	if !reflect.DeepEqual(got.PermissionPolicies, policies) || !reflect.DeepEqual(put.PermissionPolicies, policies) {
		t.Fatalf("policies = %+v, want %+v", got.PermissionPolicies, policies)
	}

	// PUT is a full replace: what is left out is gone.
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+created.ID, map[string]any{"name": "nGuvu", "description": "d"}).
		expect(http.StatusOK).decode(&got)
	if len(got.PermissionPolicies) != 0 || got.Description != "d" {
		t.Fatalf("after a PUT without policies: %+v", got)
	}

	// PATCH changes only what it sends.
	a.call(http.MethodPatch, "/api/v2/authorization/roles/"+created.ID, map[string]any{"roleNeedsUpdate": true}).
		expect(http.StatusOK).decode(&got)
	if !got.RoleNeedsUpdate || got.Name != "nGuvu" || got.Description != "d" {
		t.Fatalf("after PATCH: %+v", got)
	}

	r := a.call(http.MethodDelete, "/api/v2/authorization/roles/"+created.ID, nil).expect(http.StatusNoContent)
	if len(r.Raw) != 0 {
		t.Errorf("DELETE body = %q, want empty", r.Raw)
	}
	a.settle()
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+created.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+created.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+created.ID, map[string]any{"name": "x"}).expectError(http.StatusNotFound, "not.found")
}

func TestCloudRolePolicyConditionsAndAllowConditions(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	cond := &conditionNode{Conjunction: "AND", Terms: []conditionNode{{
		VariableName: "Conversation.queues", Operator: "IN",
		Operands: []conditionValue{{Type: "QUEUE", Queue: &entityRef{ID: "q1"}}},
	}}}
	p := policy("analytics", "conversationDetail", "view")
	p.ResourceConditionNode = cond
	var got role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{
		"name": "Conditional", "permissionPolicies": []permissionPolicy{p, policy("directory", "user", "view")},
	}).expect(http.StatusOK).decode(&got)
	if !got.PermissionPolicies[0].AllowConditions || got.PermissionPolicies[1].AllowConditions {
		t.Errorf("allowConditions = %v, %v; want true for conversationDetail:view, false for user:view",
			got.PermissionPolicies[0].AllowConditions, got.PermissionPolicies[1].AllowConditions)
	}
	if !reflect.DeepEqual(got.PermissionPolicies[0].ResourceConditionNode, cond) {
		t.Errorf("condition = %+v, want it echoed", got.PermissionPolicies[0].ResourceConditionNode)
	}
}

func TestCloudRoleValidation(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	taken := a.createRole("Taken")
	other := a.createRole("Other")
	leaf := func(operator, valueType string) []permissionPolicy {
		p := policy("routing", "queue", "view")
		p.ResourceConditionNode = &conditionNode{Conjunction: "AND", Terms: []conditionNode{{
			VariableName: "Queue.id", Operator: operator, Operands: []conditionValue{{Type: valueType, Value: "x"}},
		}}}
		return []permissionPolicy{p}
	}
	tests := []struct {
		name, method, path string
		body               any
		code, field        string
	}{
		{"missing name", http.MethodPost, "", map[string]any{"description": "x"}, "bad.request", ""},
		{"blank name", http.MethodPost, "", map[string]any{"name": "  "}, "bad.request", ""},
		{"malformed body", http.MethodPost, "", `{"name":`, "bad.request", ""},
		{"duplicate name, any case", http.MethodPost, "", map[string]any{"name": "TAKEN"}, "bad.request", ""},
		{"rename onto another role", http.MethodPut, "/" + other.ID, map[string]any{"name": "taken"}, "bad.request", ""},
		{"patch onto another role", http.MethodPatch, "/" + other.ID, map[string]any{"name": "Taken"}, "bad.request", ""},
		{"policy without domain", http.MethodPost, "", map[string]any{"name": "p", "permissionPolicies": []permissionPolicy{policy("", "user", "view")}}, "bad.request", ""},
		{"policy without actions", http.MethodPost, "", map[string]any{"name": "p", "permissionPolicies": []permissionPolicy{policy("directory", "user")}}, "bad.request", ""},
		{"unknown operator", http.MethodPost, "", map[string]any{"name": "p", "permissionPolicies": leaf("LIKE", "SCALAR")}, "invalid.value",
			"permissionPolicies[0].resourceConditionNode.terms[0].operator"},
		{"unknown operand type", http.MethodPost, "", map[string]any{"name": "p", "permissionPolicies": leaf("EQ", "GROUP")}, "invalid.value",
			"permissionPolicies[0].resourceConditionNode.terms[0].operands[0].type"},
		{"unknown conjunction", http.MethodPost, "", map[string]any{"name": "p", "permissionPolicies": []permissionPolicy{{
			Domain: "routing", EntityName: "queue", ActionSet: []string{"view"}, ResourceConditionNode: &conditionNode{Conjunction: "XOR"},
		}}}, "invalid.value", "permissionPolicies[0].resourceConditionNode.conjunction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := a.on(t).call(tt.method, "/api/v2/authorization/roles"+tt.path, tt.body).expectError(http.StatusBadRequest, tt.code)
			if tt.field != "" && (e.MessageParams["field"] != tt.field || len(e.Details) != 1 || e.Details[0].FieldName != tt.field) {
				t.Fatalf("error = %+v, want it to name %s", e, tt.field)
			}
		})
	}
	// Keeping its own name is no conflict.
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+taken.ID, map[string]any{"name": "Taken"}).expect(http.StatusOK)
}

func TestCloudBuiltinRolesCannotBeDeletedButCanBeRestored(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var seeded role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK).decode(&seeded)
	if !seeded.Default || seeded.DefaultRoleID != "employee" || seeded.Name != "Employee" || len(seeded.PermissionPolicies) == 0 {
		t.Fatalf("seeded Employee = %+v", seeded)
	}
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expectError(http.StatusBadRequest, "bad.request")
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK)

	change := func() {
		a.call(http.MethodPut, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, map[string]any{
			"name": "Employee", "permissionPolicies": []permissionPolicy{policy("oauth", "client", "view")},
		}).expect(http.StatusOK)
	}
	restored := func() {
		t.Helper()
		var got role
		a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK).decode(&got)
		if !reflect.DeepEqual(got, seeded) {
			t.Fatalf("after restore = %+v, want the seeded %+v", got, seeded)
		}
	}

	change()
	var all listing[role]
	a.call(http.MethodPost, "/api/v2/authorization/roles/default", nil).expect(http.StatusOK).decode(&all)
	if len(all.Entities) != 8 || !slices.Contains(roleIDs(all.Entities), CloudEmployeeRoleID) {
		t.Fatalf("POST restored %v, want the 8 built-in roles", roleIDs(all.Entities))
	}
	restored()

	change()
	var some listing[role]
	a.call(http.MethodPut, "/api/v2/authorization/roles/default", []map[string]string{{"id": CloudEmployeeRoleID}}).
		expect(http.StatusOK).decode(&some)
	if got := roleIDs(some.Entities); !slices.Equal(got, []string{CloudEmployeeRoleID}) {
		t.Fatalf("PUT restored %v, want only Employee", got)
	}
	restored()

	custom := a.createRole("Custom")
	a.call(http.MethodPut, "/api/v2/authorization/roles/default", []map[string]string{{"id": custom.ID}}).expectError(http.StatusBadRequest, "bad.request")
	a.call(http.MethodPut, "/api/v2/authorization/roles/default", []map[string]string{{"id": "nope"}}).expectError(http.StatusNotFound, "not.found")
}
