package acctest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

const (
	ContactCenterAddr  = "genesys_gauth_contact_center.test"
	ContactCentersPath = "/environment/v3/contact-centers"
	// The CCIDs of the GAuth provisioning guide's example.
	FixtureCCID   = "ed4c03f3-6275-4419-8b2b-11d14af10655"
	OtherTestCCID = "343dd264-7c26-4f9e-82c5-26baedbcb797"
)

// SeedGAuthEnvironment creates an environment through the API, for tests whose subject only
// references one, and returns its id.
func (e *Env) SeedGAuthEnvironment(t *testing.T, tenant, appName string) string {
	t.Helper()
	id, err := e.GAuth.CreateEnvironment(context.Background(), gauth.Environment{
		Username: "default", Password: "seed-password", ConnectionProtocol: "addp",
		LocalTimeout: 5, RemoteTimeout: 7, TraceMode: "CFGTMBoth", AppName: appName, Tenant: tenant,
		ConfigServers: []gauth.ConfigServer{{PrimaryAddress: "172.24.132.84", PrimaryPort: 2020, Locations: "/USW1"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.cleanupInRealOrg(t, "environment "+tenant, func(ctx context.Context) error { return e.GAuth.DeleteEnvironment(ctx, id) })
	return id
}

// SeedGAuthContactCenter creates a contact center through the API and returns its id.
func (e *Env) SeedGAuthContactCenter(t *testing.T, id, environmentID string, domains ...string) string {
	t.Helper()
	id, err := e.GAuth.CreateContactCenter(context.Background(), gauth.ContactCenter{
		ID: id, Domains: domains, EnvironmentID: environmentID, Auth: "configServer",
	})
	if err != nil {
		t.Fatal(err)
	}
	e.cleanupInRealOrg(t, "contact center "+id, func(ctx context.Context) error { return e.GAuth.DeleteContactCenter(ctx, id) })
	return id
}

// QuoteList renders strings as the inside of an HCL list.
func QuoteList(items []string) string {
	quoted := make([]string, len(items))
	for i, s := range items {
		quoted[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(quoted, ", ")
}

// CheckContactCenter asks GAuth for the contact center and compares its managed fields.
func (e *Env) CheckContactCenter(id *string, want gauth.ContactCenter) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got, err := e.GAuth.GetContactCenter(context.Background(), *id)
		if err != nil {
			return err
		}
		slices.Sort(got.Domains)
		slices.Sort(want.Domains)
		if !slices.Equal(got.Domains, want.Domains) || got.EnvironmentID != want.EnvironmentID || got.Auth != want.Auth {
			return fmt.Errorf("GAuth holds contact center %+v, want %+v", *got, want)
		}
		return nil
	}
}

// CheckContactCentersDestroyed checks that the contact centers are gone after the destroy.
func (e *Env) CheckContactCentersDestroyed(ids ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		for _, id := range ids {
			if err := notFoundAfterDestroy("contact center", e.GAuth.GetContactCenter, id); err != nil {
				return err
			}
		}
		return nil
	}
}
