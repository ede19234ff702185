package emulator

import (
	"fmt"
	"slices"
	"sort"
)

// policyRules are the real-org rules on what a role stores of the policies it is given
// (REAL-ORG-BEHAVIOUR.md R2, R3), each switchable off by an Options field.
type policyRules struct {
	keepWildcards      bool // R2 off: store "*" as sent
	keepUncatalogued   bool // R3 off: store policies outside the catalogue as sent
	conditionsAnywhere bool // accept conditions on permissions whose entry does not allow them
}

func rulesOf(opts Options) policyRules {
	return policyRules{
		keepWildcards:      opts.KeepWildcardPolicies,
		keepUncatalogued:   opts.KeepUncataloguedPolicies,
		conditionsAnywhere: opts.AllowConditionsAnywhere,
	}
}

// collection returns the catalogue's collection of a domain, or nil.
func (pc permissionCatalogue) collection(domain string) *permissionCollection {
	i := slices.IndexFunc(pc, func(col permissionCollection) bool { return col.Domain == domain })
	if i < 0 {
		return nil
	}
	return &pc[i]
}

// entityActions returns the catalogue entries of an entity, sorted by action.
func (col *permissionCollection) entityActions(entity string) []domainPermission {
	return col.PermissionMap[entity]
}

// entities returns the entity types of the domain, sorted.
func (col *permissionCollection) entities() []string {
	out := make([]string, 0, len(col.PermissionMap))
	for e := range col.PermissionMap {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}

// storedPolicies is what a role keeps of the policies a client sent, the way a real org does it:
//
//   - R2: "*" as entityName becomes one policy per entity type of the domain, and "*" in actionSet
//     becomes every action of the entity, as the catalogue lists them. The API may drop conditions
//     while expanding: the emulator keeps them on an expanded policy only when every one of its
//     actions allows conditions, and drops them otherwise [ours: no source says which it drops].
//   - R3: a domain, entity or action outside the catalogue is accepted and silently not stored; a
//     policy left with no action is dropped.
//   - Conditions on a policy that names its entity and actions are refused with 400 bad.request
//     unless every action's catalogue entry allows conditions [ours: the official provider refuses
//     them before sending; the API's own answer is undocumented, and a condition the API ignored
//     would grant more than asked, so the emulator is strict].
//
// Each policy's allowConditions is filled from the catalogue, as the service populates it.
func (c *cloudState) storedPolicies(in []permissionPolicy) ([]permissionPolicy, *errorBody) {
	out := []permissionPolicy{}
	for i, p := range in {
		kept, e := c.storePolicy(p, fmt.Sprintf("permissionPolicies[%d]", i))
		if e != nil {
			return nil, e
		}
		out = append(out, kept...)
	}
	return c.catalogue.annotate(out), nil
}

func (c *cloudState) storePolicy(p permissionPolicy, field string) ([]permissionPolicy, *errorBody) {
	col := c.catalogue.collection(p.Domain)
	if col == nil {
		if c.rules.keepUncatalogued {
			return []permissionPolicy{p}, nil
		}
		return nil, nil
	}
	wildEntity := p.EntityName == "*"
	wildAction := slices.Contains(p.ActionSet, "*")
	if c.rules.keepWildcards && (wildEntity || wildAction) {
		return []permissionPolicy{p}, nil
	}
	entities := []string{p.EntityName}
	if wildEntity {
		entities = col.entities()
	}
	var out []permissionPolicy
	for _, entity := range entities {
		entries := col.entityActions(entity)
		if len(entries) == 0 && c.rules.keepUncatalogued && !wildEntity {
			out = append(out, p)
			continue
		}
		var actions []string
		conditional := true
		for _, entry := range entries {
			if wildAction || slices.Contains(p.ActionSet, entry.Action) {
				actions = append(actions, entry.Action)
				conditional = conditional && entry.AllowsConditions
			}
		}
		if c.rules.keepUncatalogued && !wildEntity && !wildAction {
			actions = p.ActionSet
		}
		if len(actions) == 0 {
			continue
		}
		stored := p
		stored.EntityName, stored.ActionSet = entity, actions
		switch {
		case p.ResourceConditionNode == nil || conditional || c.rules.conditionsAnywhere:
		case wildEntity || wildAction:
			stored.ResourceConditionNode = nil
		default:
			return nil, errBadRequest(fmt.Sprintf("%s: conditions are not allowed on %s:%s:%v; only permissions whose "+
				"catalogue entry allows conditions accept them.", field, p.Domain, entity, p.ActionSet))
		}
		out = append(out, stored)
	}
	return out, nil
}
