package provider

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

func TestResolveCloud(t *testing.T) {
	for _, k := range []string{envCloudRegion, envCloudClientID, envCloudClientSecret, envCloudAPIURL, envCloudLoginURL, envCloudConsistencyTimeout} {
		t.Setenv(k, "")
	}
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

func TestResolveCloudFromEnvironment(t *testing.T) {
	t.Setenv(envCloudRegion, "ap-southeast-2")
	t.Setenv(envCloudClientID, "env-id")
	t.Setenv(envCloudClientSecret, "env-secret")
	t.Setenv(envCloudAPIURL, "")
	t.Setenv(envCloudLoginURL, "")
	got := resolveCloud(&cloudConfigModel{})
	if got.unavailable != "" || got.apiURL != "https://api.mypurecloud.com.au" || got.clientID != "env-id" || got.clientSecret != "env-secret" {
		t.Fatalf("got %+v", got)
	}
	t.Setenv(envCloudRegion, "atlantis-1")
	if got := resolveCloud(&cloudConfigModel{}); !strings.Contains(got.unavailable, `"atlantis-1" is not a Genesys Cloud region`) {
		t.Fatalf("a bad region in the environment gave %q", got.unavailable)
	}
}
