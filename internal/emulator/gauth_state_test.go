package emulator

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestGAuthSecretsNeverEchoed checks that no answer and no object dump carries a client secret or an
// environment password, whatever route reads them.
func TestGAuthSecretsNeverEchoed(t *testing.T) {
	api := newGAuthTestAPI(t, Options{GAuthClientSecret: "bootstrap-secret-9d1c"})
	ops := api.ops()
	const clientSecret, rotatedSecret, envPassword = "client-secret-4b7f", "rotated-secret-77aa", "cs-password-e3c2"

	var bodies []string
	keep := func(r gauthTestResponse) gauthTestResponse {
		t.Helper()
		r.expect(t, http.StatusOK, 0)
		bodies = append(bodies, r.Raw)
		return r
	}
	keep(api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_id":"c1","client_secret":"`+clientSecret+`",
		"authorities":["ROLE_INTERNAL_CLIENT"],"authorizedGrantTypes":["client_credentials"]}}`))
	keep(api.call(http.MethodPut, "/auth/v3/ops/clients/c1", ops, `{"data":{"client_secret":"`+rotatedSecret+`"}}`))
	keep(api.call(http.MethodGet, "/auth/v3/ops/clients", ops, ""))
	keep(api.call(http.MethodGet, "/auth/v3/ops/clients/c1", ops, ""))
	keep(api.call(http.MethodGet, "/auth/v3/ops/clients/"+api.opts.GAuthClientID, ops, ""))
	env := strings.Replace(gauthTestEnvironment(""), `"password":"password"`, `"password":"`+envPassword+`"`, 1)
	id := idFromPath(t, keep(api.call(http.MethodPost, "/environment/v3/environments", ops, env)), "environments")
	keep(api.call(http.MethodPut, "/environment/v3/environments/"+id, ops, env))
	keep(api.call(http.MethodGet, "/environment/v3/environments", ops, ""))
	keep(api.call(http.MethodGet, "/environment/v3/environments/"+id, ops, ""))

	_, _, adminDump := api.do(http.MethodGet, "/__emulator/objects", nil, "", "")
	goDump, err := json.Marshal(api.srv.Objects())
	if err != nil {
		t.Fatal(err)
	}
	bodies = append(bodies, adminDump, string(goDump))

	for _, body := range bodies {
		for _, secret := range []string{clientSecret, rotatedSecret, envPassword, "bootstrap-secret-9d1c", "client_secret", `"password":`} {
			if strings.Contains(body, secret) {
				t.Errorf("%q appears in %s", secret, body)
			}
		}
	}
	if !strings.Contains(adminDump, `"client_id":"c1"`) || !strings.Contains(adminDump, `"id":"`+id+`"`) {
		t.Errorf("the dump misses the stored objects: %s", adminDump)
	}
}

// TestGAuthDumpAndReset checks the dump's kinds and that a reset brings back the seed: the bootstrap
// client only.
func TestGAuthDumpAndReset(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ccID := api.createContactCenter(api.createEnvironment(), "t100")
	api.call(http.MethodPost, "/environment/v3/contact-centers/"+ccID+"/settings", api.ops(),
		`{"data":{"location":"/","name":"cors-origins","shared":"true","value":"https://a.example.com"}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/environment/v3/data-centers", api.ops(),
		`{"data":{"location":"/USW1","entryPoint":"https://gauth.example.com"}}`).expect(t, http.StatusOK, 0)

	objects := api.srv.Objects()
	for kind, n := range map[string]int{"gauth_clients": 1, "gauth_environments": 1, "gauth_contact_centers": 1, "gauth_data_centers": 1, "gauth_settings": 1} {
		if len(objects[kind]) != n {
			t.Errorf("dump has %d %s, want %d", len(objects[kind]), kind, n)
		}
	}
	if st, ok := objects["gauth_settings"][0].(gauthSettingDump); !ok || st.ContactCenterID != ccID || st.Name != "cors-origins" {
		t.Errorf("dumped setting = %+v, want cors-origins of %s", objects["gauth_settings"][0], ccID)
	}

	api.srv.Reset()
	objects = api.srv.Objects()
	if c, ok := objects["gauth_clients"][0].(gauthClient); len(objects["gauth_clients"]) != 1 || !ok || c.ClientID != api.opts.GAuthClientID {
		t.Errorf("clients after reset = %+v, want the bootstrap client only", objects["gauth_clients"])
	}
	for _, kind := range []string{"gauth_environments", "gauth_contact_centers", "gauth_data_centers", "gauth_settings"} {
		if objects[kind] == nil || len(objects[kind]) != 0 {
			t.Errorf("after reset %s = %v, want an empty list", kind, objects[kind])
		}
	}
	api.clientToken(api.opts.GAuthClientID, api.opts.GAuthClientSecret)
}

// TestGAuthStatsCountRouteTemplates checks that GAuth requests are counted by route template, not by
// concrete path, and that token requests are counted apart.
func TestGAuthStatsCountRouteTemplates(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	first, second := api.createEnvironment(), api.createEnvironment()
	api.clientToken(api.opts.GAuthClientID, api.opts.GAuthClientSecret)
	for _, id := range []string{first, second, "missing"} {
		api.call(http.MethodGet, "/environment/v3/environments/"+id, api.ops(), "")
	}

	st := api.srv.Stats()
	if n := st.Count(http.MethodGet, "/environment/v3/environments/{id}"); n != 3 {
		t.Errorf("GET /environment/v3/environments/{id} counted %d, want 3", n)
	}
	if n := st.Count(http.MethodPost, "/environment/v3/environments"); n != 2 {
		t.Errorf("POST /environment/v3/environments counted %d, want 2", n)
	}
	if st.TokenRequests != 1 || st.Count(http.MethodPost, "/auth/v3/oauth/token") != 1 {
		t.Errorf("token requests = %d, want 1", st.TokenRequests)
	}
	if n := st.CountStatus(http.StatusNotFound); n != 1 {
		t.Errorf("404 answers counted %d, want 1", n)
	}
}
