package gauth

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// gauthEnvironmentImport takes the environment id; the password stays unknown (see the resource
// description).
func gauthEnvironmentImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.Environment]{
		Kind:   "GAuth environment",
		Get:    c.GetEnvironment,
		FindID: "the id GET /environment/v3/environments lists, or the id attribute of the genesys_gauth_environment data source",
	}
}
