package emulator

import (
	"net/http"
	"slices"
	"strings"
	"testing"
)

// policyStrings flattens a role's policies into "domain:entity:action" lines, sorted, with
// "+cond" on those that carry a condition.
func policyStrings(policies []permissionPolicy) []string {
	var out []string
	for _, p := range policies {
		for _, a := range p.ActionSet {
			s := p.Domain + ":" + p.EntityName + ":" + a
			if p.ResourceConditionNode != nil {
				s += "+cond"
			}
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// putPolicies creates a role and PUTs the policies to it, as seed 000 does, and returns the answer.
func (a *cloudTestAPI) putPolicies(name string, policies []map[string]any) cloudTestResponse {
	a.t.Helper()
	r := a.createRole(name)
	return a.call(http.MethodPut, "/api/v2/authorization/roles/"+r.ID, map[string]any{"name": name, "permissionPolicies": policies})
}

var divisionCondition = map[string]any{"conjunction": "AND", "terms": []map[string]any{{
	"variableName": "Division.id", "operator": "EQ", "operands": []map[string]any{{"type": "SCALAR", "value": CloudHomeDivisionID}},
}}}

// R2: "*" actions and entities are stored, and answered by every read, expanded against the catalogue.
func TestCloudRoleWildcardsAreExpanded(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var created role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Wild", "permissionPolicies": []map[string]any{
		{"domain": "wfm", "entityName": "schedule", "actionSet": []string{"*"}},
		{"domain": "directory", "entityName": "*", "actionSet": []string{"view"}},
	}}).expect(http.StatusOK).decode(&created)
	want := []string{
		"directory:group:view", "directory:location:view", "directory:user:view",
		"wfm:schedule:add", "wfm:schedule:administer", "wfm:schedule:delete", "wfm:schedule:edit", "wfm:schedule:view",
	}
	if got := policyStrings(created.PermissionPolicies); !slices.Equal(got, want) {
		t.Fatalf("POST answered %v, want %v", got, want)
	}
	a.settle()
	var got role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+created.ID, nil).expect(http.StatusOK).decode(&got)
	if !slices.Equal(policyStrings(got.PermissionPolicies), want) {
		t.Fatalf("GET answered %v, want %v", policyStrings(got.PermissionPolicies), want)
	}
	var l listing[role]
	a.call(http.MethodGet, "/api/v2/authorization/roles?name=Wild", nil).expect(http.StatusOK).decode(&l)
	if len(l.Entities) != 1 || !slices.Equal(policyStrings(l.Entities[0].PermissionPolicies), want) {
		t.Fatalf("list answered %+v", l.Entities)
	}
	// Both entity and action: every permission of the domain.
	var all role
	a.call(http.MethodPatch, "/api/v2/authorization/roles/"+created.ID, map[string]any{"permissionPolicies": []map[string]any{
		{"domain": "oauth", "entityName": "*", "actionSet": []string{"*"}},
	}}).expect(http.StatusOK).decode(&all)
	if got := policyStrings(all.PermissionPolicies); !slices.Equal(got, []string{"oauth:client:add", "oauth:client:delete", "oauth:client:edit", "oauth:client:view"}) {
		t.Fatalf("PATCH answered %v", got)
	}
	if slices.ContainsFunc(all.PermissionPolicies, func(p permissionPolicy) bool { return p.EntityName == "*" }) {
		t.Fatalf("a wildcard is still stored: %+v", all.PermissionPolicies)
	}
}

// R2: the API may drop conditions while expanding; the emulator keeps them where every expanded
// action allows conditions.
func TestCloudRoleWildcardExpansionDropsConditionsWhereNotAllowed(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var r role
	a.putPolicies("Conditional", []map[string]any{
		{"domain": "analytics", "entityName": "*", "actionSet": []string{"view"}, "resourceConditionNode": divisionCondition},
	}).expect(http.StatusOK).decode(&r)
	want := []string{
		"analytics:conversationAggregate:view+cond", "analytics:conversationDetail:view+cond", "analytics:dataExport:view",
		"analytics:queueObservation:view+cond",
		"analytics:userAggregate:view", "analytics:userObservation:view",
	}
	if got := policyStrings(r.PermissionPolicies); !slices.Equal(got, want) {
		t.Fatalf("stored %v, want %v", got, want)
	}
}

// R3: what lies outside the catalogue is accepted and silently not stored, down to single actions.
func TestCloudRolePoliciesOutsideTheCatalogueAreDropped(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var r role
	a.putPolicies("Partly real", []map[string]any{
		{"domain": "analytcs", "entityName": "userObservation", "actionSet": []string{"view"}},
		{"domain": "analytics", "entityName": "userObservations", "actionSet": []string{"view"}},
		{"domain": "wfm", "entityName": "schedule", "actionSet": []string{"view", "adminster"}},
	}).expect(http.StatusOK).decode(&r)
	if got := policyStrings(r.PermissionPolicies); !slices.Equal(got, []string{"wfm:schedule:view"}) {
		t.Fatalf("stored %v, want only wfm:schedule:view", got)
	}
}

