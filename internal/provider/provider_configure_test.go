package provider

import (
	"regexp"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

var oneRole = roleBlock("Offline")

// A plan that only creates needs no API call at all: Configure is offline and the token is lazy.
func TestAccProvider_planIsOffline(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:             env.ProviderConfig() + oneRole,
			PlanOnly:           true,
			ExpectNonEmptyPlan: true,
		}},
	})
	if st := emu.Stats(); st.Total != 0 {
		t.Errorf("plan made %d requests (%d token requests), want none", st.Total, st.TokenRequests)
	}
}

func TestAccProvider_configurationErrors(t *testing.T) {
	cases := []struct {
		name, provider string
		want           *regexp.Regexp
	}{
		{"cloud block missing", `provider "genesys" {
  gauth {
    url          = "https://gauth.example.com"
    ops_username = "ops"
    ops_password = "ops"
  }
}`, regexp.MustCompile(`(?s)Genesys Cloud Is Not Configured.*GENESYSCLOUD_REGION.*GENESYSCLOUD_OAUTHCLIENT_ID.*GENESYSCLOUD_OAUTHCLIENT_SECRET`)},
		{"unknown region", `provider "genesys" {
  cloud {
    region = "mars-north-1"
  }
}`, regexp.MustCompile(`Unknown Genesys Cloud Region`)},
		{"plain http to a remote host", `provider "genesys" {
  cloud {
    api_url       = "http://api.example.com"
    client_id     = "x"
    client_secret = "y"
  }
}`, regexp.MustCompile(`Insecure URL`)},
		{"access token and client credentials", `provider "genesys" {
  cloud {
    api_url      = "http://127.0.0.1:1"
    access_token = "user-token"
    client_id     = "from-an-old-setup"
  }
}`, regexp.MustCompile(`(?s)Conflicting Genesys Cloud Credentials.*GENESYSCLOUD_OAUTHCLIENT_ID`)},
		{"Consistency timeout not a duration", `provider "genesys" {
  cloud {
    api_url             = "https://api.example.com"
    client_id           = "x"
    client_secret       = "y"
    consistency_timeout = "five minutes"
  }
}`, regexp.MustCompile(`Invalid Duration`)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setCloudEnvironment(t, nil)
			acctest.Test(t, resource.TestCase{
				Steps: []resource.TestStep{{
					Config:      c.provider + oneRole,
					PlanOnly:    true,
					ExpectError: c.want,
				}},
			})
		})
	}
}

// A region from the environment is checked only when a Genesys Cloud object needs it (a GAuth-only
// configuration must not fail on a stray variable), and the error names the variable and its value.
func TestAccProvider_unknownRegionFromEnvironment(t *testing.T) {
	setCloudEnvironment(t, map[string]string{envCloudRegion: "mars-north-1", envCloudClientID: "x", envCloudClientSecret: "y"})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:      `provider "genesys" {}` + oneRole,
			PlanOnly:    true,
			ExpectError: regexp.MustCompile(`(?s)Unknown Genesys Cloud Region.*GENESYSCLOUD_REGION "mars-north-1" is not a\s+Genesys Cloud region`),
		}},
	})
}

// Every cloud setting can come from the environment, under the official provider's variable names.
func TestAccProvider_environment(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	clientID, clientSecret := env.CloudCredentials()
	setCloudEnvironment(t, map[string]string{envCloudAPIURL: env.URL, envCloudLoginURL: env.LoginURL,
		envCloudClientID: clientID, envCloudClientSecret: clientSecret})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: `provider "genesys" {}` + oneRole,
			Check:  resource.TestCheckResourceAttrSet("genesys_cloud_role.test", "id"),
		}},
	})
}
