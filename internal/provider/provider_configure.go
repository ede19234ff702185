package provider

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// Configure resolves the settings of each product from the configuration and the environment and
// builds its API client. It makes no network call: the clients fetch their token lazily, so
// `terraform validate` and plans with nothing to refresh work offline.
func (p *genesysProvider) Configure(ctx context.Context, req provider.ConfigureRequest, resp *provider.ConfigureResponse) {
	var cfg providerModel
	resp.Diagnostics.Append(req.Config.Get(ctx, &cfg)...)
	if resp.Diagnostics.HasError() {
		return
	}

	userAgent := fmt.Sprintf("terraform-provider-genesys/%s terraform/%s", p.version, req.TerraformVersion)
	data := &kit.ProviderData{Cloud: &kit.Cloud{}, GAuth: &kit.GAuth{}}

	if cfg.Cloud == nil {
		cfg.Cloud = &cloudConfigModel{}
	}
	cloud := resolveCloud(cfg.Cloud)
	if cloud.conflict != "" {
		resp.Diagnostics.AddAttributeError(path.Root("cloud").AtName("access_token"), "Conflicting Genesys Cloud Credentials", cloud.conflict)
		return
	}
	if cloud.unavailable != "" {
		data.Cloud.Unavailable = cloud.unavailable
		data.Cloud.UnknownRegion = cloud.unknownRegion
	} else {
		c, err := genesyscloud.New(genesyscloud.Config{
			APIURL:       cloud.apiURL,
			LoginURL:     cloud.loginURL,
			ClientID:     cloud.clientID,
			ClientSecret: cloud.clientSecret,
			AccessToken:  cloud.accessToken,
			UserAgent:    userAgent,
			Logger:       httpLogger{},

			MaxRequestsPerMinute: cloud.maxRequestsPerMinute,
			MaxTokens:            cloud.maxTokens,
		})
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("cloud"), "Invalid Genesys Cloud Configuration", err.Error())
			return
		}
		data.Cloud = kit.NewCloud(c, kit.NewConsistency(cloud.consistencyTimeout), cloud.grantRolesToUser)
	}

	if cfg.GAuth == nil {
		cfg.GAuth = &gauthConfigModel{}
	}
	ga := resolveGAuth(cfg.GAuth)
	if ga.unavailable != "" {
		data.GAuth.Unavailable = ga.unavailable
	} else {
		c, err := gauth.New(gauth.Config{
			URL:          ga.url,
			ClientID:     ga.clientID,
			ClientSecret: ga.clientSecret,
			OpsUsername:  ga.opsUsername,
			OpsPassword:  ga.opsPassword,
			UserAgent:    userAgent,
			Logger:       httpLogger{},

			MaxRequestsPerMinute: ga.maxRequestsPerMinute,
		})
		if err != nil {
			resp.Diagnostics.AddAttributeError(path.Root("gauth"), "Invalid GAuth Configuration", err.Error())
			return
		}
		data.GAuth = kit.NewGAuth(c)
	}

	resp.ResourceData = data
	resp.DataSourceData = data
	resp.EphemeralResourceData = data
	resp.ListResourceData = data
}

type cloudSettings struct {
	apiURL, loginURL, clientID, clientSecret, accessToken string
	maxRequestsPerMinute                                  int
	maxTokens                                             int
	grantRolesToUser                                      bool
	consistencyTimeout                                    time.Duration
	// unavailable says why no client can be built (the missing settings), or is empty.
	unavailable string
	// conflict says which settings contradict each other, or is empty.
	conflict string
	// unknownRegion is set with unavailable when the region from the environment is not one:
	// the error then names it, rather than calling the block incomplete.
	unknownRegion bool
}

func resolveCloud(m *cloudConfigModel) cloudSettings {
	var s cloudSettings
	var unknown []string
	region := setting(m.Region, envCloudRegion, "cloud.region", &unknown)
	s.apiURL = setting(m.APIURL, envCloudAPIURL, "cloud.api_url", &unknown)
	s.loginURL = setting(m.LoginURL, envCloudLoginURL, "cloud.login_url", &unknown)
	s.clientID = setting(m.ClientID, envCloudClientID, "cloud.client_id", &unknown)
	s.clientSecret = setting(m.ClientSecret, envCloudClientSecret, "cloud.client_secret", &unknown)
	s.accessToken = setting(m.AccessToken, envCloudAccessToken, "cloud.access_token", &unknown)
	s.grantRolesToUser = m.GrantRolesToUser.ValueBool()
	if m.GrantRolesToUser.IsUnknown() {
		unknown = append(unknown, "cloud.grant_roles_to_user")
	}
	s.maxRequestsPerMinute = budgetSetting(m.MaxRequests, defaultCloudRequestsPerMinute, "cloud.max_requests_per_minute", &unknown)
	if !cloudMaxTokens(m.MaxTokens, &s, &unknown) {
		return s
	}
	timeout := setting(m.ConsistencyTimeout, envCloudConsistencyTimeout, "cloud.consistency_timeout", &unknown)
	s.consistencyTimeout = kit.DefaultCloudConsistencyTimeout
	if timeout != "" {
		// The validator has already refused bad values in the configuration; this catches the environment.
		d, err := time.ParseDuration(timeout)
		if err != nil || d < 0 {
			s.unavailable = fmt.Sprintf("%s %q is not a duration such as 5m or 90s.", envCloudConsistencyTimeout, timeout)
			return s
		}
		s.consistencyTimeout = d
	}

	if region != "" {
		// The validator has already refused unknown regions in the configuration; this catches the environment.
		domain, ok := genesyscloud.ResolveRegion(region)
		if !ok {
			s.unavailable = fmt.Sprintf("%s %q is not a Genesys Cloud region; use one of: %s. "+
				"Correct or unset the variable, or set cloud.region or cloud.api_url in the provider block.",
				envCloudRegion, region, strings.Join(genesyscloud.Regions(), ", "))
			s.unknownRegion = true
			return s
		}
		api, login := genesyscloud.URLsForDomain(domain)
		if s.apiURL == "" {
			s.apiURL = api
		}
		if s.loginURL == "" {
			s.loginURL = login
		}
	}
	if s.loginURL == "" {
		// One listener (a proxy, the emulator) can serve both; the SDKs derive login. from api. the same way.
		s.loginURL = strings.Replace(s.apiURL, "//api.", "//login.", 1)
	}

	if s.accessToken != "" && (s.clientID != "" || s.clientSecret != "") {
		s.conflict = "Both a user's access token (cloud.access_token or " + envCloudAccessToken + ") and OAuth client " +
			"credentials (cloud.client_id / cloud.client_secret, or " + envCloudClientID + " / " + envCloudClientSecret +
			") are set. The provider authenticates one way only: unset the access token to use the client credentials, " +
			"or unset the client credentials (including the environment variables) to run as the user."
		return s
	}
	var missing []string
	if s.apiURL == "" {
		missing = append(missing, "cloud.region ("+envCloudRegion+") or cloud.api_url ("+envCloudAPIURL+")")
	}
	if s.accessToken == "" && s.clientID == "" {
		missing = append(missing, "cloud.client_id ("+envCloudClientID+")")
	}
	if s.accessToken == "" && s.clientSecret == "" {
		missing = append(missing, "cloud.client_secret ("+envCloudClientSecret+")")
	}
	if s.accessToken == "" && s.clientID == "" && s.clientSecret == "" {
		missing = append(missing, "or, instead of both, a user's cloud.access_token ("+envCloudAccessToken+")")
	}
	s.unavailable = unavailableReason(missing, unknown)
	return s
}

