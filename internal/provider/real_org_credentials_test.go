package provider

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// oddSecret holds every character that URL-encoding would change inside a Basic header.
const oddSecret = "p+ss/w=rd@host:8080"

// REAL-ORG-BEHAVIOUR R7/R8: the provider's own credentials go out raw in the Basic header, so
// secrets with "+ / = @ :" work against token endpoints that do not URL-decode them. The GAuth
// block has no ops credentials: the environment is created with the client-credentials token.
func TestAccProvider_secretsWithReservedCharacters(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{CloudClientSecret: oddSecret, GAuthClientSecret: oddSecret})
	config := env.ProviderConfigWithSecrets(oddSecret, oddSecret) + `
resource "genesys_cloud_role" "test" {
  name = "Odd secret"
}

resource "genesys_gauth_environment" "test" {
  username       = "default"
  password       = "cfg-password"
  app_name       = "Cloud"
  tenant         = "Environment"
  config_servers = [{ primary_address = "172.24.132.84", primary_port = 2020, locations = "/USW1" }]
}
`
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: config,
			Check: env.CheckStats(func(st emulator.Stats) error {
				for _, rc := range st.Requests {
					if (rc.Route == "/oauth/token" || rc.Route == "/auth/v3/oauth/token") && rc.Status != http.StatusOK {
						return fmt.Errorf("token endpoint answered %d %d times", rc.Status, rc.Count)
					}
				}
				return nil
			}),
		}},
	})
}

// A GAuth API client created with such a secret can get a token with curl -u, that is with its
// id and secret raw in the Basic header.
func TestAccGAuthClient_secretWithReservedCharacters(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	clientID := acctest.RandomName("external_api_client")
	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckGAuthClientDestroyed(clientID),
		Steps: []resource.TestStep{{
			Config: acctest.GauthClientConfigFor(env, clientID, "odd secret", 43200, fmt.Sprintf("client_secret = %q", oddSecret)),
			Check: resource.ComposeTestCheckFunc(
				curlGAuthToken(env.GAuthURL, clientID, oddSecret),
				env.CheckGAuthSecret(clientID, oddSecret, true),
			),
		}},
	})
}

// curlGAuthToken does what seed 001's `curl --user id:secret .../auth/v3/oauth/token` does.
func curlGAuthToken(base, id, secret string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		form := url.Values{"grant_type": {"client_credentials"}, "client_id": {id}}
		req, err := http.NewRequestWithContext(context.Background(), http.MethodPost, base+"/auth/v3/oauth/token", strings.NewReader(form.Encode()))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.SetBasicAuth(id, secret) // raw, as curl -u sends it
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		defer func() { _ = resp.Body.Close() }()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("token with the raw secret: HTTP %d", resp.StatusCode)
		}
		return nil
	}
}

// REAL-ORG-BEHAVIOUR R6: the token endpoint answers its own limit with 400 invalid_request "rate
// limit exceeded"; the provider waits it out instead of failing. The emulator's clock runs 30
// times fast, so its one-token-a-minute limit frees a slot every two real seconds.
func TestAccProvider_tokenEndpointRateLimitWaitedOut(t *testing.T) {
	t.Parallel()
	start := time.Now()
	env := acctest.NewEnv(t, emulator.Options{
		TokenRateLimit: 1,
		Now:            func() time.Time { return start.Add(time.Since(start) * 30) },
	})
	config := env.ProviderConfig() + roleBlock("Rate-limited token")
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{Config: config},
			{
				Config: config,
				Check: env.CheckStats(func(st emulator.Stats) error {
					limited := 0
					for _, rc := range st.Requests {
						if rc.Route == "/oauth/token" && rc.Status == http.StatusBadRequest {
							limited += rc.Count
						}
					}
					if limited == 0 {
						return fmt.Errorf("no token request met the limit (stats %+v): the test proves nothing", st.Requests)
					}
					return nil
				}),
			},
		},
	})
}
