package oauth

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func oauthClientImport(c *genesyscloud.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "Genesys Cloud OAuth client",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetOAuthClient(ctx, id)
			return err
		},
		Key: "name",
		ByKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.FindOAuthClientsByName(ctx, name)
			ids := make([]string, 0, len(clients))
			for _, cl := range clients {
				ids = append(ids, cl.ID)
			}
			return ids, err
		},
		FindID: "the Client ID shown under Admin > Integrations > OAuth, or the id attribute of the genesys_cloud_oauth_client data source",
	}
}
