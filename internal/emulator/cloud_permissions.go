package emulator

import (
	"net/http"
	"slices"
	"strings"
)

// domainPermission is one permission of the catalogue (CONTRACT A.4).
type domainPermission struct {
	Domain           string `json:"domain"`
	EntityType       string `json:"entityType"`
	Action           string `json:"action"`
	Label            string `json:"label"`
	AllowsConditions bool   `json:"allowsConditions"`
	DivisionAware    bool   `json:"divisionAware"`
}

func (p domainPermission) String() string { return p.Domain + ":" + p.EntityType + ":" + p.Action }

// permissionCollection is a DomainPermissionCollection: the permissions of one domain by entity type.
type permissionCollection struct {
	ID            string                        `json:"id"`
	Name          string                        `json:"name"`
	Domain        string                        `json:"domain"`
	PermissionMap map[string][]domainPermission `json:"permissionMap"`
	SelfURI       string                        `json:"selfUri"`
}

// permissionCatalogue is every domain's collection, sorted by domain.
type permissionCatalogue []permissionCollection

// allowsConditions reports whether a policy over these actions may carry a resource condition:
// every named action must accept conditions, and wildcards never do.
func (pc permissionCatalogue) allowsConditions(domain, entity string, actions []string) bool {
	i := slices.IndexFunc(pc, func(col permissionCollection) bool { return col.Domain == domain })
	if i < 0 || len(actions) == 0 {
		return false
	}
	perms := pc[i].PermissionMap[entity]
	for _, a := range actions {
		j := slices.IndexFunc(perms, func(p domainPermission) bool { return p.Action == a })
		if j < 0 || !perms[j].AllowsConditions {
			return false
		}
	}
	return true
}

// permissionQueries filter the catalogue by queryType: whole domains, or single permissions whose
// "domain:entity:action" contains one of the terms.
var permissionQueries = map[string]func(col permissionCollection, terms []string) (permissionCollection, bool){
	"domain": func(col permissionCollection, terms []string) (permissionCollection, bool) {
		return col, slices.ContainsFunc(terms, func(t string) bool { return strings.EqualFold(t, col.Domain) })
	},
	"permission": func(col permissionCollection, terms []string) (permissionCollection, bool) {
		kept := map[string][]domainPermission{}
		for entity, perms := range col.PermissionMap {
			for _, p := range perms {
				name := strings.ToLower(p.String())
				if slices.ContainsFunc(terms, func(t string) bool { return strings.Contains(name, strings.ToLower(t)) }) {
					kept[entity] = append(kept[entity], p)
				}
			}
		}
		col.PermissionMap = kept
		return col, len(kept) > 0
	},
}

// GET /api/v2/authorization/permissions: the whole catalogue, or the domains (queryType=domain) or
// permissions (queryType=permission) that query names, such as query=routing,directory.
func (s *Server) listPermissions(c *cloudCall) (int, any) {
	q := c.r.URL.Query()
	cols := []permissionCollection(s.cloud.catalogue)
	if query := q.Get("query"); query != "" {
		queryType := q.Get("queryType")
		match, ok := permissionQueries[queryType]
		if !ok {
			return errInvalidValue("queryType", queryType, "domain, permission").reply()
		}
		terms := strings.Split(query, ",")
		for i := range terms {
			terms[i] = strings.TrimSpace(terms[i])
		}
		var kept []permissionCollection
		for _, col := range cols {
			if col, ok := match(col, terms); ok {
				kept = append(kept, col)
			}
		}
		cols = kept
	}
	page, err := paginate(c, cols)
	if err != nil {
		return err.reply()
	}
	return http.StatusOK, page
}
