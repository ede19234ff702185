package authorization

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// fromAPI builds the permission policies as objects itself; the set it builds is the one the
// framework's SetValueFrom builds from the same policies, conditions included, and the checks of
// a plan read them back as the API sent them.
func TestRoleFromAPIBuildsThePoliciesSetValueFromWould(t *testing.T) {
	ctx := context.Background()
	role := &genesyscloud.Role{ID: "r-1", Name: "Reporting", PermissionPolicies: []genesyscloud.PermissionPolicy{
		{Domain: "analytics", EntityName: "userObservation", ActionSet: []string{"view"}},
		{Domain: "wfm", EntityName: "schedule", ActionSet: nil},
		{Domain: "directory", EntityName: "user", ActionSet: []string{"edit", "add"}, ResourceConditionNode: &genesyscloud.ConditionNode{
			Conjunction: "AND", Terms: []genesyscloud.ConditionNode{{VariableName: "Division.id", Operator: "EQ", Operands: []genesyscloud.ConditionValue{
				{Type: "SCALAR", Value: "d-1"}, {Type: "USER", User: &genesyscloud.EntityRef{ID: "u-1"}},
			}}},
		}},
	}}
	var m cloudRoleModel
	if diags := m.fromAPI(ctx, role); diags.HasError() {
		t.Fatal(diags)
	}
	models := make([]permissionPolicyModel, 0, len(role.PermissionPolicies))
	for _, p := range role.PermissionPolicies {
		actions, d := types.SetValueFrom(ctx, types.StringType, append([]string{}, p.ActionSet...))
		if d.HasError() {
			t.Fatal(d)
		}
		models = append(models, permissionPolicyModel{Domain: types.StringValue(p.Domain), EntityName: types.StringValue(p.EntityName),
			ActionSet: actions, Conditions: conditionsFromAPI(p.ResourceConditionNode)})
	}
	want, d := types.SetValueFrom(ctx, types.ObjectType{AttrTypes: permissionPolicyAttrTypes}, models)
	if d.HasError() {
		t.Fatal(d)
	}
	if !m.PermissionPolicies.Equal(want) {
		t.Errorf("policies %v, want %v", m.PermissionPolicies, want)
	}
	if empty, _ := types.SetValueFrom(ctx, types.StringType, []string{}); !m.Permissions.Equal(empty) {
		t.Errorf("permissions %v, want an empty set", m.Permissions)
	}
	for _, elem := range m.PermissionPolicies.Elements() {
		obj := elem.(types.Object) //nolint:forcetypeassert // a set of objects
		p, known := knownPolicy(ctx, obj)
		var wantPolicy permissionPolicyModel
		if d := obj.As(ctx, &wantPolicy, basetypes.ObjectAsOptions{}); d.HasError() {
			t.Fatal(d)
		}
		w, _ := wantPolicy.toAPI(ctx)
		if !known || p.Domain != w.Domain || p.EntityName != w.EntityName || len(p.ActionSet) != len(w.ActionSet) ||
			(p.ResourceConditionNode == nil) != (w.ResourceConditionNode == nil) {
			t.Errorf("knownPolicy read %+v (known %v), want %+v", p, known, w)
		}
		for i := range p.ActionSet {
			if p.ActionSet[i] != w.ActionSet[i] {
				t.Errorf("knownPolicy actions %q, want %q", p.ActionSet, w.ActionSet)
			}
		}
	}
}
