package genesyscloud

import (
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func TestCreateOAuthClientSendsArraysAndReturnsSecret(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"c1","name":"Partner","authorizedGrantType":"CLIENT-CREDENTIALS","secret":"s3cr3t","state":"active",
			"roleDivisions":[{"roleId":"r1","divisionId":"d1"}],"accessTokenValiditySeconds":86400,"dateCreated":"2025-01-02T03:04:05.000Z","createdBy":{"id":"u1"}}`)
	})

	client, err := c.CreateOAuthClient(t.Context(), OAuthClientInput{
		Name:                "Partner",
		AuthorizedGrantType: "CLIENT-CREDENTIALS",
		RoleDivisions:       []RoleDivision{{RoleID: "r1", DivisionID: "d1"}},
	})

	if err != nil {
		t.Fatalf("CreateOAuthClient: %v", err)
	}
	r := f.only()
	assertRequest(t, r, http.MethodPost, "/api/v2/oauth/clients", nil)
	assertJSON(t, r.Body, `{"name":"Partner","description":"","authorizedGrantType":"CLIENT-CREDENTIALS",
		"registeredRedirectUri":[],"scope":[],"roleDivisions":[{"roleId":"r1","divisionId":"d1"}]}`)
	want := OAuthClient{
		ID: "c1", Name: "Partner", AuthorizedGrantType: "CLIENT-CREDENTIALS", Secret: "s3cr3t", State: "active",
		RoleDivisions: []RoleDivision{{RoleID: "r1", DivisionID: "d1"}}, AccessTokenValiditySeconds: 86400,
		DateCreated: "2025-01-02T03:04:05.000Z", CreatedBy: &EntityRef{ID: "u1"},
	}
	if !reflect.DeepEqual(*client, want) {
		t.Errorf("client\n got %+v\nwant %+v", *client, want)
	}
}

func TestUpdateOAuthClientSendsTheWholeClient(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"c/1","name":"Web","state":"disabled"}`)
	})

	client, err := c.UpdateOAuthClient(t.Context(), "c/1", OAuthClientInput{
		Name:                       "Web",
		Description:                "login page",
		AuthorizedGrantType:        "CODE",
		AccessTokenValiditySeconds: 3600,
		RegisteredRedirectURI:      []string{"https://app.example.com/cb"},
		Scope:                      []string{"users:readonly"},
		State:                      OAuthClientStateDisabled,
	})

	if err != nil || client.State != "disabled" {
		t.Fatalf("UpdateOAuthClient = %+v, %v", client, err)
	}
	r := f.only()
	assertRequest(t, r, http.MethodPut, "/api/v2/oauth/clients/c%2F1", nil)
	assertJSON(t, r.Body, `{"name":"Web","description":"login page","authorizedGrantType":"CODE","accessTokenValiditySeconds":3600,
		"registeredRedirectUri":["https://app.example.com/cb"],"scope":["users:readonly"],"roleDivisions":[],"state":"disabled"}`)
}

func TestListAndFindOAuthClients(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"entities":[{"id":"1","name":"Partner"},{"id":"2","name":"partner"},{"id":"3","name":"Partner"}],"pageNumber":1,"pageCount":1,"total":3}`)
	})
	ctx := t.Context()

	all, err := c.ListOAuthClients(ctx)
	if err != nil || len(all) != 3 {
		t.Fatalf("ListOAuthClients = %+v, %v; want 3 clients", all, err)
	}
	assertRequest(t, f.only(), http.MethodGet, "/api/v2/oauth/clients", nil) // the endpoint takes no query parameters

	found, err := c.FindOAuthClientsByName(ctx, "Partner")
	if err != nil || len(found) != 2 || found[0].ID != "1" || found[1].ID != "3" {
		t.Errorf("FindOAuthClientsByName(Partner) = %+v, %v; want clients 1 and 3", found, err)
	}
	if found, err := c.FindOAuthClientsByName(ctx, "Nobody"); err != nil || len(found) != 0 {
		t.Errorf("FindOAuthClientsByName(Nobody) = %+v, %v; want none", found, err)
	}
}

func TestGetOAuthClient(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusNotFound, `{"code":"not.found","message":"The requested resource was not found.","status":404}`)
	})

	if _, err := c.GetOAuthClient(t.Context(), "c1"); !IsNotFound(err) {
		t.Errorf("GetOAuthClient err = %v, want not found", err)
	}
	assertRequest(t, f.only(), http.MethodGet, "/api/v2/oauth/clients/c1", nil)
}

func TestResetOAuthClientSecret(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"c1","name":"Partner","secret":"new-secret"}`)
	})

	client, err := c.ResetOAuthClientSecret(t.Context(), "c1")

	if err != nil || client.Secret != "new-secret" {
		t.Fatalf("ResetOAuthClientSecret = %+v, %v; want the new secret", client, err)
	}
	r := f.only()
	assertRequest(t, r, http.MethodPost, "/api/v2/oauth/clients/c1/secret", nil)
	if len(r.Body) != 0 {
		t.Errorf("body %q, want none", r.Body)
	}
}