// Conditions on a permission whose catalogue entry does not allow them are refused [ours].
func TestCloudRoleConditionsOnlyWhereTheCatalogueAllowsThem(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	e := a.putPolicies("Bad condition", []map[string]any{
		{"domain": "wfm", "entityName": "schedule", "actionSet": []string{"administer"}, "resourceConditionNode": divisionCondition},
	}).expectError(http.StatusBadRequest, "bad.request")
	if !strings.Contains(e.Message, "conditions are not allowed on wfm:schedule") {
		t.Errorf("message = %q", e.Message)
	}
	// One action of the policy without allowsConditions is enough to refuse it.
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{"name": "Mixed", "permissionPolicies": []map[string]any{
		{"domain": "routing", "entityName": "queue", "actionSet": []string{"view", "search"}, "resourceConditionNode": divisionCondition},
	}}).expectError(http.StatusBadRequest, "bad.request")

	var r role
	a.putPolicies("Good condition", []map[string]any{
		{"domain": "routing", "entityName": "queue", "actionSet": []string{"view"}, "resourceConditionNode": divisionCondition},
	}).expect(http.StatusOK).decode(&r)
	if len(r.PermissionPolicies) != 1 || !r.PermissionPolicies[0].AllowConditions || r.PermissionPolicies[0].ResourceConditionNode == nil {
		t.Fatalf("stored %+v, want the conditional policy with allowConditions", r.PermissionPolicies)
	}
}

// Each rule can be turned off for tests that need the old echo.
func TestCloudRolePolicyRulesCanBeTurnedOff(t *testing.T) {
	a := newCloudTestAPI(t, Options{KeepWildcardPolicies: true, KeepUncataloguedPolicies: true, AllowConditionsAnywhere: true})
	var r role
	a.putPolicies("Lenient", []map[string]any{
		{"domain": "wfm", "entityName": "*", "actionSet": []string{"*"}},
		{"domain": "nosuch", "entityName": "thing", "actionSet": []string{"view"}},
		{"domain": "wfm", "entityName": "schedule", "actionSet": []string{"administer"}, "resourceConditionNode": divisionCondition},
	}).expect(http.StatusOK).decode(&r)
	want := []string{"nosuch:thing:view", "wfm:*:*", "wfm:schedule:administer+cond"}
	if got := policyStrings(r.PermissionPolicies); !slices.Equal(got, want) {
		t.Fatalf("stored %v, want %v", got, want)
	}
}

// The built-in Master Admin role is seeded through the same rules: its wildcards are stored expanded.
func TestCloudMasterAdminHoldsTheWholeCatalogueExpanded(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var admin role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudMasterAdminRoleID, nil).expect(http.StatusOK).decode(&admin)
	got := policyStrings(admin.PermissionPolicies)
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "*") }) {
		t.Fatalf("Master Admin stores a wildcard: %v", got)
	}
	if !slices.Contains(got, "oauth:client:add") || !slices.Contains(got, "wfm:activityCode:administer") {
		t.Fatalf("Master Admin lacks catalogue permissions: %v", got)
	}
}

// R5: a built-in role keeps its name; PUT and PATCH with another name are refused [ours: 400].
func TestCloudDefaultRoleCannotBeRenamed(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	path := "/api/v2/authorization/roles/" + CloudEmployeeRoleID
	e := a.call(http.MethodPut, path, map[string]any{"name": "Staff"}).expectError(http.StatusBadRequest, "bad.request")
	if len(e.Details) != 1 || e.Details[0].FieldName != "name" {
		t.Errorf("details = %+v, want the name field", e.Details)
	}
	a.call(http.MethodPatch, path, map[string]any{"name": "Staff"}).expectError(http.StatusBadRequest, "bad.request")
	a.call(http.MethodPut, path, map[string]any{"name": "Employee", "description": "Everyone"}).expect(http.StatusOK)
	var got role
	a.call(http.MethodGet, path, nil).expect(http.StatusOK).decode(&got)
	if got.Name != "Employee" || got.Description != "Everyone" {
		t.Fatalf("Employee = %+v", got)
	}
	// A custom role may be renamed.
	custom := a.createRole("Custom")
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+custom.ID, map[string]any{"name": "Renamed"}).expect(http.StatusOK)

	lenient := newCloudTestAPI(t, Options{AllowDefaultRoleRename: true})
	lenient.call(http.MethodPut, path, map[string]any{"name": "Staff"}).expect(http.StatusOK)
}

// The built-in roles are those a new real org has, under the default role ids public sources name.
func TestCloudBuiltinRolesOfANewOrg(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	for id, name := range map[string]string{"admin": "Master Admin", "employee": "Employee", "trustedUser": "Trusted External User"} {
		var l listing[role]
		a.call(http.MethodGet, "/api/v2/authorization/roles?pageSize=1&defaultRoleId="+id, nil).expect(http.StatusOK).decode(&l)
		if len(l.Entities) != 1 || l.Entities[0].Name != name || !l.Entities[0].Default {
			t.Errorf("defaultRoleId=%s: %+v, want the built-in %q", id, l.Entities, name)
		}
	}
}
