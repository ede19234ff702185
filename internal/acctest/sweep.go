package acctest

import (
	"context"
	"errors"
	"fmt"
	"log"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// The sweepers delete what acceptance tests left in an org: every object whose name, or for GAuth
// objects without one a natural key (client_id, tenant, tenant domain, location), starts with
// NamePrefix, and nothing else. They run in any test package whose TestMain is Main:
//
//	GENESYS_ACC_REAL_ORG=1 go test ./internal/provider -run '^$' -sweep=org
//
// against the org the provider's environment variables name (the -sweep value, a region for
// other providers, is not used). Without GENESYS_ACC_REAL_ORG they refuse to run, so that a
// developer's own credentials are never swept by accident.
func addSweepers() {
	for _, s := range []*resource.Sweeper{
		{Name: "genesys_cloud_oauth_client", F: sweepCloud(sweepOAuthClients)},
		// A role goes after the clients granted it, as a person tidying an org would do.
		{Name: "genesys_cloud_role", Dependencies: []string{"genesys_cloud_oauth_client"}, F: sweepCloud(sweepRoles)},
		{Name: "genesys_gauth_client", F: sweepGAuth(sweepGAuthClients)},
		// A contact center takes its settings (cors origins included) with it.
		{Name: "genesys_gauth_contact_center", F: sweepGAuth(sweepContactCenters)},
		// GAuth refuses to delete an environment a contact center uses.
		{Name: "genesys_gauth_environment", Dependencies: []string{"genesys_gauth_contact_center"}, F: sweepGAuth(sweepEnvironments)},
		{Name: "genesys_gauth_data_center", F: sweepGAuth(sweepDataCenters)},
	} {
		resource.AddTestSweepers(s.Name, s)
	}
}

// sweepTimeout bounds one sweeper: listing and deleting what a few runs left takes seconds.
const sweepTimeout = 5 * time.Minute

var errSweepNotOptedIn = errors.New("the sweepers delete objects in the org the provider's environment variables name: set " +
	EnvRealOrg + "=1 to confirm that org is the one to sweep")

// cloudCallers are the clients a Genesys Cloud sweeper acts with: the user of
// GENESYSCLOUD_ACCESS_TOKEN first when set, then the OAuth client. An OAuth client can be edited,
// and so deleted, only by a caller holding its roles (REAL-ORG-BEHAVIOUR R1), and the tests that
// create clients with new roles run as that user, who is granted the roles.
type cloudCallers []*genesyscloud.Client

func sweepCloud(sweep func(context.Context, cloudCallers) (int, error)) resource.SweeperFunc {
	return sweeper("Genesys Cloud", realSettings.missingCloud, connectCloud, sweep)
}

// connectCloud makes the callers of a Genesys Cloud sweeper.
func connectCloud(s realSettings) (cloudCallers, error) {
	var callers cloudCallers
	if s.userToken != "" {
		user, err := genesyscloud.New(genesyscloud.Config{APIURL: s.cloudAPIURL, AccessToken: s.userToken, UserAgent: "acceptance-test-sweeper"})
		if err != nil {
			return nil, err
		}
		callers = append(callers, user)
	}
	c, err := genesyscloud.New(genesyscloud.Config{APIURL: s.cloudAPIURL, LoginURL: s.cloudLoginURL,
		ClientID: s.cloudClientID, ClientSecret: s.cloudClientSecret, UserAgent: "acceptance-test-sweeper"})
	if err != nil {
		return nil, err
	}
	return append(callers, c), nil
}

// delete tries del with each caller in turn, until one succeeds.
func (cs cloudCallers) delete(del func(*genesyscloud.Client, context.Context, string) error) func(context.Context, string) error {
	return func(ctx context.Context, id string) error {
		var errs []error
		for _, c := range cs {
			err := del(c, ctx, id)
			if err == nil || transport.IsNotFound(err) {
				return err
			}
			errs = append(errs, err)
		}
		return errors.Join(errs...)
	}
}

func sweepGAuth(sweep func(context.Context, *gauth.Client) (int, error)) resource.SweeperFunc {
	return sweeper("GAuth", realSettings.missingGAuth, func(s realSettings) (*gauth.Client, error) {
		return gauth.New(gauth.Config{URL: s.gauthURL, ClientID: s.gauthClientID, ClientSecret: s.gauthSecret,
			OpsUsername: s.opsUsername, OpsPassword: s.opsPassword, UserAgent: "acceptance-test-sweeper"})
	}, sweep)
}

// sweeper is the sweeper of one API, named api in the log: it runs only against a real org the
// run opted into, does nothing when the settings lack the API's credentials (missing names
// them), and sweeps with what connect makes of the settings.
func sweeper[C any](api string, missing func(realSettings) string, connect func(realSettings) (C, error),
	sweep func(context.Context, C) (int, error)) resource.SweeperFunc {
	return func(string) error {
		if !RealOrg() {
			return errSweepNotOptedIn
		}
		s := readRealSettings()
		if m := missing(s); m != "" {
			log.Printf("[INFO] no %s credentials (%s): %s not swept", api, m, api)
			return nil
		}
		c, err := connect(s)
		if err != nil {
			return err
		}
		return report(sweep, c)
	}
}

func report[C any](sweep func(context.Context, C) (int, error), c C) error {
	ctx, cancel := context.WithTimeout(context.Background(), sweepTimeout)
	defer cancel()
	n, err := sweep(ctx, c)
	log.Printf("[INFO] deleted %d objects with the prefix %s", n, NamePrefix)
	return err
}

// deleteAll deletes each key with del, counting the deletes; an object already gone counts as
// deleted by someone else, and the errors are joined so that one refusal does not stop the sweep.
func deleteAll(ctx context.Context, kind string, keys []string, del func(context.Context, string) error) (int, error) {
	n := 0
	var errs []error
	for _, key := range keys {
		switch err := del(ctx, key); {
		case transport.IsNotFound(err):
		case err != nil:
			errs = append(errs, fmt.Errorf("deleting %s %s: %w", kind, key, err))
		default:
			log.Printf("[INFO] deleted %s %s", kind, key)
			n++
		}
	}
	return n, errors.Join(errs...)
}

// sweepListed deletes with del every object list answers that key names as a test's (ok): the
// sweep of one type, which differ only in how they list and what marks an object as a test's.
func sweepListed[T any](ctx context.Context, kind string, list func(context.Context) ([]T, error), key func(T) (id string, ok bool),
	del func(context.Context, string) error) (int, error) {
	all, err := list(ctx)
	if err != nil {
		return 0, err
	}
	var ids []string
	for _, o := range all {
		if id, ok := key(o); ok {
			ids = append(ids, id)
		}
	}
	return deleteAll(ctx, kind, ids, del)
}

func sweepOAuthClients(ctx context.Context, cs cloudCallers) (int, error) {
	// DeleteOAuthClient sets a client inactive first: the service deletes only inactive ones.
	return sweepListed(ctx, "OAuth client", cs[len(cs)-1].ListOAuthClients, func(cl genesyscloud.OAuthClient) (string, bool) {
		return cl.ID, IsTestName(cl.Name) && cl.State != genesyscloud.OAuthClientStateDeleted
	}, cs.delete((*genesyscloud.Client).DeleteOAuthClient))
}

func sweepRoles(ctx context.Context, cs cloudCallers) (int, error) {
	list := func(ctx context.Context) ([]genesyscloud.Role, error) {
		return cs[len(cs)-1].ListRoles(ctx, genesyscloud.RoleQuery{})
	}
	return sweepListed(ctx, "role", list, func(r genesyscloud.Role) (string, bool) {
		return r.ID, IsTestName(r.Name) && r.DefaultRoleID == ""
	}, cs.delete((*genesyscloud.Client).DeleteRole))
}

func sweepGAuthClients(ctx context.Context, c *gauth.Client) (int, error) {
	return sweepListed(ctx, "GAuth client", c.ListClients, func(cl gauth.APIClient) (string, bool) {
		return cl.ClientID, IsTestName(cl.ClientID)
	}, c.DeleteClient)
}

// sweepContactCenters deletes the contact centers with a prefixed tenant domain, or in an
// environment with a prefixed tenant: a test's contact center has one or the other.
func sweepContactCenters(ctx context.Context, c *gauth.Client) (int, error) {
	environments, err := c.ListEnvironments(ctx)
	if err != nil {
		return 0, err
	}
	var testEnvironments []string
	for _, e := range environments {
		if IsTestName(e.Tenant) {
			testEnvironments = append(testEnvironments, e.ID)
		}
	}
	return sweepListed(ctx, "GAuth contact center", c.ListContactCenters, func(cc gauth.ContactCenter) (string, bool) {
		return cc.ID, slices.ContainsFunc(cc.Domains, IsTestName) || slices.Contains(testEnvironments, cc.EnvironmentID)
	}, c.DeleteContactCenter)
}

func sweepEnvironments(ctx context.Context, c *gauth.Client) (int, error) {
	return sweepListed(ctx, "GAuth environment", c.ListEnvironments, func(e gauth.Environment) (string, bool) {
		return e.ID, IsTestName(e.Tenant)
	}, c.DeleteEnvironment)
}

func sweepDataCenters(ctx context.Context, c *gauth.Client) (int, error) {
	return sweepListed(ctx, "GAuth data center", c.ListDataCenters, func(dc gauth.DataCenter) (string, bool) {
		return dc.ID, IsTestLocation(dc.Location)
	}, c.DeleteDataCenter)
}
