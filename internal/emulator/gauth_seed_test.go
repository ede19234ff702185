package emulator

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var gauthUUIDLike = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// TestGAuthSeedProvisioningSequence replays the curl sequence of the GAuth provisioning walk-through
// with its exact bodies (placeholders filled in) and checks every answer shape it shows.
func TestGAuthSeedProvisioningSequence(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ops := gauthBasic("ops", "ops") // the documented default ops credentials

	// Create a new API client. The walk-through leaves client_secret as a placeholder; its token
	// call then authenticates as external_api_client:secret.
	r := api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data": {
		"name": "external_api_client",
		"clientType": "CONFIDENTIAL",
		"internalClient": true,
		"refreshTokenExpirationTimeout": 43200,
		"client_id": "external_api_client",
		"client_secret": "secret",
		"authorities": ["ROLE_INTERNAL_CLIENT"],
		"scope": ["*"],
		"authorizedGrantTypes": ["client_credentials", "authorization_code", "refresh_token", "password"],
		"redirectURIs": ["https://gauth.example.com","https://wwe.example.com","https://gws.example.com","https://prov.example.com"],
		"accessTokenExpirationTimeout": 43200
	}}`)
	r.expect(t, http.StatusOK, 0)
	var client struct {
		ClientType                    string   `json:"clientType"`
		Scope                         []string `json:"scope"`
		InternalClient                bool     `json:"internalClient"`
		AuthorizedGrantTypes          []string `json:"authorizedGrantTypes"`
		Authorities                   []string `json:"authorities"`
		RedirectURIs                  []string `json:"redirectURIs"`
		AccessTokenExpirationTimeout  int      `json:"accessTokenExpirationTimeout"`
		RefreshTokenExpirationTimeout int      `json:"refreshTokenExpirationTimeout"`
		CreatedAt                     int64    `json:"createdAt"`
		Name                          string   `json:"name"`
		ClientID                      string   `json:"client_id"`
	}
	r.data(t, &client)
	if client.ClientID != "external_api_client" || client.Name != "external_api_client" ||
		client.ClientType != "CONFIDENTIAL" || !client.InternalClient ||
		!slices.Equal(client.Scope, []string{"*"}) ||
		!slices.Equal(client.Authorities, []string{"ROLE_INTERNAL_CLIENT"}) ||
		// GAuth adds two grants to the four sent, as the documented answer shows.
		!slices.Equal(client.AuthorizedGrantTypes, []string{"client_credentials", "authorization_code", "refresh_token", "password",
			"urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer"}) ||
		len(client.RedirectURIs) != 4 ||
		client.AccessTokenExpirationTimeout != 43200 || client.RefreshTokenExpirationTimeout != 43200 ||
		client.CreatedAt <= 0 {
		t.Fatalf("created client = %+v, want the sent fields echoed: %s", client, r.Raw)
	}
	if strings.Contains(r.Raw, "client_secret") || strings.Contains(r.Raw, "encrypted_client_secret") {
		t.Fatalf("create echoes a secret: %s", r.Raw)
	}

	// Create an authentication token: password grant with the ops credentials.
	status, tok := api.token("external_api_client", "secret", url.Values{
		"username": {"ops"}, "client_id": {"external_api_client"}, "grant_type": {"password"}, "password": {"ops"},
	})
	access, _ := tok["access_token"].(string)
	refresh, _ := tok["refresh_token"].(string)
	if status != http.StatusOK || access == "" || tok["token_type"] != "bearer" || refresh == "" ||
		tok["expires_in"] != float64(43200) || tok["scope"] != "*" {
		t.Fatalf("token = HTTP %d %v, want bearer token, refresh token, expires_in 43200, scope *", status, tok)
	}
	for name, tok := range map[string]string{"access_token": access, "refresh_token": refresh} {
		if !gauthUUIDLike.MatchString(tok) {
			t.Errorf("%s %q does not look like a UUID, as the service's tokens do", name, tok)
		}
	}
	bearer := gauthBearer(access)

	// Add a Genesys tenant/environment under the caller's id.
	envID := "9350e2fc-a1dd-4c65-8d40-1f75a2e080dd"
	r = api.call(http.MethodPost, "/environment/v3/environments", bearer, `{
		"data": {
			"id" : "`+envID+`",
			"username": "default",
			"password": "password",
			"connectionProtocol": "addp",
			"remoteTimeout": 7,
			"appName": "Cloud",
			"traceMode": "CFGTMBoth",
			"tlsEnabled": false,
			"configServers": [{
				"primaryPort": 2020,
				"readOnly": false,
				"primaryAddress": "172.24.132.84",
				"locations": "/USW1"
			}],
			"localTimeout": 5,
			"tenant": "Environment"
		}
	}`)
	r.expect(t, http.StatusOK, 0)
	if r.Path != "/environments/"+envID {
		t.Fatalf("environment path = %q, want /environments/%s", r.Path, envID)
	}

	// Add a contact center to the environment.
	ccID := "ed4c03f3-6275-4419-8b2b-11d14af10655"
	r = api.call(http.MethodPost, "/environment/v3/contact-centers", bearer, fmt.Sprintf(`{
		"data": {
			"domains": ["t100"],
			"environmentId": %q,
			"auth": "configServer",
			"id" : %q
		}
	}`, envID, ccID))
	r.expect(t, http.StatusOK, 0)
	if r.Path != "/contact-centers/"+ccID {
		t.Fatalf("contact center path = %q, want /contact-centers/%s", r.Path, ccID)
	}

	// Add a data center, with ops credentials.
	r = api.call(http.MethodPost, "/environment/v3/data-centers", ops, `{
		"data": {
			"location": "/usw1",
			"entryPoint": "`+api.url+`",
			"readOnly": false
		}
	}`)
	r.expect(t, http.StatusOK, 0)
	dcID := idFromPath(t, r, "data-centers")

	// Update CORS settings.
	r = api.call(http.MethodPost, "/environment/v3/contact-centers/"+ccID+"/settings", bearer, `
	{
		"data":{
			"location":"/",
			"name":"cors-origins",
			"shared":"true",
			"value":"https://gws.example.com,https://wwe.example.com"
		}
	}`)
	r.expect(t, http.StatusOK, 0)

	// What the walk-through provisioned reads back as sent, through the list shapes scripts use.
	r = api.call(http.MethodGet, "/environment/v3/contact-centers/"+ccID+"/settings", bearer, "")
	r.expect(t, http.StatusOK, 0)
	var settings struct {
		Settings []gauthTestSetting `json:"settings"`
	}
	r.data(t, &settings)
	if len(settings.Settings) != 1 {
		t.Fatalf("settings = %s, want the one cors-origins setting", r.Raw)
	}
	if st := settings.Settings[0]; st.ID == "" || st.Location != "/" || st.Name != "cors-origins" ||
		string(st.Shared) != `"true"` || st.Value != "https://gws.example.com,https://wwe.example.com" {
		t.Fatalf("setting = %+v, want the posted one with an id", st)
	}

	r = api.call(http.MethodGet, "/environment/v3/data-centers", ops, "")
	r.expect(t, http.StatusOK, 0)
	var dcs []gauthDataCenter
	r.data(t, &dcs)
	if len(dcs) != 1 || dcs[0] != (gauthDataCenter{ID: dcID, Location: "/usw1", EntryPoint: api.url}) {
		t.Fatalf("data centers = %s, want the posted one", r.Raw)
	}

	// The password grant also accepts a user of the contact center's domain.
	status, tok = api.token("external_api_client", "secret", url.Values{
		"grant_type": {"password"}, "username": {`t100\default`}, "password": {"password"},
	})
	if status != http.StatusOK || tok["access_token"] == nil {
		t.Fatalf(`password grant for t100\default = HTTP %d %v, want a token`, status, tok)
	}
}
