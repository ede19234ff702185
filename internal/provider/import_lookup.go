package provider

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// importLookup turns what a user gave `terraform import` into the id of one object. An id is
// taken as it is once the API finds it. Anything else is tried as the object's natural key (a
// role's name, a data center's location, ...) where the API can look that up, and imported when
// exactly one object has it; otherwise the error says that an id is expected and where to find
// it, instead of Terraform's "Cannot import non-existent remote object".
type importLookup struct {
	kind string // "Genesys Cloud role", as the messages name it
	// get reads the object by id; a not-found error means the value is no id of this kind.
	get func(ctx context.Context, id string) error
	// byKey, when the API allows it, returns the ids of the objects whose natural key is key.
	byKey func(ctx context.Context, key string) ([]string, error)
	key   string // what byKey matches: "name", "location", "domain"
	// findID tells the user where the id is shown.
	findID string
}

func (l importLookup) importState(ctx context.Context, configured bool, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	id := req.ID
	if configured {
		var ok bool
		if id, ok = l.resolve(ctx, req.ID, resp); !ok {
			return
		}
	}
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("id"), id)...)
}

// resolve returns the id to import, or false with an error added.
func (l importLookup) resolve(ctx context.Context, given string, resp *resource.ImportStateResponse) (string, bool) {
	summary := "Cannot Import " + titleCase(l.kind)
	err := l.get(ctx, given)
	switch {
	case err == nil:
		return given, true
	case !isNoSuchID(err):
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read %s %q to import it", l.kind, given), "", err)
		return "", false
	case l.byKey == nil:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("No %s has the id %q. terraform import expects the %s's id: %s.",
			l.kind, given, l.kind, l.findID))
		return "", false
	}
	ids, err := l.byKey(ctx, given)
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("look up the %s whose %s is %q to import it", l.kind, l.key, given), "", err)
		return "", false
	}
	switch len(ids) {
	case 1:
		return ids[0], true
	case 0:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("No %s has the id or the %s %q. terraform import expects the %s's id "+
			"(or its exact %s): %s.", l.kind, l.key, given, l.kind, l.key, l.findID))
	default:
		resp.Diagnostics.AddError(summary, fmt.Sprintf("%d %ss have the %s %q: %s. Import one of them by its id.",
			len(ids), l.kind, l.key, given, strings.Join(ids, ", ")))
	}
	return "", false
}

// isNoSuchID says whether a read by id answered that there is no such object: 404, or 400 from
// an API that checks an id's form before it looks it up.
func isNoSuchID(err error) bool {
	apiErr, ok := transport.AsAPIError(err)
	return ok && (apiErr.StatusCode == http.StatusNotFound || apiErr.StatusCode == http.StatusBadRequest)
}

// titleCase capitalises each word of a message's subject, for a diagnostic summary.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			words[i] = string(w[0]-'a'+'A') + w[1:]
		}
	}
	return strings.Join(words, " ")
}

func roleImport(c *genesyscloud.Client) importLookup {
	return importLookup{
		kind: "Genesys Cloud role",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetRole(ctx, id)
			return err
		},
		key: "name",
		byKey: func(ctx context.Context, name string) ([]string, error) {
			role, err := c.FindRoleByName(ctx, name)
			if genesyscloud.IsNotFound(err) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			return []string{role.ID}, nil
		},
		findID: "the last part of the role's address in the admin UI (Admin > Roles / Permissions), or the id attribute of the genesys_cloud_role data source",
	}
}

func oauthClientImport(c *genesyscloud.Client) importLookup {
	return importLookup{
		kind: "Genesys Cloud OAuth client",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetOAuthClient(ctx, id)
			return err
		},
		key: "name",
		byKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.FindOAuthClientsByName(ctx, name)
			ids := make([]string, 0, len(clients))
			for _, cl := range clients {
				ids = append(ids, cl.ID)
			}
			return ids, err
		},
		findID: "the Client ID shown under Admin > Integrations > OAuth, or the id attribute of the genesys_cloud_oauth_client data source",
	}
}

func gauthClientImport(c *gauth.Client) importLookup {
	return importLookup{
		kind: "GAuth API client",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetClient(ctx, id)
			return err
		},
		key: "name",
		byKey: func(ctx context.Context, name string) ([]string, error) {
			clients, err := c.ListClients(ctx)
			var ids []string
			for _, cl := range clients {
				if cl.Name == name {
					ids = append(ids, cl.ClientID)
				}
			}
			return ids, err
		},
		findID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}

func gauthEnvironmentImport(c *gauth.Client) importLookup {
	return importLookup{
		kind: "GAuth environment",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetEnvironment(ctx, id)
			return err
		},
		findID: "the id GET /environment/v3/environments lists, or the id attribute of the genesys_gauth_environment data source",
	}
}

func gauthContactCenterImport(c *gauth.Client) importLookup {
	return importLookup{
		kind: "GAuth contact center",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetContactCenter(ctx, id)
			return err
		},
		key: "domain",
		byKey: func(ctx context.Context, domain string) ([]string, error) {
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
		findID: "the contact center id (CCID), or the id attribute of the genesys_gauth_contact_center data source",
	}
}

func gauthDataCenterImport(c *gauth.Client) importLookup {
	return importLookup{
		kind: "GAuth data center",
		get: func(ctx context.Context, id string) error {
			_, err := c.GetDataCenter(ctx, id)
			return err
		},
		key: "location",
		byKey: func(ctx context.Context, location string) ([]string, error) {
			dc, err := c.FindDataCenterByLocation(ctx, location)
			if transport.IsNotFound(err) {
				return nil, nil
			}
			if err != nil {
				return nil, err
			}
			return []string{dc.ID}, nil
		},
		findID: "the id GET /environment/v3/data-centers lists",
	}
}
