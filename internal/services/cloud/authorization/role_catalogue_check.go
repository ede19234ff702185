package authorization

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// checkPolicies validates every permission policy of a plan against the org's catalogue: a real org
// silently drops a policy outside it (REAL-ORG-BEHAVIOUR.md R3) and accepts conditions only where
// its entry allows them, so each such problem is an error on the offending attribute, with the
// closest catalogue name as a suggestion. It returns the policies as the API will store them
// (wildcards expanded, R2), or ok false when some value is unknown yet or a problem was found.
func checkPolicies(ctx context.Context, pc *genesyscloud.PermissionCatalogue, policies types.Set, diags *diag.Diagnostics) ([]genesyscloud.PermissionPolicy, bool) {
	if policies.IsUnknown() || policies.IsNull() {
		return nil, false
	}
	ok := true
	var all []genesyscloud.PermissionPolicy
	for _, elem := range policies.Elements() {
		obj, isObj := elem.(types.Object)
		if !isObj || obj.IsUnknown() {
			ok = false
			continue
		}
		p, known := knownPolicy(ctx, obj)
		if !known {
			ok = false
			continue
		}
		if !checkPolicy(pc, p, path.Root("permission_policies").AtSetValue(obj), diags) {
			ok = false
			continue
		}
		all = append(all, p)
	}
	if !ok {
		return nil, false
	}
	return pc.Expand(all), true
}

// knownPolicy converts a policy whose domain, entity, actions and conditions are all known.
func knownPolicy(ctx context.Context, obj types.Object) (genesyscloud.PermissionPolicy, bool) {
	attrs := obj.Attributes()
	for _, name := range []string{"domain", "entity_name", "action_set", "conditions"} {
		if v, ok := attrs[name]; !ok || v.IsUnknown() || !fullyKnown(v) {
			return genesyscloud.PermissionPolicy{}, false
		}
	}
	domain, isDomain := attrs["domain"].(types.String)
	entity, isEntity := attrs["entity_name"].(types.String)
	actions, isActions := attrs["action_set"].(types.Set)
	if isDomain && isEntity && isActions && attrs["conditions"].IsNull() {
		// The usual policy, without conditions, is read from its attributes: converting the object
		// through the framework's reflection is the costly part of a check made on every plan.
		var diags diag.Diagnostics
		p := genesyscloud.PermissionPolicy{Domain: domain.ValueString(), EntityName: entity.ValueString(), ActionSet: kit.StringsOf(ctx, actions, &diags)}
		return p, !diags.HasError()
	}
	var m permissionPolicyModel
	if d := obj.As(ctx, &m, basetypes.ObjectAsOptions{}); d.HasError() {
		return genesyscloud.PermissionPolicy{}, false
	}
	p, d := m.toAPI(ctx)
	if d.HasError() {
		return genesyscloud.PermissionPolicy{}, false
	}
	return p, true
}

// fullyKnown reports whether a value and everything nested in it is known.
func fullyKnown(v attr.Value) bool {
	if v.IsUnknown() {
		return false
	}
	var elems []attr.Value
	switch x := v.(type) {
	case types.Object:
		for _, a := range x.Attributes() {
			elems = append(elems, a)
		}
	case types.Set:
		elems = x.Elements()
	case types.List:
		elems = x.Elements()
	}
	return !slices.ContainsFunc(elems, func(e attr.Value) bool { return !fullyKnown(e) })
}

// checkPolicy reports what of one policy the catalogue lacks, and conditions it would not accept.
func checkPolicy(pc *genesyscloud.PermissionCatalogue, p genesyscloud.PermissionPolicy, at path.Path, diags *diag.Diagnostics) bool {
	entities := pc.Entities(p.Domain)
	if len(entities) == 0 {
		diags.AddAttributeError(at.AtName("domain"), "Unknown Permission Domain",
			fmt.Sprintf("The org's permission catalogue has no domain %q; Genesys Cloud would accept this policy "+
				"and silently not store it.%s The genesys_cloud_permissions data source lists the catalogue.",
				p.Domain, kit.DidYouMean(p.Domain, pc.Domains())))
		return false
	}
	if p.EntityName != "*" && !slices.Contains(entities, p.EntityName) {
		diags.AddAttributeError(at.AtName("entity_name"), "Unknown Permission Entity",
			fmt.Sprintf("The permission domain %q has no entity %q; Genesys Cloud would accept this policy and silently "+
				"not store it.%s Use \"*\" for every entity of the domain.", p.Domain, p.EntityName, kit.DidYouMean(p.EntityName, entities)))
		return false
	}
	scope := []string{p.EntityName}
	if p.EntityName == "*" {
		scope = entities
	}
	var known []string
	for _, e := range scope {
		for _, a := range pc.Actions(p.Domain, e) {
			if !slices.Contains(known, a) {
				known = append(known, a)
			}
		}
	}
	ok := true
	for _, a := range p.ActionSet {
		if a != "*" && !slices.Contains(known, a) {
			diags.AddAttributeError(at.AtName("action_set"), "Unknown Permission Action",
				fmt.Sprintf("%s:%s has no action %q; Genesys Cloud would not store it.%s Its actions: %s; \"*\" means all of them.",
					p.Domain, p.EntityName, a, kit.DidYouMean(a, known), strings.Join(known, ", ")))
			ok = false
		}
	}
	if !ok || p.ResourceConditionNode == nil {
		return ok
	}
	var refused []string
	for _, e := range pc.Expand([]genesyscloud.PermissionPolicy{p}) {
		for _, a := range e.ActionSet {
			if perm, _ := pc.Lookup(e.Domain, e.EntityName, a); !perm.AllowsConditions {
				refused = append(refused, e.Domain+":"+e.EntityName+":"+a)
			}
		}
	}
	if len(refused) > 0 {
		diags.AddAttributeError(at.AtName("conditions"), "Conditions Not Allowed",
			fmt.Sprintf("The catalogue does not allow conditions on %s. Genesys Cloud accepts conditions only on "+
				"permissions whose catalogue entry allows them (allowsConditions), and drops them while expanding a "+
				"wildcard, which would grant more than the conditions say. Move the conditions to a policy of only "+
				"permissions that allow them.", strings.Join(refused, ", ")))
		return false
	}
	return true
}

// grantedPermissions lists what policies grant, as sorted "domain:entity:action" names.
func grantedPermissions(policies []genesyscloud.PermissionPolicy) types.Set {
	seen := map[string]bool{}
	var names []string
	for _, p := range policies {
		for _, a := range p.ActionSet {
			n := p.Domain + ":" + p.EntityName + ":" + a
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	slices.Sort(names)
	vals := make([]attr.Value, 0, len(names))
	for _, n := range names {
		vals = append(vals, types.StringValue(n))
	}
	return types.SetValueMust(types.StringType, vals)
}
