package oauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func oauthClientImport(c *genesyscloud.Client) kit.Importer {
	return kit.ImportLookup[genesyscloud.OAuthClient]{
		Kind:   "Genesys Cloud OAuth client",
		Get:    c.GetOAuthClient,
		Key:    "name",
		ByKey:  c.FindOAuthClientsByName,
		IDOf:   func(cl *genesyscloud.OAuthClient) string { return cl.ID },
		FindID: "the Client ID shown under Admin > Integrations > OAuth, or the id attribute of the genesys_cloud_oauth_client data source",
	}
}
