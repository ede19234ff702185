package emulator

import (
	"slices"
	"strings"
)

// catalogueEntity is one row of the seeded permission catalogue: an entity type, its actions,
// the actions that accept resource conditions, and whether its objects live in divisions.
type catalogueEntity struct {
	domain, entity string
	actions        []string
	conditional    []string
	divisionAware  bool
}

var crud = []string{"add", "delete", "edit", "view"}

// catalogueTable is a realistic subset of the Genesys Cloud permission catalogue. It holds every
// permission the seeded roles and the on-boarding walk-through use.
var catalogueTable = []catalogueEntity{
	{domain: "analytics", entity: "conversationAggregate", actions: []string{"view"}, conditional: []string{"view"}},
	{domain: "analytics", entity: "conversationDetail", actions: []string{"view"}, conditional: []string{"view"}},
	{domain: "analytics", entity: "dataExport", actions: crud},
	{domain: "analytics", entity: "queueObservation", actions: []string{"view"}, conditional: []string{"view"}},
	{domain: "analytics", entity: "userAggregate", actions: []string{"view"}},
	{domain: "analytics", entity: "userObservation", actions: []string{"view"}},
	{domain: "architect", entity: "flow", actions: []string{"add", "delete", "edit", "publish", "view"}, divisionAware: true},
	{domain: "authorization", entity: "division", actions: crud},
	{domain: "authorization", entity: "grant", actions: []string{"add", "delete", "view"}},
	{domain: "authorization", entity: "orgTrusteeGroup", actions: crud},
	{domain: "authorization", entity: "orgTrusteeUser", actions: crud},
	{domain: "authorization", entity: "orgTrustor", actions: []string{"delete", "view"}},
	{domain: "authorization", entity: "role", actions: crud},
	{domain: "conversation", entity: "call", actions: []string{"add", "monitor", "record"}},
	{domain: "conversation", entity: "communication", actions: []string{"disconnect", "monitor", "target", "view"}, conditional: []string{"view"}},
	{domain: "directory", entity: "group", actions: crud},
	{domain: "directory", entity: "location", actions: crud},
	{domain: "directory", entity: "organization", actions: []string{"admin"}},
	{domain: "directory", entity: "user", actions: crud, divisionAware: true},
	{domain: "integrations", entity: "action", actions: []string{"add", "delete", "edit", "execute", "view"}},
	{domain: "integrations", entity: "integration", actions: crud},
	{domain: "oauth", entity: "client", actions: crud},
	{domain: "outbound", entity: "campaign", actions: crud, divisionAware: true},
	{domain: "quality", entity: "evaluation", actions: crud, divisionAware: true},
	{domain: "quality", entity: "evaluationForm", actions: crud},
	{domain: "recording", entity: "recording", actions: []string{"delete", "view"}, conditional: []string{"view"}, divisionAware: true},
	{domain: "routing", entity: "queue", actions: []string{"add", "delete", "edit", "join", "search", "view"}, conditional: []string{"view"}, divisionAware: true},
	{domain: "routing", entity: "skill", actions: []string{"assign", "manage"}},
	{domain: "routing", entity: "wrapupCode", actions: crud},
	{domain: "telephony", entity: "plugin", actions: []string{"all"}},
	{domain: "wfm", entity: "activityCode", actions: []string{"add", "administer", "delete", "edit", "view"}},
	{domain: "wfm", entity: "agentSchedule", actions: []string{"view"}},
	{domain: "wfm", entity: "managementUnit", actions: []string{"add", "administer", "delete", "edit", "view"}, divisionAware: true},
	{domain: "wfm", entity: "schedule", actions: []string{"add", "administer", "delete", "edit", "view"}},
	{domain: "wfm", entity: "timeOffRequest", actions: []string{"add", "administer", "edit", "view"}},
}

// seedPermissionCatalogue expands catalogueTable into one collection per domain, sorted by domain.
func seedPermissionCatalogue() permissionCatalogue {
	index := map[string]int{}
	var cat permissionCatalogue
	for _, e := range catalogueTable {
		i, ok := index[e.domain]
		if !ok {
			i = len(cat)
			index[e.domain] = i
			cat = append(cat, permissionCollection{
				ID: e.domain, Name: e.domain, Domain: e.domain,
				PermissionMap: map[string][]domainPermission{},
				SelfURI:       "/api/v2/authorization/permissions/" + e.domain,
			})
		}
		perms := cat[i].PermissionMap
		for _, a := range e.actions {
			perms[e.entity] = append(perms[e.entity], domainPermission{
				Domain: e.domain, EntityType: e.entity, Action: a,
				Label:            strings.ToUpper(a[:1]) + a[1:],
				AllowsConditions: slices.Contains(e.conditional, a),
				DivisionAware:    e.divisionAware,
			})
		}
	}
	slices.SortFunc(cat, func(a, b permissionCollection) int { return strings.Compare(a.Domain, b.Domain) })
	return cat
}
