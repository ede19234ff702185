package provider

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// The types whose Reads a read cache serves. A type qualifies only when its listing shows every
// field its GET shows, so that a resource reads the same whichever served it: the roles listing
// and the OAuth client listing have the same entities as their GETs (CONTRACT A.3, A.5), and the
// GAuth lists return the objects their GETs return (B.3 to B.6). CORS origins are settings of one
// contact center, read with one call per contact center already, so they have no cache.

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

var oauthClientReads = kit.NewPerConfiguration(func(c *kit.Cloud) *kit.ReadCache[genesyscloud.OAuthClient] {
	return kit.NewReadCache(c.Client.GetOAuthClient, kit.SinglePage(c.Client.ListOAuthClients),
		func(cl *genesyscloud.OAuthClient) string { return cl.ID })
})

var permissionCatalogue = kit.NewPerConfiguration(func(c *kit.Cloud) *catalogueCache { return newCatalogueCache(c.Client) })

var callerOf = kit.NewPerConfiguration(func(c *kit.Cloud) *cloudCaller {
	return newCloudCaller(c.Client, c.GrantRolesToUser, c.Settle)
})

var gauthClientReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.APIClient] {
	return kit.NewReadCache(g.Client.GetClient, kit.SinglePage(g.Client.ListClients),
		func(cl *gauth.APIClient) string { return cl.ClientID })
})

var environmentReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.Environment] {
	return kit.NewReadCache(g.Client.GetEnvironment, kit.SinglePage(g.Client.ListEnvironments),
		func(e *gauth.Environment) string { return e.ID })
})

var contactCenterReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.ContactCenter] {
	return kit.NewReadCache(g.Client.GetContactCenter, kit.SinglePage(g.Client.ListContactCenters),
		func(cc *gauth.ContactCenter) string { return cc.ID })
})

var dataCenterReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.DataCenter] {
	return kit.NewReadCache(g.Client.GetDataCenter, kit.SinglePage(g.Client.ListDataCenters),
		func(dc *gauth.DataCenter) string { return dc.ID })
})
