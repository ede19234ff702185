package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var gauthClientReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.APIClient] {
	return kit.NewReadCache(g.Client.GetClient, kit.SinglePage(g.Client.ListClients),
		func(cl *gauth.APIClient) string { return cl.ClientID })
})

var environmentReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.Environment] {
	return kit.NewReadCache(g.Client.GetEnvironment, kit.SinglePage(g.Client.ListEnvironments),
		func(e *gauth.Environment) string { return e.ID })
})

var contactCenterReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.ContactCenter] {
	return kit.NewReadCache(g.Client.GetContactCenter, kit.SinglePage(g.Client.ListContactCenters),
		func(cc *gauth.ContactCenter) string { return cc.ID })
})

var dataCenterReads = kit.NewPerConfiguration(func(g *kit.GAuth) *kit.ReadCache[gauth.DataCenter] {
	return kit.NewReadCache(g.Client.GetDataCenter, kit.SinglePage(g.Client.ListDataCenters),
		func(dc *gauth.DataCenter) string { return dc.ID })
})
