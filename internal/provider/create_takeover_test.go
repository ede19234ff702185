package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Another team's object holds the natural key our configuration plans, and our create answers 503
// without storing anything. The other object must come out untouched and stay out of our state.

// checkUntouched takes the emulator's objects of kind now, before the test applies, and returns a
// check that every one of them is still there as it was.
func checkUntouched(t *testing.T, env *acctest.Env, kind string) resource.TestCheckFunc {
	before := acctest.ObjectsOf(t, env, kind)
	return acctest.CheckFunc(func() error { return env.CheckUntouched(t, kind, before) })
}

// uncommitted503 makes the POSTs on route answer 503 without storing anything.
func uncommitted503(route string) emulator.FaultRule {
	return emulator.FaultRule{Method: "POST", Route: route, Kind: emulator.FaultStatus, Status: 503}
}

func TestAccCloudRole_othersRoleOfSameNameNotTakenOver(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	theirs, err := env.Cloud.CreateRole(context.Background(), genesyscloud.RoleInput{
		Name: "Partner Integration", Description: "Another team's role",
		PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "directory", EntityName: "user", ActionSet: []string{"view"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	acctest.WaitVisible(t, func() bool {
		roles, err := env.Cloud.ListRoles(t.Context(), genesyscloud.RoleQuery{Name: theirs.Name})
		return err == nil && len(roles) > 0
	})
	acctest.Test(t, resource.TestCase{
		CheckDestroy: checkUntouched(t, env, "cloud_roles"),
		Steps: []resource.TestStep{{
			PreConfig: func() { acctest.MustSetFaults(t, emu, uncommitted503(rolesRoute)) },
			Config:    acctest.RoleConfig(env, "Partner Integration", "ours", "view"),
			ExpectError: acctest.ErrorText(`A role named "Partner Integration" already exists, and the API takes only one. ` +
				`To manage it with this resource, import it: terraform import genesys_cloud_role.<name> ` + theirs.ID),
		}},
	})
}

func TestAccCloudOAuthClient_othersClientOfSameNameNotTakenOver(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
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
	if _, err := acctest.Visible(env.Cloud.GetRole, role.ID); err != nil {
		t.Fatal(err)
	}
	if err := emu.GrantClientRoles("", role.ID); err != nil {
		t.Fatal(err)
	}
	home, err := env.Cloud.HomeDivision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	theirs, err := env.Cloud.CreateOAuthClient(ctx, genesyscloud.OAuthClientInput{
		Name: env.Name("Partner Syncer"), AuthorizedGrantType: "CLIENT-CREDENTIALS",
		RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role.ID, DivisionID: home.ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	acctest.WaitVisible(t, func() bool {
		clients, err := env.Cloud.FindOAuthClientsByName(t.Context(), theirs.Name)
		return err == nil && len(clients) > 0
	})
	acctest.Test(t, resource.TestCase{
		CheckDestroy: resource.ComposeTestCheckFunc(
			checkUntouched(t, env, "cloud_oauth_clients"),
			acctest.CheckFunc(func() error { return env.CheckClientCredentials(theirs.ID, theirs.Secret) }),
		),
		Steps: []resource.TestStep{{
			PreConfig: func() { acctest.MustSetFaults(t, emu, uncommitted503(oauthClientsRoute)) },
			Config:    acctest.OauthConfig(env, "ours", 3600, ""),
			ExpectError: acctest.ErrorText(`An object named "` + theirs.Name + `" already existed before this create, so it is not ` +
				`adopted; if it is meant to be this resource, import it: terraform import genesys_cloud_oauth_client.<name> ` + theirs.ID),
		}},
	})
}

func TestAccGAuthClient_othersClientOfSameIDNotTakenOver(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	if _, err := env.GAuth.CreateClient(context.Background(), gauth.APIClient{
		ClientID: acctest.GauthClientID, ClientSecret: "their-secret", Name: "Another team's client",
		AuthorizedGrantTypes: []string{"client_credentials"},
	}); err != nil {
		t.Fatal(err)
	}
	acctest.WaitVisible(t, func() bool { _, err := env.GAuth.GetClient(t.Context(), acctest.GauthClientID); return err == nil })
	acctest.Test(t, resource.TestCase{
		CheckDestroy: resource.ComposeTestCheckFunc(
			checkUntouched(t, env, "gauth_clients"),
			env.CheckGAuthSecret(acctest.GauthClientID, "their-secret", true),
		),
		Steps: []resource.TestStep{{
			PreConfig: func() { acctest.MustSetFaults(t, emu, uncommitted503("/auth/v3/ops/clients")) },
			Config:    acctest.GauthClientConfig(env, "ours", 3600, `client_secret = "our-secret"`),
			ExpectError: acctest.ErrorText(`A GAuth API client with client_id "` + acctest.GauthClientID + `" already exists, and the API ` +
				`takes only one. To manage it with this resource, import it: terraform import genesys_gauth_client.<name> ` + acctest.GauthClientID),
		}},
	})
}

func TestAccGAuthEnvironment_othersEnvironmentOfSameIDNotTakenOver(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	theirs := env.SeedGAuthEnvironment(t, "Another team's tenant", "Theirs")
	acctest.WaitVisible(t, func() bool { _, err := env.GAuth.GetEnvironment(t.Context(), theirs); return err == nil })
	acctest.Test(t, resource.TestCase{
		CheckDestroy: checkUntouched(t, env, "gauth_environments"),
		Steps: []resource.TestStep{{
			PreConfig: func() { acctest.MustSetFaults(t, emu, uncommitted503("/environment/v3/environments")) },
			Config:    acctest.GauthEnvironmentConfig(env, fmt.Sprintf("id = %q\n  password = \"ours\"\n  %s", theirs, acctest.OneConfigServer)),
			ExpectError: acctest.ErrorText(`A GAuth environment with id ` + theirs + ` already exists, and the API takes only one. ` +
				`To manage it with this resource, import it: terraform import genesys_gauth_environment.<name> ` + theirs),
		}},
	})
}
