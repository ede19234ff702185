package authorization

import (
	"context"
	"fmt"
	"iter"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// roleFilter is what a listing of the org's roles keeps: the filters users adopt an org with,
// shared by everything that lists roles for them.
type roleFilter struct {
	NamePrefix     string // "" keeps every name; case-sensitive, as role names are
	IncludeBuiltIn bool   // built-in roles (Master Admin, Employee, ...) are adopted by default_role_id, not created
}

func (f roleFilter) keeps(r *genesyscloud.Role) bool {
	if isBuiltIn(r) && !f.IncludeBuiltIn {
		return false
	}
	return strings.HasPrefix(r.Name, f.NamePrefix)
}

func isBuiltIn(r *genesyscloud.Role) bool { return r.Default || r.DefaultRoleID != "" }

// maxRolePages bounds the walk (a million roles): a service that keeps announcing more pages
// cannot keep a run busy forever.
const maxRolePages = 2000

// listRoles yields the roles f keeps, walking the org's listing a page of MaxRolePageSize at a
// time: one listing however many roles there are, the fewest round trips, and a caller that has
// seen enough can stop before the next page. The filters are applied here, not by the API: its
// name filter matches more loosely than a prefix.
func listRoles(ctx context.Context, c *genesyscloud.Client, f roleFilter) iter.Seq2[*genesyscloud.Role, error] {
	return func(yield func(*genesyscloud.Role, error) bool) {
		for number := 1; number <= maxRolePages; number++ {
			page, err := c.ListRolesPage(ctx, genesyscloud.MaxRolePageSize, number)
			if err != nil {
				yield(nil, err)
				return
			}
			for i := range page.Roles {
				if f.keeps(&page.Roles[i]) && !yield(&page.Roles[i], nil) {
					return
				}
			}
			if number >= page.PageCount || len(page.Roles) == 0 {
				return
			}
		}
		yield(nil, fmt.Errorf("listing roles: more than %d pages of %d", maxRolePages, genesyscloud.MaxRolePageSize))
	}
}
