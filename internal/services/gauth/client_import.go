package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// gauthClientImport takes the client_id (or the client's name); the secret stays unknown (see the
// resource description).
func gauthClientImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.APIClient]{
		Kind:   "GAuth API client",
		Get:    c.GetClient,
		Key:    "name",
		ByKey:  kit.ListedBy(c.ListClients, func(cl *gauth.APIClient, name string) bool { return cl.Name == name }),
		IDOf:   func(cl *gauth.APIClient) string { return cl.ClientID },
		FindID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}
