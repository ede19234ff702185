package genesyscloud

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
)

// MaxRolePageSize is the largest page the roles listing serves, so the fewest round trips.
const MaxRolePageSize = 500

// RolePage is one page of the roles listing.
type RolePage struct {
	Roles     []Role
	PageCount int   // pages of this size the whole listing takes
	Total     int64 // roles in the organization
}

// ListRolesPage returns page number (from 1) of every role in the organization, pageSize roles
// per page (at most MaxRolePageSize). Callers that may not need the whole listing read the first
// page to learn its size before deciding to fetch the rest.
func (c *Client) ListRolesPage(ctx context.Context, pageSize, number int) (*RolePage, error) {
	query := url.Values{
		"userCount":  {"false"}, // as in GetRole: the roles read the same either way
		"pageSize":   {strconv.Itoa(pageSize)},
		"pageNumber": {strconv.Itoa(number)},
	}
	var listing entityListing[Role]
	if err := c.do(ctx, http.MethodGet, rolesPath, query, nil, &listing); err != nil {
		return nil, err
	}
	return &RolePage{Roles: listing.Entities, PageCount: listing.PageCount, Total: listing.Total}, nil
}
