package provider

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// exampleSetup is what an example needs beyond an empty org: objects that in real life exist
// before the configuration is applied (made by hand, or by another tool), and what its first
// plan must show.
type exampleSetup struct {
	prepare    func(t *testing.T, env *acctest.Env)
	planChecks []plancheck.PlanCheck
	// applied checks the API after the first apply.
	applied func(t *testing.T, env *acctest.Env)
}

// exampleSetups are keyed by the example's directory under examples/.
var exampleSetups = map[string]exampleSetup{
	"data-sources/genesys_cloud_oauth_client": {
		prepare: func(t *testing.T, env *acctest.Env) {
			existingClient(t, env, "Reporting Back-end", analyticsPolicy("conversationDetail"))
		},
	},
	"data-sources/genesys_gauth_environment": {
		prepare: func(t *testing.T, env *acctest.Env) { existingEnvironment(t, env) },
	},
	"data-sources/genesys_gauth_contact_center": {
		prepare: func(t *testing.T, env *acctest.Env) {
			existingContactCenter(t, env, existingEnvironment(t, env), "t100")
		},
	},
	"guides/migrating-from-genesyscloud": {
		// What the genesyscloud provider had created, translated faithfully: adopting it changes nothing.
		prepare: func(t *testing.T, env *acctest.Env) {
			home := homeDivision(t, env)
			queues := genesyscloud.PermissionPolicy{
				Domain: "routing", EntityName: "queue", ActionSet: []string{"view"},
				ResourceConditionNode: &genesyscloud.ConditionNode{Conjunction: "AND", Terms: []genesyscloud.ConditionNode{{
					VariableName: "Division.id", Operator: "EQ",
					Operands: []genesyscloud.ConditionValue{{Type: "SCALAR", Value: home}},
				}}},
			}
			role := acctest.ExistingRole(t, env, genesyscloud.RoleInput{
				Name: "Reporting Integration", Description: "Reads analytics for the reporting back-end",
				PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("conversationDetail"), queues},
			})
			grantToTerraformClient(t, env, role)
			createClient(t, env, genesyscloud.OAuthClientInput{
				Name: "Reporting Integration", Description: "Credentials of the reporting back-end",
				AuthorizedGrantType: "CLIENT-CREDENTIALS", AccessTokenValiditySeconds: 600,
				RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role, DivisionID: home}},
			})
		},
		planChecks: []plancheck.PlanCheck{
			expectImported("genesys_cloud_role.reporting"),
			plancheck.ExpectResourceAction("genesys_cloud_role.reporting", plancheck.ResourceActionNoop),
			expectImported("genesys_cloud_oauth_client.reporting"),
			plancheck.ExpectResourceAction("genesys_cloud_oauth_client.reporting", plancheck.ResourceActionNoop),
		},
	},
	"guides/rotating-oauth-client-secrets": {
		prepare: func(t *testing.T, env *acctest.Env) {
			existingClient(t, env, "Nightly Export", analyticsPolicy("conversationAggregate"))
		},
		planChecks: []plancheck.PlanCheck{
			expectImported("genesys_cloud_oauth_client.nightly_export"),
			plancheck.ExpectResourceAction("genesys_cloud_oauth_client.nightly_export", plancheck.ResourceActionUpdate),
			plancheck.ExpectUnknownValue("genesys_cloud_oauth_client.nightly_export", tfjsonpath.New("secret")),
		},
	},
	"guides/multiple-orgs": multipleOrgsSetup(),
	"resources/genesys_cloud_oauth_client": {
		// The role an administrator made and granted to the Terraform client beforehand.
		prepare: func(t *testing.T, env *acctest.Env) {
			role := acctest.ExistingRole(t, env, genesyscloud.RoleInput{
				Name: "Reporting Back-end", PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("conversationDetail")},
			})
			grantToTerraformClient(t, env, role)
		},
	}, "ephemeral-resources/genesys_cloud_access_token": {
		// The role an administrator made and granted to the Terraform client beforehand.
		prepare: func(t *testing.T, env *acctest.Env) {
			role := acctest.ExistingRole(t, env, genesyscloud.RoleInput{
				Name: "Reporting Back-end", PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("conversationDetail")},
			})
			grantToTerraformClient(t, env, role)
		},
	},
	"guides/testing-with-the-emulator": {
		// The guide's fault plan: the provider must ride through it.
		prepare: func(t *testing.T, env *acctest.Env) {
			raw, err := os.ReadFile(filepath.Join(examplesDir, "guides", "testing-with-the-emulator", "faults.json"))
			if err != nil {
				t.Fatal(err)
			}
			var plan emulator.FaultPlan
			if err := json.Unmarshal(raw, &plan); err != nil {
				t.Fatalf("faults.json: %v", err)
			}
			if err := env.Emulator(t).SetFaults(plan); err != nil {
				t.Fatalf("faults.json: %v", err)
			}
		},
	},
}

