package authorization

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var roleReads = kit.NewPerConfiguration(func(c *kit.Cloud) *kit.ReadCache[genesyscloud.Role] {
	page := func(ctx context.Context, number int) ([]genesyscloud.Role, int, error) {
		page, err := c.Client.ListRolesPage(ctx, genesyscloud.MaxRolePageSize, number)
		if err != nil {
			return nil, 0, err
		}
		return page.Roles, page.PageCount, nil
	}
	return kit.NewReadCache(c.Client.GetRole, page, func(r *genesyscloud.Role) string { return r.ID })
})

var permissionCatalogue = kit.NewPerConfiguration(func(c *kit.Cloud) *catalogueCache { return newCatalogueCache(c.Client) })
