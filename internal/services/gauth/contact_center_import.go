package gauth

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthContactCenterImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth contact center",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetContactCenter(ctx, id)
			return err
		},
		Key: "domain",
		ByKey: func(ctx context.Context, domain string) ([]string, error) {
			centers, err := c.ListContactCenters(ctx)
			var ids []string
			for _, cc := range centers {
				for _, d := range cc.Domains {
					if d == domain {
						ids = append(ids, cc.ID)
						break
					}
				}
			}
			return ids, err
		},
		FindID: "the contact center id (CCID), or the id attribute of the genesys_gauth_contact_center data source",
	}
}
