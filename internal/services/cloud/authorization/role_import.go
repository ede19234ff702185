package authorization

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func roleImport(c *genesyscloud.Client) kit.Importer {
	return kit.ImportLookup[genesyscloud.Role]{
		Kind:   "Genesys Cloud role",
		Get:    c.GetRole,
		Key:    "name",
		ByKey:  kit.FoundBy(c.FindRoleByName),
		IDOf:   func(role *genesyscloud.Role) string { return role.ID },
		FindID: "the last part of the role's address in the admin UI (Admin > Roles / Permissions), or the id attribute of the genesys_cloud_role data source",
	}
}