func TestDeleteOAuthClientDeactivatesFirst(t *testing.T) {
	const activeClient = `{"id":"c1","name":"Partner","description":"d","authorizedGrantType":"CLIENT-CREDENTIALS",
		"accessTokenValiditySeconds":600,"roleDivisions":[{"roleId":"r1","divisionId":"*"}],"state":"active",
		"dateCreated":"2025-01-01T00:00:00Z","selfUri":"/api/v2/oauth/clients/c1"}`
	const notFoundBody = `{"code":"not.found","message":"The requested resource was not found.","status":404}`
	type answer struct {
		status int
		body   string
	}
	ok := func(body string) answer { return answer{http.StatusOK, body} }
	gone := answer{http.StatusNotFound, notFoundBody}
	deleted := answer{http.StatusNoContent, ""}

	cases := []struct {
		name     string
		answers  map[string]answer // by method
		want     []string          // methods the service sees, in order
		wantErr  string            // part of the error; "" = success
		notFound bool
	}{
		{
			name:    "active client is set inactive then deleted",
			answers: map[string]answer{"GET": ok(activeClient), "PUT": ok(`{"id":"c1","state":"inactive"}`), "DELETE": deleted},
			want:    []string{"GET", "PUT", "DELETE"},
		},
		{
			name:    "disabled client is set inactive too",
			answers: map[string]answer{"GET": ok(strings.Replace(activeClient, `"active"`, `"disabled"`, 1)), "PUT": ok(`{"id":"c1","state":"inactive"}`), "DELETE": deleted},
			want:    []string{"GET", "PUT", "DELETE"},
		},
		{
			name:    "inactive client is deleted directly",
			answers: map[string]answer{"GET": ok(`{"id":"c1","name":"Partner","state":"inactive"}`), "DELETE": deleted},
			want:    []string{"GET", "DELETE"},
		},
		{
			name:     "missing at the start is not found",
			answers:  map[string]answer{"GET": gone},
			want:     []string{"GET"},
			wantErr:  "404",
			notFound: true,
		},
		{
			name:     "already deleted at the start is not found",
			answers:  map[string]answer{"GET": ok(`{"id":"c1","name":"Partner","state":"deleted"}`)},
			want:     []string{"GET"},
			wantErr:  "already deleted",
			notFound: true,
		},
		{
			name:    "gone while deactivating counts as deleted",
			answers: map[string]answer{"GET": ok(activeClient), "PUT": gone},
			want:    []string{"GET", "PUT"},
		},
		{
			name:    "reported deleted while deactivating counts as deleted",
			answers: map[string]answer{"GET": ok(activeClient), "PUT": ok(`{"id":"c1","state":"deleted"}`)},
			want:    []string{"GET", "PUT"},
		},
		{
			name:    "gone at delete counts as deleted",
			answers: map[string]answer{"GET": ok(activeClient), "PUT": ok(`{"id":"c1","state":"inactive"}`), "DELETE": gone},
			want:    []string{"GET", "PUT", "DELETE"},
		},
		{
			name:    "deactivation refused",
			answers: map[string]answer{"GET": ok(activeClient), "PUT": {http.StatusBadRequest, `{"code":"bad.request","message":"nope","status":400}`}},
			want:    []string{"GET", "PUT"},
			wantErr: "setting OAuth client c1 inactive before deleting it: PUT /api/v2/oauth/clients/c1: 400 bad.request: nope",
		},
		{
			name: "delete refused",
			answers: map[string]answer{"GET": ok(`{"id":"c1","state":"inactive"}`), "DELETE": {http.StatusBadRequest,
				`{"code":"cannot.delete.client","message":"Clients must be marked as inactive to be eligible for deletion.","status":400}`}},
			want:    []string{"GET", "DELETE"},
			wantErr: "cannot.delete.client",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
				a, found := tc.answers[r.Method]
				if !found {
					t.Errorf("unexpected %s %s", r.Method, r.Path)
					a = answer{http.StatusMethodNotAllowed, `{"code":"bad.request","message":"unexpected"}`}
				}
				if a.status == http.StatusNoContent {
					w.WriteHeader(a.status)
					return
				}
				writeJSON(w, a.status, a.body)
			})

			err := c.DeleteOAuthClient(t.Context(), "c1")

			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("DeleteOAuthClient: %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("DeleteOAuthClient err = %v, want one containing %q", err, tc.wantErr)
			case IsNotFound(err) != tc.notFound:
				t.Errorf("IsNotFound(%v) = %v, want %v", err, IsNotFound(err), tc.notFound)
			}
			var methods []string
			for _, r := range f.calls() {
				methods = append(methods, r.Method)
				if r.Path != "/api/v2/oauth/clients/c1" {
					t.Errorf("%s on %s, want /api/v2/oauth/clients/c1", r.Method, r.Path)
				}
				if r.Method == http.MethodPut && tc.answers["GET"].body == activeClient {
					assertJSON(t, r.Body, `{"name":"Partner","description":"d","authorizedGrantType":"CLIENT-CREDENTIALS",
						"accessTokenValiditySeconds":600,"registeredRedirectUri":[],"scope":[],
						"roleDivisions":[{"roleId":"r1","divisionId":"*"}],"state":"inactive"}`)
				}
			}
			if !reflect.DeepEqual(methods, tc.want) {
				t.Errorf("service saw %v, want %v", methods, tc.want)
			}
		})
	}
}