type gauthSettings struct {
	url, clientID, clientSecret, opsUsername, opsPassword string
	maxRequestsPerMinute                                  int
	unavailable                                           string
}

func resolveGAuth(m *gauthConfigModel) gauthSettings {
	var s gauthSettings
	var unknown []string
	s.url = setting(m.URL, envGAuthURL, "gauth.url", &unknown)
	s.clientID = setting(m.ClientID, envGAuthClientID, "gauth.client_id", &unknown)
	s.clientSecret = setting(m.ClientSecret, envGAuthClientSecret, "gauth.client_secret", &unknown)
	s.opsUsername = setting(m.OpsUsername, envGAuthOpsUsername, "gauth.ops_username", &unknown)
	s.opsPassword = setting(m.OpsPassword, envGAuthOpsPassword, "gauth.ops_password", &unknown)
	s.maxRequestsPerMinute = budgetSetting(m.MaxRequests, defaultGAuthRequestsPerMinute, "gauth.max_requests_per_minute", &unknown)

	var missing []string
	if s.url == "" {
		missing = append(missing, "gauth.url ("+envGAuthURL+")")
	}
	if s.clientID != "" && s.clientSecret == "" {
		missing = append(missing, "gauth.client_secret ("+envGAuthClientSecret+"), since gauth.client_id is set")
	}
	if s.opsUsername != "" && s.opsPassword == "" {
		missing = append(missing, "gauth.ops_password ("+envGAuthOpsPassword+"), since gauth.ops_username is set")
	}
	if s.clientID == "" && s.opsUsername == "" {
		missing = append(missing, "gauth.client_id and gauth.client_secret, or gauth.ops_username and gauth.ops_password")
	}
	s.unavailable = unavailableReason(missing, unknown)
	return s
}

// setting returns the configured value, else the environment variable. A value not known until
// apply is recorded in unknown: the client cannot be built from it during this plan.
func setting(v types.String, env, name string, unknown *[]string) string {
	if v.IsUnknown() {
		*unknown = append(*unknown, name)
		return ""
	}
	if !v.IsNull() {
		return v.ValueString()
	}
	return os.Getenv(env)
}

// cloudMaxTokens sets s.maxTokens from the configuration, else the environment, else the default;
// false (with s.unavailable set) when the environment's value is not a whole number of at least 1.
// The schema has already refused such values in the configuration.
func cloudMaxTokens(v types.Int64, s *cloudSettings, unknown *[]string) bool {
	s.maxTokens = defaultCloudMaxTokens
	switch {
	case v.IsUnknown():
		*unknown = append(*unknown, "cloud.max_tokens")
	case !v.IsNull():
		s.maxTokens = int(v.ValueInt64())
	case os.Getenv(envCloudMaxTokens) != "":
		n, err := strconv.Atoi(os.Getenv(envCloudMaxTokens))
		if err != nil || n < 1 {
			s.unavailable = fmt.Sprintf("%s %q is not a whole number of at least 1.", envCloudMaxTokens, os.Getenv(envCloudMaxTokens))
			return false
		}
		s.maxTokens = n
	}
	return true
}

// budgetSetting returns a configured request budget, else def. The schema has already refused
// negative values.
func budgetSetting(v types.Int64, def int, name string, unknown *[]string) int {
	switch {
	case v.IsUnknown():
		*unknown = append(*unknown, name)
		return def
	case v.IsNull():
		return def
	}
	return int(v.ValueInt64())
}

func unavailableReason(missing, unknown []string) string {
	switch {
	case len(unknown) > 0:
		return "These provider settings are not known until apply: " + strings.Join(unknown, ", ") +
			". Provider configuration must be known at plan time; set them from variables or the environment."
	case len(missing) > 0:
		return "Missing provider settings: " + strings.Join(missing, "; ") + "."
	}
	return ""
}
