package acctest

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const OauthAddr = "genesys_cloud_oauth_client.test"

// OauthConfig is a role and a client-credentials client bound to it in the home division (by
// default), applied as a user who is granted the new role first.
func OauthConfig(env *Env, description string, validity int, rotation string) string {
	return OauthNamedConfig(env, env.Name("Partner Syncer"), env.Name("Syncer"), description, validity, rotation)
}

// OauthNamedConfig is OauthConfig with the client and its role named.
func OauthNamedConfig(env *Env, clientName, roleName, description string, validity int, rotation string) string {
	rot := ""
	if rotation != "" {
		rot = fmt.Sprintf("secret_rotation = { rotated = %q }", rotation)
	}
	return env.UserProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name = %[5]q
  permission_policies = [{ domain = "analytics", entity_name = "userObservation", action_set = ["view"] }]
}

resource "genesys_cloud_oauth_client" "test" {
  name                          = %[4]q
  description                   = %[1]q
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = %[2]d
  roles                         = [{ role_id = genesys_cloud_role.test.id }]
  %[3]s
}
`, description, validity, rot, clientName, roleName)
}

// CheckOAuthClient asks the API for the OAuth client and runs check on it.
func (e *Env) CheckOAuthClient(id *string, check func(*genesyscloud.OAuthClient) error) resource.TestCheckFunc {
	return checkVisible(e.Cloud.GetOAuthClient, id, check)
}

// CheckOAuthClientDestroyed checks that the OAuth client is gone after the destroy: a deleted
// client answers with state "deleted" for a while (REAL-ORG-BEHAVIOUR R4), or, on a real org, as
// it was.
func (e *Env) CheckOAuthClientDestroyed(id *string) resource.TestCheckFunc {
	return checkGoneAfterDestroy("OAuth client", e.Cloud.GetOAuthClient, id, func(c *genesyscloud.OAuthClient) bool { return c.State == "deleted" })
}

// CheckClientCredentials gets a token with the client's id and secret, proving the secret works.
func (e *Env) CheckClientCredentials(id, secret string) error {
	ts := transport.NewTokenSource(transport.TokenConfig{TokenURL: e.LoginURL + "/oauth/token", ClientID: id, ClientSecret: secret})
	_, err := ts.Token(context.Background())
	return err
}
