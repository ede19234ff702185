package gauth

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestNewMakesNoRequests(t *testing.T) {
	f := newFakeGAuth(t)
	c := newTestClient(t, testConfig(f.URL))
	if n := f.requestCount(); n != 0 {
		t.Errorf("New sent %d requests, want none", n)
	}
	if n := c.TokenFetches(); n != 0 {
		t.Errorf("TokenFetches = %d before any call, want 0", n)
	}
}

func TestNewRejectsInvalidConfig(t *testing.T) {
	tests := map[string]struct {
		mutate  func(*Config)
		wantErr string
	}{
		"no URL":             {func(c *Config) { c.URL = "" }, "URL is required"},
		"plain http remote":  {func(c *Config) { c.URL = "http://gauth.example.com" }, "plain http"},
		"client id only":     {func(c *Config) { c.ClientSecret = "" }, "client_id is set but client_secret is empty"},
		"client secret only": {func(c *Config) { c.ClientID = "" }, "client_secret is set but client_id is empty"},
		"ops username only":  {func(c *Config) { c.OpsPassword = "" }, "ops_username is set but ops_password is empty"},
		"ops password only":  {func(c *Config) { c.OpsUsername = "" }, "ops_password is set but ops_username is empty"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			cfg := testConfig("https://gauth.example.com")
			tt.mutate(&cfg)
			_, err := New(cfg)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("New error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestCredentialsPerAPI checks which credentials each API area is called with, for every
// combination of configured credential pairs.
func TestCredentialsPerAPI(t *testing.T) {
	const (
		basic   = "basic"
		bearer  = "bearer"
		missing = "missing"
	)
	configs := map[string]struct {
		mutate                    func(*Config)
		clients, envs, dataCenter string
	}{
		"both pairs":  {func(*Config) {}, basic, bearer, basic},
		"ops only":    {func(c *Config) { c.ClientID, c.ClientSecret = "", "" }, basic, basic, basic},
		"client only": {func(c *Config) { c.OpsUsername, c.OpsPassword = "", "" }, missing, bearer, bearer},
		"neither":     {func(c *Config) { c.ClientID, c.ClientSecret, c.OpsUsername, c.OpsPassword = "", "", "", "" }, missing, missing, missing},
	}
	calls := []struct {
		name string
		path string
		want func(clients, envs, dataCenter string) string
		call func(context.Context, *Client) error
	}{
		{"ListClients", clientsPath, func(c, _, _ string) string { return c },
			func(ctx context.Context, c *Client) error { _, err := c.ListClients(ctx); return err }},
		{"ListEnvironments", environmentsPath, func(_, e, _ string) string { return e },
			func(ctx context.Context, c *Client) error { _, err := c.ListEnvironments(ctx); return err }},
		{"ListContactCenters", contactCentersPath, func(_, e, _ string) string { return e },
			func(ctx context.Context, c *Client) error { _, err := c.ListContactCenters(ctx); return err }},
		{"ListSettings", contactCentersPath + "/cc-1/settings", func(_, e, _ string) string { return e },
			func(ctx context.Context, c *Client) error { _, err := c.ListSettings(ctx, "cc-1"); return err }},
		{"ListDataCenters", dataCentersPath, func(_, _, d string) string { return d },
			func(ctx context.Context, c *Client) error { _, err := c.ListDataCenters(ctx); return err }},
	}
	for configName, config := range configs {
		for _, call := range calls {
			t.Run(configName+"/"+call.name, func(t *testing.T) {
				f := newFakeGAuth(t)
				f.reply("GET "+call.path, http.StatusOK, `{"status":{"code":0}}`) // no data: an empty list in every area
				cfg := testConfig(f.URL)
				config.mutate(&cfg)
				c := newTestClient(t, cfg)

				err := call.call(t.Context(), c)
				want := call.want(config.clients, config.envs, config.dataCenter)
				if want == missing {
					if !errors.Is(err, ErrMissingCredentials) {
						t.Fatalf("error = %v, want ErrMissingCredentials", err)
					}
					if n := f.requestCount(); n != 0 {
						t.Errorf("%d requests sent without credentials, want none", n)
					}
					return
				}
				if err != nil {
					t.Fatalf("%s: %v", call.name, err)
				}
				wantAuthorization := opsAuthorization
				if want == bearer {
					wantAuthorization = bearerAuthorization
				}
				if got := f.onlyRequest(t).Authorization; got != wantAuthorization {
					t.Errorf("Authorization = %q, want %q", got, wantAuthorization)
				}
			})
		}
	}
}

func TestMissingCredentialsErrorNamesSettings(t *testing.T) {
	cfg := testConfig("https://gauth.example.com")
	cfg.OpsUsername, cfg.OpsPassword = "", ""
	c := newTestClient(t, cfg)

	_, err := c.GetClient(t.Context(), "some-client")
	var missing *MissingCredentialsError
	if !errors.As(err, &missing) {
		t.Fatalf("error = %v, want a *MissingCredentialsError", err)
	}
	if want := [][]string{{"ops_username", "ops_password"}}; len(missing.Alternatives) != 1 ||
		strings.Join(missing.Alternatives[0], ",") != strings.Join(want[0], ",") {
		t.Errorf("Alternatives = %v, want %v", missing.Alternatives, want)
	}
	if !strings.Contains(err.Error(), "needs ops_username and ops_password") {
		t.Errorf("message %q does not name the missing settings", err)
	}

	cfg.ClientID, cfg.ClientSecret = "", ""
	c = newTestClient(t, cfg)
	_, err = c.ListEnvironments(t.Context())
	if want := "needs client_id and client_secret, or ops_username and ops_password"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want one containing %q", err, want)
	}
}

func TestTokenFetchedOnceAndReused(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+environmentsPath, http.StatusOK, `{"status":{"code":0},"data":[]}`)
	f.reply("GET "+contactCentersPath, http.StatusOK, `{"status":{"code":0},"data":[]}`)
	c := newTestClient(t, testConfig(f.URL+"/")) // a trailing slash must not double path slashes

	for range 3 {
		if _, err := c.ListEnvironments(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.ListContactCenters(t.Context()); err != nil {
		t.Fatal(err)
	}
	if n := c.TokenFetches(); n != 1 {
		t.Errorf("TokenFetches = %d, want 1", n)
	}
	if got := len(f.apiRequests()); got != 4 {
		t.Errorf("got %d API requests, want 4", got)
	}
}

func TestBadClientCredentialsReportTokenError(t *testing.T) {
	f := newFakeGAuth(t)
	cfg := testConfig(f.URL)
	cfg.ClientSecret = "not-the-secret-4711"
	c := newTestClient(t, cfg)

	_, err := c.ListEnvironments(t.Context())
	if err == nil || !strings.Contains(err.Error(), "invalid_client") {
		t.Fatalf("error = %v, want the token endpoint's invalid_client", err)
	}
	if strings.Contains(err.Error(), cfg.ClientSecret) {
		t.Errorf("error %q leaks the client secret", err)
	}
	if n := len(f.apiRequests()); n != 0 {
		t.Errorf("%d API requests sent without a token, want none", n)
	}
}
