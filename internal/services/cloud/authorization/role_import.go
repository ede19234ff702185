package authorization

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func roleImport(c *genesyscloud.Client) kit.Importer {
	return kit.ImportLookup[genesyscloud.Role]{
		Kind: "Genesys Cloud role",
		Get:  c.GetRole,
		Key:  "name",
		ByKey: func(ctx context.Context, name string) ([]genesyscloud.Role, error) {
			return kit.LookupByID(ctx, c.FindRoleByName, name)
		},
		IDOf:   func(role *genesyscloud.Role) string { return role.ID },
		FindID: "the last part of the role's address in the admin UI (Admin > Roles / Permissions), or the id attribute of the genesys_cloud_role data source",
	}
}
