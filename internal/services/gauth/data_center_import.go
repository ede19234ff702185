package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func gauthDataCenterImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.DataCenter]{
		Kind:   "GAuth data center",
		Get:    c.GetDataCenter,
		Key:    "location",
		ByKey:  kit.FoundBy(c.FindDataCenterByLocation),
		IDOf:   func(dc *gauth.DataCenter) string { return dc.ID },
		FindID: "the id GET /environment/v3/data-centers lists",
	}
}