// A client-credentials client whose every role was deleted is refused any update, the inactive one
// before a delete included (missing.client.roles); the delete gets through by making it inactive
// as a grant type that takes no roles, without granting anything.
func TestDeleteOAuthClientWhoseRolesAreAllGone(t *testing.T) {
	const roleless = `{"id":"c1","name":"Partner","authorizedGrantType":"CLIENT-CREDENTIALS","accessTokenValiditySeconds":600,
		"roleDivisions":[],"scope":[],"state":"active"}`
	puts := 0
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		switch r.Method {
		case http.MethodGet:
			writeJSON(w, http.StatusOK, roleless)
		case http.MethodPut:
			puts++
			if puts == 1 {
				writeJSON(w, http.StatusBadRequest, `{"code":"missing.client.roles","message":"A client using the client credentials grant needs at least one role.","status":400}`)
				return
			}
			writeJSON(w, http.StatusOK, `{"id":"c1","state":"inactive"}`)
		case http.MethodDelete:
			w.WriteHeader(http.StatusNoContent)
		}
	})

	if err := c.DeleteOAuthClient(t.Context(), "c1"); err != nil {
		t.Fatalf("DeleteOAuthClient: %v", err)
	}
	calls := f.calls()
	if len(calls) != 4 || calls[1].Method != http.MethodPut || calls[2].Method != http.MethodPut || calls[3].Method != http.MethodDelete {
		t.Fatalf("service saw %+v, want GET, PUT, PUT, DELETE", calls)
	}
	assertJSON(t, calls[1].Body, `{"name":"Partner","description":"","authorizedGrantType":"CLIENT-CREDENTIALS",
		"accessTokenValiditySeconds":600,"registeredRedirectUri":[],"scope":[],"roleDivisions":[],"state":"inactive"}`)
	assertJSON(t, calls[2].Body, `{"name":"Partner","description":"","authorizedGrantType":"SAML2-BEARER",
		"accessTokenValiditySeconds":600,"registeredRedirectUri":[],"scope":[],"roleDivisions":[],"state":"inactive"}`)
}

// Any other refusal of the inactive update stays an error: only a client with no role left is
// switched to another grant type.
func TestDeleteOAuthClientKeepsOtherRefusals(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		if r.Method == http.MethodGet {
			writeJSON(w, http.StatusOK, `{"id":"c1","name":"Partner","authorizedGrantType":"CODE","state":"active"}`)
			return
		}
		writeJSON(w, http.StatusBadRequest, `{"code":"missing.client.roles","message":"no","status":400}`)
	})
	if err := c.DeleteOAuthClient(t.Context(), "c1"); err == nil || !strings.Contains(err.Error(), "missing.client.roles") {
		t.Fatalf("DeleteOAuthClient = %v, want the refusal", err)
	}
	if n := len(f.calls()); n != 2 {
		t.Errorf("%d calls, want GET and one PUT", n)
	}
}
