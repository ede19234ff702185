package acctest

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const (
	GauthClientAddr = "genesys_gauth_client.test"
	GauthClientID   = "external_api_client"
)

// SeedGAuthClient creates an API client through the API, for a test about one that exists before
// the run, and returns it as GAuth answered.
func (e *Env) SeedGAuthClient(t *testing.T, client gauth.APIClient) *gauth.APIClient {
	t.Helper()
	created, err := e.GAuth.CreateClient(t.Context(), client)
	if err != nil {
		t.Fatal(err)
	}
	e.cleanupInRealOrg(t, "API client "+client.ClientID, func(ctx context.Context) error { return e.GAuth.DeleteClient(ctx, client.ClientID) })
	return created
}

// GauthClientConfig is the API client of the provisioning guide, with the given description,
// access-token lifetime and secret attributes (such as `client_secret = "s"`).
// GauthClientConfig leaves description out when it is "", as a configuration without one would.
func GauthClientConfig(env *Env, description string, accessTimeout int, secret string) string {
	return GauthClientConfigFor(env, GauthClientID, description, accessTimeout, secret)
}

// GauthClientConfigFor is GauthClientConfig with another client_id.
func GauthClientConfigFor(env *Env, clientID, description string, accessTimeout int, secret string) string {
	if description != "" {
		description = fmt.Sprintf("description = %q", description)
	}
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_client" "test" {
  client_id                       = %[1]q
  name                            = "External API client"
  %[2]s
  internal_client                 = true
  authorities                     = ["ROLE_INTERNAL_CLIENT"]
  authorized_grant_types          = ["client_credentials", "refresh_token"]
  redirect_uris                   = ["https://gauth.example.com", "https://wwe.example.com"]
  access_token_expiration_timeout = %[3]d
  %[4]s
}
`, clientID, description, accessTimeout, secret)
}

// CheckGAuthClient asks GAuth for the API client and runs check on it.
func (e *Env) CheckGAuthClient(clientID string, check func(*gauth.APIClient) error) resource.TestCheckFunc {
	return checkGot(e.GAuth.GetClient, &clientID, check)
}

// CheckGAuthClientDestroyed checks that the API client is gone after the destroy.
func (e *Env) CheckGAuthClientDestroyed(clientID string) resource.TestCheckFunc {
	return func(*terraform.State) error { return notFoundAfterDestroy("API client", e.GAuth.GetClient, clientID) }
}

// CheckGAuthSecret asks the GAuth token endpoint whether the secret works for the client: the only
// way to see a secret GAuth never returns.
func (e *Env) CheckGAuthSecret(clientID, secret string, works bool) resource.TestCheckFunc {
	return func(*terraform.State) error {
		ts := transport.NewTokenSource(transport.TokenConfig{TokenURL: e.GAuthURL + "/auth/v3/oauth/token", ClientID: clientID, ClientSecret: secret})
		_, err := ts.Token(context.Background())
		switch {
		case works && err != nil:
			return fmt.Errorf("secret %q of %s refused at the token endpoint: %w", secret, clientID, err)
		case !works && err == nil:
			return fmt.Errorf("secret %q of %s still works at the token endpoint", secret, clientID)
		}
		return nil
	}
}

// SetGAuthClientSecret changes a client's secret behind Terraform's back.
func (e *Env) SetGAuthClientSecret(t *testing.T, clientID, secret string) {
	t.Helper()
	if err := e.GAuth.UpdateClient(context.Background(), clientID, gauth.ClientUpdate{ClientSecret: &secret}); err != nil {
		t.Fatal(err)
	}
}

type OnlyChanged struct {
	addr  string
	attrs []string
}
