package provider

import (
	"context"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
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

func oauthClientImport(c *genesyscloud.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "Genesys Cloud OAuth client",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetOAuthClient(ctx, id)
			return err
		},
		Key: "name",
		ByKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.FindOAuthClientsByName(ctx, name)
			ids := make([]string, 0, len(clients))
			for _, cl := range clients {
				ids = append(ids, cl.ID)
			}
			return ids, err
		},
		FindID: "the Client ID shown under Admin > Integrations > OAuth, or the id attribute of the genesys_cloud_oauth_client data source",
	}
}

func gauthClientImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth API client",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetClient(ctx, id)
			return err
		},
		Key: "name",
		ByKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.ListClients(ctx)
			var ids []string
			for _, cl := range clients {
				if cl.Name == name {
					ids = append(ids, cl.ClientID)
				}
			}
			return ids, err
		},
		FindID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}

func gauthEnvironmentImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth environment",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetEnvironment(ctx, id)
			return err
		},
		FindID: "the id GET /environment/v3/environments lists, or the id attribute of the genesys_gauth_environment data source",
	}
}

func gauthContactCenterImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth contact center",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetContactCenter(ctx, id)
			return err
		},
		Key: "domain",
		ByKey: func(ctx context.Context, domain string) ([]string, error) {
			centers, err := c.ListContactCenters(ctx)
			var ids []string
			for _, cc := range centers {
				for _, d := range cc.Domains {
					if d == domain {
						ids = append(ids, cc.ID)
						break
					}
				}
			}
			return ids, err
		},
		FindID: "the contact center id (CCID), or the id attribute of the genesys_gauth_contact_center data source",
	}
}

func gauthDataCenterImport(c *gauth.Client) kit.ImportLookup {
	return kit.ImportLookup{
		Kind: "GAuth data center",
		Get: func(ctx context.Context, id string) error {
			_, err := c.GetDataCenter(ctx, id)
			return err
		},
		Key: "location",
		ByKey: func(ctx context.Context, location string) ([]string, error) {
			dc, err := c.FindDataCenterByLocation(ctx, location)
			if transport.IsNotFound(err) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			return []string{dc.ID}, nil
		},
		FindID: "the id GET /environment/v3/data-centers lists",
	}
}
