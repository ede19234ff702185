package authorization

import (
	"context"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type cloudRoleModel struct {
	ID                 types.String `tfsdk:"id"`
	Name               types.String `tfsdk:"name"`
	Description        types.String `tfsdk:"description"`
	Permissions        types.Set    `tfsdk:"permissions"`
	PermissionPolicies types.Set    `tfsdk:"permission_policies"`
	DefaultRoleID      types.String `tfsdk:"default_role_id"`

	EffectivePermissions types.Set `tfsdk:"effective_permissions"`
}

type permissionPolicyModel struct {
	Domain     types.String     `tfsdk:"domain"`
	EntityName types.String     `tfsdk:"entity_name"`
	ActionSet  types.Set        `tfsdk:"action_set"`
	Conditions *conditionsModel `tfsdk:"conditions"`
}

type conditionsModel struct {
	Conjunction types.String         `tfsdk:"conjunction"`
	Terms       []conditionTermModel `tfsdk:"terms"`
}

type conditionTermModel struct {
	VariableName types.String            `tfsdk:"variable_name"`
	Operator     types.String            `tfsdk:"operator"`
	Operands     []conditionOperandModel `tfsdk:"operands"`
}

type conditionOperandModel struct {
	Type    types.String `tfsdk:"type"`
	Value   types.String `tfsdk:"value"`
	UserID  types.String `tfsdk:"user_id"`
	QueueID types.String `tfsdk:"queue_id"`
	TeamID  types.String `tfsdk:"team_id"`
}

var (
	operandAttrTypes = map[string]attr.Type{
		"type": types.StringType, "value": types.StringType,
		"user_id": types.StringType, "queue_id": types.StringType, "team_id": types.StringType,
	}
	termAttrTypes = map[string]attr.Type{
		"variable_name": types.StringType,
		"operator":      types.StringType,
		"operands":      types.ListType{ElemType: types.ObjectType{AttrTypes: operandAttrTypes}},
	}
	conditionsAttrTypes = map[string]attr.Type{
		"conjunction": types.StringType,
		"terms":       types.ListType{ElemType: types.ObjectType{AttrTypes: termAttrTypes}},
	}
	permissionPolicyAttrTypes = map[string]attr.Type{
		"domain":      types.StringType,
		"entity_name": types.StringType,
		"action_set":  types.SetType{ElemType: types.StringType},
		"conditions":  types.ObjectType{AttrTypes: conditionsAttrTypes},
	}
)

// toAPI builds the full PUT/POST body: the API replaces every field on PUT, so nothing is omitted.
func (m cloudRoleModel) toAPI(ctx context.Context) (genesyscloud.RoleInput, diag.Diagnostics) {
	var diags diag.Diagnostics
	in := genesyscloud.RoleInput{
		Name:               m.Name.ValueString(),
		Description:        m.Description.ValueString(),
		Permissions:        []string{},
		PermissionPolicies: []genesyscloud.PermissionPolicy{},
	}
	diags.Append(m.Permissions.ElementsAs(ctx, &in.Permissions, false)...)

	var policies []permissionPolicyModel
	diags.Append(m.PermissionPolicies.ElementsAs(ctx, &policies, false)...)
	for _, p := range policies {
		pol, d := p.toAPI(ctx)
		diags.Append(d...)
		in.PermissionPolicies = append(in.PermissionPolicies, pol)
	}
	sort.Strings(in.Permissions)
	return in, diags
}

// toAPI builds one permission policy of the body, its actions sorted.
func (p permissionPolicyModel) toAPI(ctx context.Context) (genesyscloud.PermissionPolicy, diag.Diagnostics) {
	pol := genesyscloud.PermissionPolicy{
		Domain:     p.Domain.ValueString(),
		EntityName: p.EntityName.ValueString(),
		ActionSet:  []string{},
	}
	diags := p.ActionSet.ElementsAs(ctx, &pol.ActionSet, false)
	sort.Strings(pol.ActionSet)
	if p.Conditions != nil {
		pol.ResourceConditionNode = p.Conditions.toAPI()
	}
	return pol, diags
}

// toAPI builds the condition tree the way Genesys Cloud expects it: a top node with the
// conjunction and one leaf term per condition.
func (c *conditionsModel) toAPI() *genesyscloud.ConditionNode {
	node := &genesyscloud.ConditionNode{Conjunction: c.Conjunction.ValueString(), Terms: []genesyscloud.ConditionNode{}}
	for _, t := range c.Terms {
		term := genesyscloud.ConditionNode{
			VariableName: t.VariableName.ValueString(),
			Operator:     t.Operator.ValueString(),
			Operands:     []genesyscloud.ConditionValue{},
		}
		for _, o := range t.Operands {
			v := genesyscloud.ConditionValue{Type: o.Type.ValueString(), Value: o.Value.ValueString()}
			if id := o.UserID.ValueString(); id != "" {
				v.User = &genesyscloud.EntityRef{ID: id}
			}
			if id := o.QueueID.ValueString(); id != "" {
				v.Queue = &genesyscloud.EntityRef{ID: id}
			}
			if id := o.TeamID.ValueString(); id != "" {
				v.Team = &genesyscloud.EntityRef{ID: id}
			}
			term.Operands = append(term.Operands, v)
		}
		node.Terms = append(node.Terms, term)
	}
	return node
}

// fromAPI sets every attribute from the API's view of the role. Collections are always known
// and never null (an empty set when the role has none), matching the schema defaults.
func (m *cloudRoleModel) fromAPI(ctx context.Context, r *genesyscloud.Role) diag.Diagnostics {
	var diags diag.Diagnostics
	m.ID = types.StringValue(r.ID)
	m.Name = types.StringValue(r.Name)
	m.Description = kit.DescriptionFromAPI(m.Description, r.Description)
	m.DefaultRoleID = kit.OptionalString(r.DefaultRoleID)

	m.Permissions = kit.SetOf(ctx, r.Permissions, &diags)

	// The policies are built as objects rather than through SetValueFrom: its reflection was the
	// costliest part of a refresh of a role.
	policies := make([]attr.Value, 0, len(r.PermissionPolicies))
	for _, p := range r.PermissionPolicies {
		pm := permissionPolicyModel{
			Domain:     types.StringValue(p.Domain),
			EntityName: types.StringValue(p.EntityName),
			ActionSet:  kit.SetOf(ctx, p.ActionSet, &diags),
			Conditions: conditionsFromAPI(p.ResourceConditionNode),
		}
		policies = append(policies, pm.object(ctx, &diags))
	}
	var d diag.Diagnostics
	m.PermissionPolicies, d = types.SetValue(types.ObjectType{AttrTypes: permissionPolicyAttrTypes}, policies)
	diags.Append(d...)
	return diags
}

// object is the policy as a value of the permission_policies set.
func (p permissionPolicyModel) object(ctx context.Context, diags *diag.Diagnostics) types.Object {
	conditions := types.ObjectNull(conditionsAttrTypes)
	if p.Conditions != nil {
		var d diag.Diagnostics
		conditions, d = types.ObjectValueFrom(ctx, conditionsAttrTypes, p.Conditions)
		diags.Append(d...)
	}
	obj, d := types.ObjectValue(permissionPolicyAttrTypes, map[string]attr.Value{
		"domain": p.Domain, "entity_name": p.EntityName, "action_set": p.ActionSet, "conditions": conditions,
	})
	diags.Append(d...)
	return obj
}

func conditionsFromAPI(n *genesyscloud.ConditionNode) *conditionsModel {
	if n == nil || (n.Conjunction == "" && len(n.Terms) == 0) {
		return nil
	}
	c := &conditionsModel{Conjunction: types.StringValue(n.Conjunction), Terms: []conditionTermModel{}}
	for _, t := range n.Terms {
		term := conditionTermModel{
			VariableName: types.StringValue(t.VariableName),
			Operator:     types.StringValue(t.Operator),
			Operands:     []conditionOperandModel{},
		}
		for _, o := range t.Operands {
			term.Operands = append(term.Operands, conditionOperandModel{
				Type:    types.StringValue(o.Type),
				Value:   kit.OptionalString(o.Value),
				UserID:  kit.OptionalString(refID(o.User)),
				QueueID: kit.OptionalString(refID(o.Queue)),
				TeamID:  kit.OptionalString(refID(o.Team)),
			})
		}
		c.Terms = append(c.Terms, term)
	}
	return c
}

func refID(r *genesyscloud.EntityRef) string {
	if r == nil {
		return ""
	}
	return r.ID
}
