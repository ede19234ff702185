package authorization

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

func roleImport(c *genesyscloud.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "Genesys Cloud role",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetRole(ctx, id)
			return err
		},
		Key: "name",
		ByKey: func(ctx context.Context, name string) ([]string, error) {
			role, err := c.FindRoleByName(ctx, name)
			if genesyscloud.IsNotFound(err) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			return []string{role.ID}, nil
		},
		FindID: "the last part of the role's address in the admin UI (Admin > Roles / Permissions), or the id attribute of the genesys_cloud_role data source",
	}
}
