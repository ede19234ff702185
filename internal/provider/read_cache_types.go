package provider

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// The types whose Reads a readCache serves. A type qualifies only when its listing shows every
// field its GET shows, so that a resource reads the same whichever served it: the roles listing
// and the OAuth client listing have the same entities as their GETs (CONTRACT A.3, A.5), and the
// GAuth lists return the objects their GETs return (B.3 to B.6). CORS origins are settings of one
// contact center, read with one call per contact center already, so they have no cache.

// cloudReads are the read caches of the Genesys Cloud resource types.
type cloudReads struct {
	roles        *readCache[genesyscloud.Role]
	oauthClients *readCache[genesyscloud.OAuthClient]
	catalogue    *catalogueCache
	// creates keeps the creates of both types from adopting each other's objects (see createOnce).
	creates createClaims
}

func newCloudReads(c *genesyscloud.Client) *cloudReads {
	rolePage := func(ctx context.Context, number int) ([]genesyscloud.Role, int, error) {
		page, err := c.ListRolesPage(ctx, genesyscloud.MaxRolePageSize, number)
		if err != nil {
			return nil, 0, err
		}
		return page.Roles, page.PageCount, nil
	}
	return &cloudReads{
		roles: newReadCache(c.GetRole, rolePage, func(r *genesyscloud.Role) string { return r.ID }),
		oauthClients: newReadCache(c.GetOAuthClient, singlePage(c.ListOAuthClients),
			func(cl *genesyscloud.OAuthClient) string { return cl.ID }),
		catalogue: newCatalogueCache(c),
	}
}

// gauthReads are the read caches of the GAuth resource types; each GAuth listing is one call.
type gauthReads struct {
	clients        *readCache[gauth.APIClient]
	environments   *readCache[gauth.Environment]
	contactCenters *readCache[gauth.ContactCenter]
	dataCenters    *readCache[gauth.DataCenter]
	// creates keeps the creates of every GAuth type from adopting each other's objects (see createOnce).
	creates createClaims
}

func newGAuthReads(c *gauth.Client) *gauthReads {
	return &gauthReads{
		clients: newReadCache(c.GetClient, singlePage(c.ListClients),
			func(cl *gauth.APIClient) string { return cl.ClientID }),
		environments: newReadCache(c.GetEnvironment, singlePage(c.ListEnvironments),
			func(e *gauth.Environment) string { return e.ID }),
		contactCenters: newReadCache(c.GetContactCenter, singlePage(c.ListContactCenters),
			func(cc *gauth.ContactCenter) string { return cc.ID }),
		dataCenters: newReadCache(c.GetDataCenter, singlePage(c.ListDataCenters),
			func(dc *gauth.DataCenter) string { return dc.ID }),
	}
}
