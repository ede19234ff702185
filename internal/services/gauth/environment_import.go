package gauth

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthEnvironmentImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth environment",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetEnvironment(ctx, id)
			return err
		},
		FindID: "the id GET /environment/v3/environments lists, or the id attribute of the genesys_gauth_environment data source",
	}
}
