package provider

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Another team's object holds the natural key our configuration plans, and our create answers 503
// without storing anything. The other object must come out untouched and stay out of our state.

// uncommitted503 makes the POSTs on route answer 503 without storing anything.
func uncommitted503(route string) emulator.FaultRule {
	return emulator.FaultRule{Method: "POST", Route: route, Kind: emulator.FaultStatus, Status: 503}
}

// objectsOf is the emulator's dump of one kind of object, to compare before and after.
func objectsOf(t *testing.T, env *Env, kind string) []map[string]any {
	t.Helper()
	raw, err := json.Marshal(env.Emu.Objects()[kind])
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// waitVisible waits until found reports the object seeded a moment ago as visible through the
// API, as an eventually consistent service may show it only after a while: the tests below are
// about an object that was there well before the create.
func waitVisible(t *testing.T, found func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if !waitFor(ctx, found) {
		t.Fatal("the seeded object never became visible")
	}
}

// CheckUntouched fails when the objects of kind differ from before.
func (e *Env) CheckUntouched(t *testing.T, kind string, before []map[string]any) error {
	if after := objectsOf(t, e, kind); !reflect.DeepEqual(after, before) {
		return fmt.Errorf("the %s changed: before %v, after %v", kind, before, after)
	}
	return nil
}

func TestAccCloudRole_othersRoleOfSameNameNotTakenOver(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	theirs, err := env.Cloud.CreateRole(context.Background(), genesyscloud.RoleInput{
		Name: "Partner Integration", Description: "Another team's role",
		PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "directory", EntityName: "user", ActionSet: []string{"view"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	waitVisible(t, func() bool {
		roles, err := env.Cloud.ListRoles(t.Context(), genesyscloud.RoleQuery{Name: theirs.Name})
		return err == nil && len(roles) > 0
	})
	before := objectsOf(t, env, "cloud_roles")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			return env.CheckUntouched(t, "cloud_roles", before)
		},
		Steps: []resource.TestStep{{
			PreConfig: func() { MustSetFaults(t, env.Emu, uncommitted503(rolesRoute)) },
			Config:    RoleConfig(env, "ours", "view"),
			ExpectError: ErrorText(`A role named "Partner Integration" already exists, and the API takes only one. ` +
				`To manage it with this resource, import it: terraform import genesys_cloud_role.<name> ` + theirs.ID),
		}},
	})
}

func TestAccCloudOAuthClient_othersClientOfSameNameNotTakenOver(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	ctx := context.Background()
	role, err := env.Cloud.CreateRole(ctx, genesyscloud.RoleInput{
		Name:               "Another team's role",
		PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "directory", EntityName: "user", ActionSet: []string{"view"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The other team's administrator holds their role, as a real org requires to grant it, once
	// the role shows.
	if _, err := Visible(env.Cloud.GetRole, role.ID); err != nil {
		t.Fatal(err)
	}
	if err := env.Emu.GrantClientRoles("", role.ID); err != nil {
		t.Fatal(err)
	}
	home, err := env.Cloud.HomeDivision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := env.Cloud.CreateOAuthClient(ctx, genesyscloud.OAuthClientInput{
		Name: "Partner Syncer", AuthorizedGrantType: "CLIENT-CREDENTIALS",
		RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role.ID, DivisionID: home.ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	waitVisible(t, func() bool {
		clients, err := env.Cloud.FindOAuthClientsByName(t.Context(), theirs.Name)
		return err == nil && len(clients) > 0
	})
	before := objectsOf(t, env, "cloud_oauth_clients")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			if err := env.CheckUntouched(t, "cloud_oauth_clients", before); err != nil {
				return err
			}
			return env.CheckClientCredentials(theirs.ID, theirs.Secret)
		},
		Steps: []resource.TestStep{{
			PreConfig: func() { MustSetFaults(t, env.Emu, uncommitted503(oauthClientsRoute)) },
			Config:    OauthConfig(env, "ours", 3600, ""),
			ExpectError: ErrorText(`An object named "Partner Syncer" already existed before this create, so it is not ` +
				`adopted; if it is meant to be this resource, import it: terraform import genesys_cloud_oauth_client.<name> ` + theirs.ID),
		}},
	})
}

func TestAccGAuthClient_othersClientOfSameIDNotTakenOver(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	if _, err := env.GAuth.CreateClient(context.Background(), gauth.APIClient{
		ClientID: GauthClientID, ClientSecret: "their-secret", Name: "Another team's client",
		AuthorizedGrantTypes: []string{"client_credentials"},
	}); err != nil {
		t.Fatal(err)
	}
	waitVisible(t, func() bool { _, err := env.GAuth.GetClient(t.Context(), GauthClientID); return err == nil })
	before := objectsOf(t, env, "gauth_clients")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: resource.ComposeTestCheckFunc(
			func(*terraform.State) error { return env.CheckUntouched(t, "gauth_clients", before) },
			env.CheckGAuthSecret(GauthClientID, "their-secret", true),
		),
		Steps: []resource.TestStep{{
			PreConfig: func() { MustSetFaults(t, env.Emu, uncommitted503("/auth/v3/ops/clients")) },
			Config:    GauthClientConfig(env, "ours", 3600, `client_secret = "our-secret"`),
			ExpectError: ErrorText(`A GAuth API client with client_id "` + GauthClientID + `" already exists, and the API ` +
				`takes only one. To manage it with this resource, import it: terraform import genesys_gauth_client.<name> ` + GauthClientID),
		}},
	})
}

func TestAccGAuthEnvironment_othersEnvironmentOfSameIDNotTakenOver(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	theirs := env.SeedGAuthEnvironment(t, "Another team's tenant", "Theirs")
	waitVisible(t, func() bool { _, err := env.GAuth.GetEnvironment(t.Context(), theirs); return err == nil })
	before := objectsOf(t, env, "gauth_environments")
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		CheckDestroy: func(*terraform.State) error {
			return env.CheckUntouched(t, "gauth_environments", before)
		},
		Steps: []resource.TestStep{{
			PreConfig: func() { MustSetFaults(t, env.Emu, uncommitted503("/environment/v3/environments")) },
			Config:    GauthEnvironmentConfig(env, fmt.Sprintf("id = %q\n  password = \"ours\"\n  %s", theirs, OneConfigServer)),
			ExpectError: ErrorText(`A GAuth environment with id ` + theirs + ` already exists, and the API takes only one. ` +
				`To manage it with this resource, import it: terraform import genesys_gauth_environment.<name> ` + theirs),
		}},
	})
}
