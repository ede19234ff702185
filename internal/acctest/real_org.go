package acctest

import (
	"os"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// EnvRealOrg opts in to running the acceptance tests against the org the provider's environment
// variables name. Without it those variables are ignored and every test starts its own in-process
// emulator: a developer's credentials must never be used by accident.
const EnvRealOrg = "GENESYS_ACC_REAL_ORG"

// RealOrg reports whether the tests run against a real org (or a standalone emulator reached like
// one) rather than an in-process emulator.
func RealOrg() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(EnvRealOrg)))
	return v != "" && v != "0" && v != "false"
}

// realSettings are the provider settings of a real org, read from the variables a user sets.
type realSettings struct {
	cloudAPIURL, cloudLoginURL           string
	cloudClientID, cloudClientSecret     string
	userToken                            string
	gauthURL, gauthClientID, gauthSecret string
	opsUsername, opsPassword             string
}

// providerVariables are the environment variables the provider reads its settings from.
var providerVariables = []string{EnvCloudRegion, EnvCloudAPIURL, EnvCloudLoginURL, EnvCloudClientID, EnvCloudClientSecret,
	EnvCloudAccessToken, EnvGAuthURL, EnvGAuthClientID, EnvGAuthClientSecret, EnvGAuthOpsUsername, EnvGAuthOpsPassword}

// captured is what the provider's variables held when the tests started, before
// takeProviderVariables cleared them.
var captured *realSettings

// takeProviderVariables reads the provider's variables, then clears them for the tests: every
// test configuration states its settings, and a variable left set would add to them (an access
// token beside the client credentials is refused). Without the opt-in they are ignored, so that a
// developer's own credentials never reach the tests' in-process emulator.
func takeProviderVariables() {
	s := readRealSettings()
	captured = &s
	for _, name := range providerVariables {
		_ = os.Unsetenv(name)
	}
}

func readRealSettings() realSettings {
	if captured != nil {
		return *captured
	}
	s := realSettings{
		cloudAPIURL:       os.Getenv(EnvCloudAPIURL),
		cloudLoginURL:     os.Getenv(EnvCloudLoginURL),
		cloudClientID:     os.Getenv(EnvCloudClientID),
		cloudClientSecret: os.Getenv(EnvCloudClientSecret),
		userToken:         os.Getenv(EnvCloudAccessToken),
		gauthURL:          os.Getenv(EnvGAuthURL),
		gauthClientID:     os.Getenv(EnvGAuthClientID),
		gauthSecret:       os.Getenv(EnvGAuthClientSecret),
		opsUsername:       os.Getenv(EnvGAuthOpsUsername),
		opsPassword:       os.Getenv(EnvGAuthOpsPassword),
	}
	if domain, ok := genesyscloud.ResolveRegion(os.Getenv(EnvCloudRegion)); ok {
		api, login := genesyscloud.URLsForDomain(domain)
		if s.cloudAPIURL == "" {
			s.cloudAPIURL = api
		}
		if s.cloudLoginURL == "" {
			s.cloudLoginURL = login
		}
	}
	if s.cloudLoginURL == "" {
		s.cloudLoginURL = s.cloudAPIURL
	}
	return s
}

// missingCloud names what Genesys Cloud tests lack, or is empty.
func (s realSettings) missingCloud() string {
	switch {
	case s.cloudAPIURL == "":
		return EnvCloudRegion + " (or " + EnvCloudAPIURL + " and " + EnvCloudLoginURL + ")"
	case s.cloudClientID == "" || s.cloudClientSecret == "":
		return EnvCloudClientID + " and " + EnvCloudClientSecret
	}
	return ""
}

// missingGAuth names what GAuth tests lack, or is empty.
func (s realSettings) missingGAuth() string {
	if s.gauthURL == "" || s.gauthClientID == "" || s.gauthSecret == "" || s.opsUsername == "" || s.opsPassword == "" {
		return strings.Join([]string{EnvGAuthURL, EnvGAuthClientID, EnvGAuthClientSecret, EnvGAuthOpsUsername, EnvGAuthOpsPassword}, ", ")
	}
	return ""
}

// PreCheck is the PreCheck of the acceptance tests: against a real org it fails when the opt-in
// is set without a single product's credentials, a mistake rather than a reason to skip. (NewEnv
// has already skipped a test whose own product lacks credentials, saying which.)
func PreCheck(t *testing.T) {
	t.Helper()
	if !RealOrg() {
		return
	}
	s := readRealSettings()
	if s.missingCloud() != "" && s.missingGAuth() != "" {
		t.Fatalf("%s is set but neither product has credentials: set %s, or %s", EnvRealOrg, s.missingCloud(), s.missingGAuth())
	}
}

// newRealEnv builds the clients of a real org. A test of one product (TestAccCloud...,
// TestAccGAuth...) skips when that product has no credentials, any other test when either has
// none; the client of a product without credentials stays nil.
func newRealEnv(t testing.TB) *Env {
	t.Helper()
	s := readRealSettings()
	needCloud, needGAuth := !strings.HasPrefix(t.Name(), "TestAccGAuth"), !strings.HasPrefix(t.Name(), "TestAccCloud")
	if m := s.missingCloud(); needCloud && m != "" {
		t.Skipf("against a real org this test needs Genesys Cloud credentials: set %s", m)
	}
	if m := s.missingGAuth(); needGAuth && m != "" {
		t.Skipf("against a real org this test needs GAuth credentials: set %s", m)
	}
	e := &Env{URL: s.cloudAPIURL, LoginURL: s.cloudLoginURL, GAuthURL: s.gauthURL, UserToken: s.userToken, real: &s, suffix: randomSuffix(), tb: t}
	if s.missingCloud() == "" {
		var err error
		if e.Cloud, err = genesyscloud.New(genesyscloud.Config{APIURL: s.cloudAPIURL, LoginURL: s.cloudLoginURL,
			ClientID: s.cloudClientID, ClientSecret: s.cloudClientSecret, UserAgent: "acceptance-test"}); err != nil {
			t.Fatal(err)
		}
		if s.userToken != "" {
			if e.CloudUser, err = genesyscloud.New(genesyscloud.Config{APIURL: s.cloudAPIURL, AccessToken: s.userToken, UserAgent: "acceptance-test"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if s.missingGAuth() == "" {
		var err error
		if e.GAuth, err = gauth.New(gauth.Config{URL: s.gauthURL, ClientID: s.gauthClientID, ClientSecret: s.gauthSecret,
			OpsUsername: s.opsUsername, OpsPassword: s.opsPassword, UserAgent: "acceptance-test"}); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// realProviderConfig is the provider block of a real org: only the products with credentials.
func (e *Env) realProviderConfig(cloudSecret, gauthSecret string, asUser bool) string {
	s := e.real
	var cloud, ga []attribute
	switch {
	case e.Cloud == nil:
	case asUser:
		cloud = cloudUserBlock(s.cloudAPIURL, s.cloudLoginURL, s.userToken)
	default:
		cloud = cloudClientBlock(s.cloudAPIURL, s.cloudLoginURL, s.cloudClientID, cloudSecret)
	}
	if e.GAuth != nil {
		ga = gauthBlock(s.gauthURL, s.gauthClientID, gauthSecret, s.opsUsername, s.opsPassword)
	}
	return providerBlock(cloud, ga)
}
