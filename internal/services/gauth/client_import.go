package gauth

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthClientImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth API client",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetClient(ctx, id)
			return err
		},
		Key: "name",
		ByKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.ListClients(ctx)
			var ids []string
			for _, cl := range clients {
				if cl.Name == name {
					ids = append(ids, cl.ClientID)
				}
			}
			return ids, err
		},
		FindID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}
