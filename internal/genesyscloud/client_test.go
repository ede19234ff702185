package genesyscloud

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestNewValidatesConfig(t *testing.T) {
	valid := Config{APIURL: "https://api.mypurecloud.com", LoginURL: "https://login.mypurecloud.com", ClientID: "id", ClientSecret: "secret"}
	cases := []struct {
		name   string
		modify func(*Config)
		want   string // part of the error; "" = valid
	}{
		{"valid", func(*Config) {}, ""},
		{"loopback http", func(c *Config) { c.APIURL, c.LoginURL = "http://127.0.0.1:9000", "http://localhost:9000" }, ""},
		{"missing id", func(c *Config) { c.ClientID = "" }, "client id"},
		{"missing secret", func(c *Config) { c.ClientSecret = "" }, "client secret"},
		{"plain http API", func(c *Config) { c.APIURL = "http://api.mypurecloud.com" }, "API URL"},
		{"plain http login", func(c *Config) { c.LoginURL = "http://login.mypurecloud.com" }, "login URL"},
		{"missing API URL", func(c *Config) { c.APIURL = "" }, "API URL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := valid
			tc.modify(&cfg)
			_, err := New(cfg)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("New: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("New error = %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

func TestClientFetchesOneTokenLazilyFromLoginURL(t *testing.T) {
	var tokenRequests, apiRequests atomic.Int32
	login := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tokenRequests.Add(1)
		if r.URL.Path != "/oauth/token" {
			t.Errorf("token requested at %s, want /oauth/token", r.URL.Path)
		}
		writeJSON(w, http.StatusOK, `{"access_token":"tok","token_type":"bearer","expires_in":86400}`)
	}))
	defer login.Close()
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		apiRequests.Add(1)
		if r.Header.Get("Authorization") != "Bearer tok" || r.UserAgent() != "terraform-provider-genesys/test" {
			t.Errorf("request with Authorization %q, User-Agent %q", r.Header.Get("Authorization"), r.UserAgent())
		}
		writeJSON(w, http.StatusOK, `{"id":"home","name":"Home","homeDivision":true}`)
	}))
	defer api.Close()

	c, err := New(Config{APIURL: api.URL, LoginURL: login.URL + "/", ClientID: "id", ClientSecret: "secret", UserAgent: "terraform-provider-genesys/test"})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if tokenRequests.Load() != 0 || apiRequests.Load() != 0 || c.TokenFetches() != 0 {
		t.Fatal("New made network calls")
	}
	for range 3 {
		if _, err := c.GetDivision(t.Context(), "home"); err != nil {
			t.Fatalf("GetDivision: %v", err)
		}
	}
	if tokenRequests.Load() != 1 || c.TokenFetches() != 1 || apiRequests.Load() != 3 {
		t.Errorf("token requests %d (TokenFetches %d), API requests %d; want 1, 1, 3", tokenRequests.Load(), c.TokenFetches(), apiRequests.Load())
	}
}
