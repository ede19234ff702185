package acctest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// Env is one acceptance test's world: its own emulator, a provider configuration pointing at
// it, and API clients to change things behind Terraform's back and to check destroy. The
// emulator enforces the role-holding rule: cloud (the bootstrap client) can grant only the roles
// it holds, while cloudUser, like the configurations of userProviderConfig, acts as the seeded
// administrator user and holds whatever roles the provider granted that user.
//
// With GENESYS_ACC_REAL_ORG set (see RealOrg) the world is the org the provider's environment
// variables name instead, shared by every test: there is no emulator, and the tests that need the
// in-process emulator ask for it with Emulator, which skips them.
type Env struct {
	emu       *emulator.Server
	URL       string // the Genesys Cloud API
	LoginURL  string // the Genesys Cloud token endpoint's base
	GAuthURL  string
	Cloud     *genesyscloud.Client
	CloudUser *genesyscloud.Client // nil against a real org without GENESYSCLOUD_ACCESS_TOKEN
	UserToken string
	GAuth     *gauth.Client

	real   *realSettings // the real org's settings, nil with the in-process emulator
	suffix string        // of the names Name makes
	tb     testing.TB
}

// NewEnv starts an in-process emulator with opts, or, against a real org, connects to it; a test
// that sets options depends on the emulator's behaviour and skips there.
func NewEnv(t testing.TB, opts emulator.Options) *Env {
	t.Helper()
	if RealOrg() {
		if set := setOptions(opts); len(set) > 0 {
			t.Skipf("needs the in-process emulator started with %s, which a real org cannot be set up with", strings.Join(set, ", "))
		}
		return newRealEnv(t)
	}
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
	return &Env{emu: emu, URL: srv.URL, LoginURL: srv.URL, GAuthURL: srv.URL, Cloud: cloud, CloudUser: cloudUser,
		UserToken: userToken, GAuth: ga, suffix: randomSuffix(), tb: t}
}

// Emulator is the in-process emulator, for a test that injects faults, reads its counters or
// uses its admin calls; against a real org it skips the test, saying why. Call it before the
// test creates anything, never from a check or PreConfig of a running resource.Test.
func (e *Env) Emulator(t testing.TB) *emulator.Server {
	t.Helper()
	if e.emu == nil {
		t.Skip("needs the in-process emulator (fault injection, request counters or its admin calls), which a real org does not have")
	}
	return e.emu
}

// KnownOrg skips, against a real org, a test that depends on everything the org holds (why says
// what): an unfiltered listing, the built-in roles by the emulator's ids, every object whose name
// matches a pattern. Only the in-process emulator's org is known down to its last object. Call it
// before the test creates anything.
func (e *Env) KnownOrg(t testing.TB, why string) {
	t.Helper()
	if e.emu == nil {
		t.Skip(why + ", which only the in-process emulator's org is known well enough for")
	}
}

// cleanupInRealOrg deletes, after a test against a real org, an object the test seeded through the
// API (an in-process emulator goes with its test). Terraform may have deleted it already; a delete
// that fails is left to the sweepers, and logged.
func (e *Env) cleanupInRealOrg(t testing.TB, what string, del func(context.Context) error) {
	if e.emu != nil {
		return
	}
	t.Cleanup(func() {
		if err := del(context.Background()); err != nil && !transport.IsNotFound(err) {
			t.Logf("deleting the seeded %s: %v (the sweepers will)", what, err)
		}
	})
}

// NewEmulatorEnv is NewEnv for a test that also injects faults, reads the emulator's counters or
// uses its admin calls: it returns the emulator too, and against a real org skips the test.
func NewEmulatorEnv(t testing.TB, opts emulator.Options) (*Env, *emulator.Server) {
	t.Helper()
	env := NewEnv(t, opts)
	return env, env.Emulator(t)
}

// CloudCredentials are the OAuth client id and secret the provider configurations use.
func (e *Env) CloudCredentials() (id, secret string) {
	if e.real != nil {
		return e.real.cloudClientID, e.real.cloudClientSecret
	}
	d := emulator.DefaultOptions()
	return d.CloudClientID, d.CloudClientSecret
}

