package gauth

import (
	"net/http"
	"reflect"
	"testing"
)

func TestCreateClient(t *testing.T) {
	f := newFakeGAuth(t)
	// The documented answer echoes the client, with grant types GAuth adds and its own fields.
	f.reply("POST "+clientsPath, http.StatusOK, `{"status":{"code":0},"data":{
		"client_id":"external_api_client","name":"external_api_client","clientType":"CONFIDENTIAL",
		"internalClient":true,"authorities":["ROLE_INTERNAL_CLIENT"],"scope":["*"],
		"authorizedGrantTypes":["client_credentials","urn:ietf:params:oauth:grant-type:jwt-bearer"],
		"redirectURIs":["https://gauth.example.com"],"accessTokenExpirationTimeout":43200,
		"refreshTokenExpirationTimeout":43200,"createdAt":1619796576236,
		"client_secret":"secret","encrypted_client_secret":"A34BOmXDedZwbTKrwmd4eA=="}}`)
	c := newTestClient(t, testConfig(f.URL))

	created, err := c.CreateClient(t.Context(), APIClient{
		ClientID:                      "external_api_client",
		ClientSecret:                  "secret",
		Name:                          "external_api_client",
		ClientType:                    "CONFIDENTIAL",
		InternalClient:                true,
		Authorities:                   []string{"ROLE_INTERNAL_CLIENT"},
		Scope:                         []string{"*"},
		AuthorizedGrantTypes:          []string{"client_credentials"},
		RedirectURIs:                  []string{"https://gauth.example.com"},
		AccessTokenExpirationTimeout:  43200,
		RefreshTokenExpirationTimeout: 43200,
	})
	if err != nil {
		t.Fatal(err)
	}

	req := f.onlyRequest(t)
	if req.Authorization != opsAuthorization {
		t.Errorf("Authorization = %q, want ops Basic", req.Authorization)
	}
	assertJSON(t, req.Body, `{"data":{
		"client_id":"external_api_client","client_secret":"secret","name":"external_api_client",
		"clientType":"CONFIDENTIAL","internalClient":true,"authorities":["ROLE_INTERNAL_CLIENT"],
		"scope":["*"],"authorizedGrantTypes":["client_credentials"],
		"redirectURIs":["https://gauth.example.com"],"accessTokenExpirationTimeout":43200,
		"refreshTokenExpirationTimeout":43200}}`)
	want := []string{"client_credentials", "urn:ietf:params:oauth:grant-type:jwt-bearer"}
	if !reflect.DeepEqual(created.AuthorizedGrantTypes, want) || created.CreatedAt != 1619796576236 || !created.InternalClient {
		t.Errorf("created client = %+v, want GAuth's answer", created)
	}
}

func TestCreateClientReadsBackWhenAnswerHasNoData(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+clientsPath, http.StatusOK, `{"status":{"code":0}}`)
	f.reply("GET "+clientsPath+"/c1", http.StatusOK, `{"status":{"code":0},"data":{"client_id":"c1","name":"stored"}}`)
	c := newTestClient(t, testConfig(f.URL))

	created, err := c.CreateClient(t.Context(), APIClient{ClientID: "c1", ClientSecret: "s", Name: "stored"})
	if err != nil {
		t.Fatal(err)
	}
	if created.ClientID != "c1" || created.Name != "stored" {
		t.Errorf("created = %+v, want the client read back", created)
	}
	if n := len(f.apiRequests()); n != 2 {
		t.Errorf("got %d requests, want POST then GET", n)
	}
}

func TestGetClientEscapesClientID(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+clientsPath+"/{id}", http.StatusOK, `{"status":{"code":0},"data":{"client_id":"a b/c","authorities":["ROLE_INTERNAL_CLIENT"]}}`)
	c := newTestClient(t, testConfig(f.URL))

	client, err := c.GetClient(t.Context(), "a b/c")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := f.onlyRequest(t).Path, clientsPath+"/a%20b%2Fc"; got != want {
		t.Errorf("path = %q, want %q", got, want)
	}
	if client.ClientID != "a b/c" || client.ClientSecret != "" {
		t.Errorf("client = %+v", client)
	}
}

func TestListClients(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+clientsPath, http.StatusOK, `{"status":{"code":0},"data":[{"client_id":"a"},{"client_id":"b"}]}`)
	c := newTestClient(t, testConfig(f.URL))

	clients, err := c.ListClients(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(clients) != 2 || clients[0].ClientID != "a" || clients[1].ClientID != "b" {
		t.Errorf("clients = %+v", clients)
	}
}

// TestUpdateClientSendsOnlySetFields: GAuth merges a PUT into the stored client, so a field left
// nil must not be sent at all, and the secret only when the caller sets it.
func TestUpdateClientSendsOnlySetFields(t *testing.T) {
	empty := ""
	secret := "new-secret"
	internal := false
	tests := map[string]struct {
		update ClientUpdate
		want   string
	}{
		"redirect URIs only": {
			ClientUpdate{RedirectURIs: &[]string{"https://wwe.example.com"}},
			`{"data":{"redirectURIs":["https://wwe.example.com"]}}`,
		},
		"explicit empty values are sent": {
			ClientUpdate{Description: &empty, ContactCenterIDs: &[]string{}, InternalClient: &internal},
			`{"data":{"description":"","contactCenterIds":[],"internalClient":false}}`,
		},
		"secret when set": {
			ClientUpdate{ClientSecret: &secret},
			`{"data":{"client_secret":"new-secret"}}`,
		},
		"nothing set": {ClientUpdate{}, `{"data":{}}`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			f := newFakeGAuth(t)
			f.reply("PUT "+clientsPath+"/c1", http.StatusOK, `{"status":{"code":0}}`)
			c := newTestClient(t, testConfig(f.URL))

			if err := c.UpdateClient(t.Context(), "c1", tt.update); err != nil {
				t.Fatal(err)
			}
			req := f.onlyRequest(t)
			if req.Authorization != opsAuthorization {
				t.Errorf("Authorization = %q, want ops Basic", req.Authorization)
			}
			assertJSON(t, req.Body, tt.want)
		})
	}
}

func TestDeleteClient(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("DELETE "+clientsPath+"/c1", http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))

	if err := c.DeleteClient(t.Context(), "c1"); err != nil {
		t.Fatal(err)
	}
	if req := f.onlyRequest(t); req.Method != http.MethodDelete || len(req.Body) != 0 {
		t.Errorf("request = %s with body %q, want DELETE without body", req.Method, req.Body)
	}
}
