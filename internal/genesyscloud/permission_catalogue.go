package genesyscloud

import (
	"context"
	"slices"
	"sort"
)

// PermissionCatalogue is an org's permission catalogue indexed for look-ups: which domains,
// entity types and actions exist, and which permissions accept conditions.
type PermissionCatalogue struct {
	perms map[string]map[string]map[string]Permission // domain -> entity type -> action
}

// NewPermissionCatalogue indexes a list of permissions, such as ListPermissions returns.
func NewPermissionCatalogue(perms []Permission) *PermissionCatalogue {
	pc := &PermissionCatalogue{perms: map[string]map[string]map[string]Permission{}}
	for _, p := range perms {
		if pc.perms[p.Domain] == nil {
			pc.perms[p.Domain] = map[string]map[string]Permission{}
		}
		if pc.perms[p.Domain][p.EntityType] == nil {
			pc.perms[p.Domain][p.EntityType] = map[string]Permission{}
		}
		pc.perms[p.Domain][p.EntityType][p.Action] = p
	}
	return pc
}

// PermissionCatalogue reads the whole catalogue of the org.
func (c *Client) PermissionCatalogue(ctx context.Context) (*PermissionCatalogue, error) {
	perms, err := c.ListPermissions(ctx, "")
	if err != nil {
		return nil, err
	}
	return NewPermissionCatalogue(perms), nil
}

// Domains returns the permission domains, sorted.
func (pc *PermissionCatalogue) Domains() []string { return sortedKeys(pc.perms) }

// Entities returns the entity types of a domain, sorted; none for an unknown domain.
func (pc *PermissionCatalogue) Entities(domain string) []string { return sortedKeys(pc.perms[domain]) }

// Actions returns the actions of an entity type, sorted; none for an unknown one.
func (pc *PermissionCatalogue) Actions(domain, entity string) []string {
	return sortedKeys(pc.perms[domain][entity])
}

// Lookup returns one permission of the catalogue.
func (pc *PermissionCatalogue) Lookup(domain, entity, action string) (Permission, bool) {
	p, ok := pc.perms[domain][entity][action]
	return p, ok
}

// Expand returns the policies the way Genesys Cloud stores them since it stopped honouring
// wildcards (REAL-ORG-BEHAVIOUR.md R2, R3): "*" as entity name becomes one policy per entity type
// of the domain, "*" in the action set becomes every action of the entity, anything outside the
// catalogue is left out, and a policy's conditions stay only where every one of its actions accepts
// conditions. The entity and action order follows the catalogue's (sorted).
func (pc *PermissionCatalogue) Expand(policies []PermissionPolicy) []PermissionPolicy {
	var out []PermissionPolicy
	for _, p := range policies {
		entities := []string{p.EntityName}
		if p.EntityName == "*" {
			entities = pc.Entities(p.Domain)
		}
		wildAction := slices.Contains(p.ActionSet, "*")
		for _, entity := range entities {
			var actions []string
			conditional := true
			for _, a := range pc.Actions(p.Domain, entity) {
				if wildAction || slices.Contains(p.ActionSet, a) {
					actions = append(actions, a)
					conditional = conditional && pc.perms[p.Domain][entity][a].AllowsConditions
				}
			}
			if len(actions) == 0 {
				continue
			}
			e := PermissionPolicy{Domain: p.Domain, EntityName: entity, ActionSet: actions}
			if conditional {
				e.ResourceConditionNode = p.ResourceConditionNode
			}
			out = append(out, e)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