// ProviderConfig is the provider block for this environment; append resources to it.
func (e *Env) ProviderConfig() string {
	if e.real != nil {
		return e.realProviderConfig(e.real.cloudClientSecret, e.real.gauthSecret, false)
	}
	d := emulator.DefaultOptions()
	return providerBlock(cloudClientBlock(e.URL, e.URL, d.CloudClientID, d.CloudClientSecret),
		gauthBlock(e.URL, d.GAuthClientID, d.GAuthClientSecret, d.OpsUsername, d.OpsPassword))
}

// UserProviderConfig is providerConfig running as the seeded administrator user, with the opt-in
// that grants the user a new client's roles first: the pattern for a configuration that creates a
// role and grants it to a new OAuth client in one apply.
// Against a real org it needs GENESYSCLOUD_ACCESS_TOKEN and skips the test without it; call it
// before the test creates anything.
func (e *Env) UserProviderConfig() string {
	if e.real != nil {
		if e.UserToken == "" {
			e.tb.Skipf("against a real org this test runs as a user: set %s to an access token of a user who may grant roles", EnvCloudAccessToken)
		}
		return e.realProviderConfig("", e.real.gauthSecret, true)
	}
	d := emulator.DefaultOptions()
	return providerBlock(cloudUserBlock(e.URL, e.URL, e.UserToken),
		gauthBlock(e.URL, d.GAuthClientID, d.GAuthClientSecret, d.OpsUsername, d.OpsPassword))
}

// ProviderConfigWithSecrets is the environment's provider block with other client secrets.
func (e *Env) ProviderConfigWithSecrets(cloudSecret, gauthSecret string) string {
	if e.real != nil {
		return e.realProviderConfig(cloudSecret, gauthSecret, false)
	}
	d := emulator.DefaultOptions()
	return providerBlock(cloudClientBlock(e.URL, e.URL, d.CloudClientID, cloudSecret), gauthBlock(e.URL, d.GAuthClientID, gauthSecret))
}

// attribute is an attribute of a provider block, its value as HCL.
type attribute struct{ name, value string }

// providerBlock is the provider block with a cloud and a gauth block of these attributes, aligned
// as terraform fmt aligns them. A block without attributes is left out, as for a real org without
// that product's credentials, so that a configuration of the product fails instead of reaching a
// default URL.
func providerBlock(cloud, gauth []attribute) string {
	var b strings.Builder
	b.WriteString("\nprovider \"genesys\" {\n")
	for _, block := range []struct {
		name  string
		attrs []attribute
	}{{"cloud", cloud}, {"gauth", gauth}} {
		if len(block.attrs) == 0 {
			continue
		}
		width := 0
		for _, a := range block.attrs {
			width = max(width, len(a.name))
		}
		fmt.Fprintf(&b, "  %s {\n", block.name)
		for _, a := range block.attrs {
			fmt.Fprintf(&b, "    %-*s = %s\n", width, a.name, a.value)
		}
		b.WriteString("  }\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// cloudClientBlock is a cloud block signing in as an OAuth client.
func cloudClientBlock(apiURL, loginURL, clientID, secret string) []attribute {
	return []attribute{{"api_url", strconv.Quote(apiURL)}, {"login_url", strconv.Quote(loginURL)},
		{"client_id", strconv.Quote(clientID)}, {"client_secret", strconv.Quote(secret)}}
}

// cloudUserBlock is a cloud block running as the user of token, who is granted a new client's
// roles first.
func cloudUserBlock(apiURL, loginURL, token string) []attribute {
	return []attribute{{"api_url", strconv.Quote(apiURL)}, {"login_url", strconv.Quote(loginURL)},
		{"access_token", strconv.Quote(token)}, {"grant_roles_to_user", "true"}}
}

// gauthBlock is a gauth block, with the ops user's name and password if ops gives them.
func gauthBlock(url, clientID, secret string, ops ...string) []attribute {
	attrs := []attribute{{"url", strconv.Quote(url)}, {"client_id", strconv.Quote(clientID)}, {"client_secret", strconv.Quote(secret)}}
	if len(ops) == 2 {
		attrs = append(attrs, attribute{"ops_username", strconv.Quote(ops[0])}, attribute{"ops_password", strconv.Quote(ops[1])})
	}
	return attrs
}

// setOptions names the emulator options opts sets.
func setOptions(opts emulator.Options) []string {
	v := reflect.ValueOf(opts)
	var set []string
	for i := range v.NumField() {
		if !v.Field(i).IsZero() {
			set = append(set, v.Type().Field(i).Name)
		}
	}
	return set
}
