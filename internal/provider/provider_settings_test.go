package provider

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

func TestResolveCloud(t *testing.T) {
	setCloudEnvironment(t, nil)
	creds := func(m cloudConfigModel) *cloudConfigModel {
		m.ClientID, m.ClientSecret = types.StringValue("id"), types.StringValue("secret")
		return &m
	}
	cases := []struct {
		name            string
		in              *cloudConfigModel
		api, login, why string
	}{
		{"aws region name", creds(cloudConfigModel{Region: types.StringValue("eu-west-1")}),
			"https://api.mypurecloud.ie", "https://login.mypurecloud.ie", ""},
		{"region domain", creds(cloudConfigModel{Region: types.StringValue("usw2.pure.cloud")}),
			"https://api.usw2.pure.cloud", "https://login.usw2.pure.cloud", ""},
		{"api_url only derives login", creds(cloudConfigModel{APIURL: types.StringValue("https://api.proxy.example.com")}),
			"https://api.proxy.example.com", "https://login.proxy.example.com", ""},
		{"overrides beat the region", creds(cloudConfigModel{Region: types.StringValue("us-east-1"),
			APIURL: types.StringValue("http://127.0.0.1:9"), LoginURL: types.StringValue("http://127.0.0.1:9")}),
			"http://127.0.0.1:9", "http://127.0.0.1:9", ""},
		{"nothing", &cloudConfigModel{}, "", "", "cloud.client_secret"},
		{"unknown until apply", creds(cloudConfigModel{Region: types.StringUnknown()}), "", "", "not known until apply: cloud.region"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := resolveCloud(c.in)
			if c.why != "" {
				if !strings.Contains(got.unavailable, c.why) {
					t.Fatalf("unavailable = %q, want it to mention %q", got.unavailable, c.why)
				}
				return
			}
			if got.unavailable != "" || got.apiURL != c.api || got.loginURL != c.login {
				t.Fatalf("got api %q login %q (%s), want %q %q", got.apiURL, got.loginURL, got.unavailable, c.api, c.login)
			}
		})
	}
}

// A user's access token replaces the client credentials, never joins them, wherever each comes from.
func TestResolveCloudAccessToken(t *testing.T) {
	setCloudEnvironment(t, nil)
	api := types.StringValue("https://api.mypurecloud.com")
	got := resolveCloud(&cloudConfigModel{APIURL: api, AccessToken: types.StringValue("user-token"), GrantRolesToUser: types.BoolValue(true)})
	if got.unavailable != "" || got.conflict != "" || got.accessToken != "user-token" || !got.grantRolesToUser {
		t.Fatalf("token alone: %+v", got)
	}
	if got := resolveCloud(&cloudConfigModel{APIURL: api}); !strings.Contains(got.unavailable, "cloud.access_token ("+envCloudAccessToken+")") {
		t.Errorf("nothing set: %q does not offer the access token", got.unavailable)
	}

	t.Setenv(envCloudClientID, "old-ci-client")
	got = resolveCloud(&cloudConfigModel{APIURL: api, AccessToken: types.StringValue("user-token")})
	if !strings.Contains(got.conflict, envCloudClientID) {
		t.Errorf("token in the configuration, client id in the environment: conflict = %q", got.conflict)
	}
	t.Setenv(envCloudClientID, "")
	t.Setenv(envCloudAccessToken, "env-token")
	got = resolveCloud(&cloudConfigModel{APIURL: api, ClientID: types.StringValue("id"), ClientSecret: types.StringValue("secret")})
	if got.conflict == "" {
		t.Errorf("client credentials in the configuration, token in the environment: no conflict (%+v)", got)
	}
	got = resolveCloud(&cloudConfigModel{APIURL: api})
	if got.unavailable != "" || got.conflict != "" || got.accessToken != "env-token" || got.grantRolesToUser {
		t.Errorf("token from the environment: %+v", got)
	}
}

func TestResolveCloudFromEnvironment(t *testing.T) {
	setCloudEnvironment(t, map[string]string{envCloudRegion: "ap-southeast-2", envCloudClientID: "env-id", envCloudClientSecret: "env-secret"})
	got := resolveCloud(&cloudConfigModel{})
	if got.unavailable != "" || got.apiURL != "https://api.mypurecloud.com.au" || got.clientID != "env-id" || got.clientSecret != "env-secret" {
		t.Fatalf("got %+v", got)
	}
	t.Setenv(envCloudRegion, "atlantis-1")
	if got := resolveCloud(&cloudConfigModel{}); !strings.Contains(got.unavailable, `"atlantis-1" is not a Genesys Cloud region`) {
		t.Fatalf("a bad region in the environment gave %q", got.unavailable)
	}
}
