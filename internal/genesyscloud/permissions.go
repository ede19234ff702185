package genesyscloud

import (
	"cmp"
	"context"
	"net/url"
	"slices"
	"strings"
)

const permissionsPath = "/api/v2/authorization/permissions"

// Permission is one entry of the permission catalogue (DomainPermission): an action on an
// entity type of a domain, e.g. routing:queue:view.
type Permission struct {
	Domain           string `json:"domain"`
	EntityType       string `json:"entityType"`
	Action           string `json:"action"`
	Label            string `json:"label,omitempty"`
	AllowsConditions bool   `json:"allowsConditions"`
	DivisionAware    bool   `json:"divisionAware"`
}

// permissionCollection is one domain's page entry (DomainPermissionCollection).
type permissionCollection struct {
	Domain        string                  `json:"domain"`
	PermissionMap map[string][]Permission `json:"permissionMap"`
}

// ListPermissions returns the catalogue of one domain, or of every domain when domain is "",
// merged across pages and sorted by domain, entity type and action.
func (c *Client) ListPermissions(ctx context.Context, domain string) ([]Permission, error) {
	query := url.Values{}
	if domain != "" {
		query.Set("queryType", "domain")
		query.Set("query", domain)
	}
	collections, err := listAll[permissionCollection](ctx, c, permissionsPath, query, defaultPageSize)
	if err != nil {
		return nil, err
	}

	type key struct{ domain, entityType, action string }
	seen := map[key]bool{}
	var perms []Permission
	for _, coll := range collections {
		for entityType, list := range coll.PermissionMap {
			for _, p := range list {
				// The map keys and the collection carry what an entry may leave out.
				p.Domain = cmp.Or(p.Domain, coll.Domain)
				p.EntityType = cmp.Or(p.EntityType, entityType)
				k := key{p.Domain, p.EntityType, p.Action}
				// The query matches domains loosely; keep only the one asked for.
				if seen[k] || (domain != "" && !strings.EqualFold(p.Domain, domain)) {
					continue
				}
				seen[k] = true
				perms = append(perms, p)
			}
		}
	}
	slices.SortFunc(perms, func(a, b Permission) int {
		return cmp.Or(cmp.Compare(a.Domain, b.Domain), cmp.Compare(a.EntityType, b.EntityType), cmp.Compare(a.Action, b.Action))
	})
	return perms, nil
}

// ListPermissionDomains returns the names of every permission domain, sorted.
func (c *Client) ListPermissionDomains(ctx context.Context) ([]string, error) {
	perms, err := c.ListPermissions(ctx, "")
	if err != nil {
		return nil, err
	}
	var domains []string
	for _, p := range perms { // sorted by domain, so duplicates are adjacent
		if len(domains) == 0 || domains[len(domains)-1] != p.Domain {
			domains = append(domains, p.Domain)
		}
	}
	return domains, nil
}
