package acctest

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Env is one acceptance test's world: its own emulator, a provider configuration pointing at
// it, and API clients to change things behind Terraform's back and to check destroy. The
// emulator enforces the role-holding rule: cloud (the bootstrap client) can grant only the roles
// it holds, while cloudUser, like the configurations of userProviderConfig, acts as the seeded
// administrator user and holds whatever roles the provider granted that user.
type Env struct {
	Emu       *emulator.Server
	URL       string
	Cloud     *genesyscloud.Client
	CloudUser *genesyscloud.Client
	UserToken string
	GAuth     *gauth.Client
}

func NewEnv(t testing.TB, opts emulator.Options) *Env {
	t.Helper()
	emu := emulator.New(opts)
	srv := httptest.NewServer(emu)
	t.Cleanup(srv.Close)
	defaults := emulator.DefaultOptions()
	cloud, err := genesyscloud.New(genesyscloud.Config{
		APIURL:       srv.URL,
		LoginURL:     srv.URL,
		ClientID:     defaults.CloudClientID,
		ClientSecret: defaults.CloudClientSecret,
		UserAgent:    "acceptance-test",
	})
	if err != nil {
		t.Fatal(err)
	}
	userToken, _ := emu.UserToken()
	cloudUser, err := genesyscloud.New(genesyscloud.Config{APIURL: srv.URL, AccessToken: userToken, UserAgent: "acceptance-test"})
	if err != nil {
		t.Fatal(err)
	}
	ga, err := gauth.New(gauth.Config{
		URL:          srv.URL,
		ClientID:     defaults.GAuthClientID,
		ClientSecret: defaults.GAuthClientSecret,
		OpsUsername:  defaults.OpsUsername,
		OpsPassword:  defaults.OpsPassword,
		UserAgent:    "acceptance-test",
	})
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Emu: emu, URL: srv.URL, Cloud: cloud, CloudUser: cloudUser, UserToken: userToken, GAuth: ga}
}

// ProviderConfig is the provider block for this environment; append resources to it.
func (e *Env) ProviderConfig() string {
	d := emulator.DefaultOptions()
	return fmt.Sprintf(`
provider "genesys" {
  cloud {
    api_url       = %[1]q
    login_url     = %[1]q
    client_id     = %[2]q
    client_secret = %[3]q
  }
  gauth {
    url           = %[1]q
    client_id     = %[4]q
    client_secret = %[5]q
    ops_username  = %[6]q
    ops_password  = %[7]q
  }
}
`, e.URL, d.CloudClientID, d.CloudClientSecret, d.GAuthClientID, d.GAuthClientSecret, d.OpsUsername, d.OpsPassword)
}

// UserProviderConfig is providerConfig running as the seeded administrator user, with the opt-in
// that grants the user a new client's roles first: the pattern for a configuration that creates a
// role and grants it to a new OAuth client in one apply.
func (e *Env) UserProviderConfig() string {
	d := emulator.DefaultOptions()
	return fmt.Sprintf(`
provider "genesys" {
  cloud {
    api_url             = %[1]q
    login_url           = %[1]q
    access_token        = %[2]q
    grant_roles_to_user = true
  }
  gauth {
    url           = %[1]q
    client_id     = %[3]q
    client_secret = %[4]q
    ops_username  = %[5]q
    ops_password  = %[6]q
  }
}
`, e.URL, e.UserToken, d.GAuthClientID, d.GAuthClientSecret, d.OpsUsername, d.OpsPassword)
}

// ProviderConfigWithSecrets is the environment's provider block with other client secrets.
func (e *Env) ProviderConfigWithSecrets(cloudSecret, gauthSecret string) string {
	d := emulator.DefaultOptions()
	return fmt.Sprintf(`
provider "genesys" {
  cloud {
    api_url       = %[1]q
    login_url     = %[1]q
    client_id     = %[2]q
    client_secret = %[3]q
  }
  gauth {
    url           = %[1]q
    client_id     = %[4]q
    client_secret = %[5]q
  }
}
`, e.URL, d.CloudClientID, cloudSecret, d.GAuthClientID, gauthSecret)
}
