package authorization

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// settlePolicies finishes a model that fromAPI set from the API's view of a role. Genesys Cloud
// stores "*" expanded into explicit policies (REAL-ORG-BEHAVIOUR.md R2), so the policies it answers
// differ from configured ones that use wildcards. When the configured policies, expanded against
// the catalogue, grant exactly what the API answered, the configured form is kept: no
// "inconsistent result" after an apply, and no perpetual diff. Otherwise the API's view stays and
// the difference shows as drift. effective_permissions is always what the API says the role grants.
// configured is the plan on create and update, and the prior state on read (null on import).
func (r *cloudRoleResource) settlePolicies(ctx context.Context, configured types.Set, m *cloudRoleModel, role *genesyscloud.Role) diag.Diagnostics {
	var in genesyscloud.RoleInput
	var diags diag.Diagnostics
	if !configured.IsNull() && !configured.IsUnknown() {
		in, diags = cloudRoleModel{
			Permissions:        types.SetValueMust(types.StringType, []attr.Value{}),
			PermissionPolicies: configured,
		}.toAPI(ctx)
		if diags.HasError() {
			return diags
		}
	}
	// The catalogue is read only when a wildcard needs expanding: plain policies compare as they are.
	var pc *genesyscloud.PermissionCatalogue
	if hasWildcard(role.PermissionPolicies) || hasWildcard(in.PermissionPolicies) {
		pc, _ = permissionCatalogue.Of(r.Cloud).get(ctx) // without it, wildcards are compared unexpanded
	}
	expand := func(ps []genesyscloud.PermissionPolicy) []genesyscloud.PermissionPolicy {
		if pc == nil {
			return ps
		}
		return pc.Expand(ps)
	}
	stored := expand(role.PermissionPolicies)
	m.EffectivePermissions = grantedPermissions(stored)
	if !configured.IsNull() && !configured.IsUnknown() && slices.Equal(policyGrants(expand(in.PermissionPolicies)), policyGrants(stored)) {
		m.PermissionPolicies = configured
	}
	return diags
}

func hasWildcard(policies []genesyscloud.PermissionPolicy) bool {
	return slices.ContainsFunc(policies, func(p genesyscloud.PermissionPolicy) bool {
		return p.EntityName == "*" || slices.Contains(p.ActionSet, "*")
	})
}

// policyGrants is a comparable form of policies: one sorted "domain:entity:action conditions"
// line per action, however the actions are grouped into policies.
func policyGrants(policies []genesyscloud.PermissionPolicy) []string {
	var out []string
	for _, p := range policies {
		cond := ""
		if p.ResourceConditionNode != nil {
			b, _ := json.Marshal(p.ResourceConditionNode)
			cond = string(b)
		}
		for _, a := range p.ActionSet {
			out = append(out, p.Domain+":"+p.EntityName+":"+a+" "+cond)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
