package gauth

import (
	"slices"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthContactCenterImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.ContactCenter]{
		Kind: "GAuth contact center",
		Get:  c.GetContactCenter,
		Key:  "domain",
		ByKey: kit.ListedBy(c.ListContactCenters, func(cc *gauth.ContactCenter, domain string) bool {
			return slices.Contains(cc.Domains, domain)
		}),
		IDOf:   func(cc *gauth.ContactCenter) string { return cc.ID },
		FindID: "the contact center id (CCID), or the id attribute of the genesys_gauth_contact_center data source",
	}
}
