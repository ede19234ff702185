package oauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var oauthClientReads = kit.NewPerConfiguration(func(c *kit.Cloud) *kit.ReadCache[genesyscloud.OAuthClient] {
	return kit.NewReadCache(c.Client.GetOAuthClient, kit.SinglePage(c.Client.ListOAuthClients),
		func(cl *genesyscloud.OAuthClient) string { return cl.ID })
})

var callerOf = kit.NewPerConfiguration(func(c *kit.Cloud) *cloudCaller {
	return newCloudCaller(c.Client, c.GrantRolesToUser, c.Settle)
})
