package gauth

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthDataCenterImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth data center",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetDataCenter(ctx, id)
			return err
		},
		Key: "location",
		ByKey: func(ctx context.Context, location string) ([]string, error) {
			dc, err := c.FindDataCenterByLocation(ctx, location)
			if gauth.IsNotFound(err) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			return []string{dc.ID}, nil
		},
		FindID: "the id GET /environment/v3/data-centers lists",
	}
}
