package gauth

import (
	"context"
	"slices"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// gauthClientImport takes the client_id (or the client's name); the secret stays unknown (see the
// resource description).
func gauthClientImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.APIClient]{
		Kind: "GAuth API client",
		Get:  c.GetClient,
		Key:  "name",
		ByKey: func(ctx context.Context, name string) ([]gauth.APIClient, error) {
			clients, err := c.ListClients(ctx)
			return slices.DeleteFunc(clients, func(cl gauth.APIClient) bool { return cl.Name != name }), err
		},
		IDOf:   func(cl *gauth.APIClient) string { return cl.ClientID },
		FindID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}