// multipleOrgsSetup serves the guide's two orgs from two emulators: the template must put each
// org's objects in its own org, and destroy must empty both.
func multipleOrgsSetup() exampleSetup {
	var orgs [2]*acctest.Env
	const role = "Reporting Integration"
	checkRole := func(t *testing.T, want bool) {
		for i, org := range orgs {
			_, err := org.Cloud.FindRoleByName(t.Context(), role)
			if found := err == nil; found != want {
				t.Errorf("org %d holds the role %q: %v, want %v (%v)", i+1, role, found, want, err)
			}
		}
	}
	return exampleSetup{
		prepare: func(t *testing.T, env *acctest.Env) {
			orgs = [2]*acctest.Env{env, acctest.NewEnv(t, emulator.Options{})}
			creds := func(e *acctest.Env) map[string]string {
				return map[string]string{"api_url": e.URL, "login_url": e.URL, "access_token": e.UserToken}
			}
			value, err := json.Marshal(map[string]any{"acme": creds(orgs[0]), "globex": creds(orgs[1])})
			if err != nil {
				t.Fatal(err)
			}
			t.Setenv("TF_VAR_orgs", string(value))
			t.Cleanup(func() { checkRole(t, false) }) // after destroy
		},
		applied: func(t *testing.T, _ *acctest.Env) { checkRole(t, true) },
	}
}

func analyticsPolicy(entity string) genesyscloud.PermissionPolicy {
	return genesyscloud.PermissionPolicy{Domain: "analytics", EntityName: entity, ActionSet: []string{"view"}}
}

func homeDivision(t *testing.T, env *acctest.Env) string {
	t.Helper()
	d, err := env.Cloud.HomeDivision(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return d.ID
}

func createClient(t *testing.T, env *acctest.Env, in genesyscloud.OAuthClientInput) {
	t.Helper()
	cl, err := env.Cloud.CreateOAuthClient(t.Context(), in)
	if err != nil {
		t.Fatal(err)
	}
	// The configurations look it up by name: wait until the API shows it.
	if _, err := acctest.Visible(env.Cloud.GetOAuthClient, cl.ID); err != nil {
		t.Fatal(err)
	}
}

// grantToTerraformClient grants a role to the OAuth client the examples run as, as an
// administrator does before a client-credentials run may grant it on (or edit a client holding it).
func grantToTerraformClient(t *testing.T, env *acctest.Env, roleID string) {
	t.Helper()
	if err := env.Emulator(t).GrantClientRoles("", roleID); err != nil {
		t.Fatal(err)
	}
}

// existingClient is a client-credentials client made by hand, with a role of the same name that
// the Terraform client holds too.
func existingClient(t *testing.T, env *acctest.Env, name string, policy genesyscloud.PermissionPolicy) {
	t.Helper()
	role := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: name, PermissionPolicies: []genesyscloud.PermissionPolicy{policy}})
	grantToTerraformClient(t, env, role)
	createClient(t, env, genesyscloud.OAuthClientInput{
		Name: name, AuthorizedGrantType: "CLIENT-CREDENTIALS",
		RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role, DivisionID: homeDivision(t, env)}},
	})
}

// existingEnvironment is the environment of the Configuration Server tenant "Environment".
func existingEnvironment(t *testing.T, env *acctest.Env) string {
	t.Helper()
	id, err := env.GAuth.CreateEnvironment(t.Context(), gauth.Environment{
		Username: "default", Password: "password", ConnectionProtocol: "addp", LocalTimeout: 5, RemoteTimeout: 7,
		TraceMode: "CFGTMBoth", AppName: "Cloud", Tenant: "Environment",
		ConfigServers: []gauth.ConfigServer{{PrimaryAddress: "cs-primary.usw1.example.com", PrimaryPort: 8888, Locations: "/USW1"}},
	})
	if err != nil {
		t.Fatalf("environment: %v", err)
	}
	return id
}

func existingContactCenter(t *testing.T, env *acctest.Env, environmentID, domain string) {
	t.Helper()
	_, err := env.GAuth.CreateContactCenter(t.Context(), gauth.ContactCenter{Domains: []string{domain}, EnvironmentID: environmentID, Auth: "configServer"})
	if err != nil {
		t.Fatal(err)
	}
}
