package emulator

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// hasSecretField reports whether a JSON answer has a "secret" key at the top or in any entity.
func hasSecretField(t *testing.T, raw []byte) bool {
	t.Helper()
	var v struct {
		Secret   *string           `json:"secret"`
		Entities []json.RawMessage `json:"entities"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("decode %s: %v", raw, err)
	}
	return v.Secret != nil || slices.ContainsFunc(v.Entities, func(e json.RawMessage) bool { return hasSecretField(t, e) })
}

// The on-boarding walk-through: a CLIENT-CREDENTIALS client bound to the new role, its id and secret
// handed over, and later the provider's way out: PUT state inactive, then DELETE.
func TestCloudOAuthClientLifecycle(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	roleID := a.createRole("nGuvu").ID
	a.grantToBootstrap(roleID)

	r := a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "nguvu_syncer", "description": "", "accessTokenValiditySeconds": 86400,
		"registeredRedirectUri": []string{}, "secret": "", "roleIds": []string{roleID},
		"authorizedGrantType": "CLIENT-CREDENTIALS",
	}).expect(http.StatusOK)
	var created oauthClientWithSecret
	r.decode(&created)
	if created.Secret == "" || !hasSecretField(t, r.Raw) {
		t.Fatalf("create answer has no secret: %s", r.Raw)
	}
	wantGrants := []roleDivision{{RoleID: roleID, DivisionID: CloudHomeDivisionID}}
	if created.AuthorizedGrantType != "CLIENT-CREDENTIALS" || created.State != "active" ||
		!slices.Equal(created.RoleDivisions, wantGrants) || !slices.Equal(created.RoleIDs, []string{roleID}) {
		t.Fatalf("created = %+v", created.oauthClient)
	}
	if created.CreatedBy == nil || created.CreatedBy.ID != "emulator-client" || !created.DateCreated.Equal(a.clock.now()) {
		t.Errorf("createdBy %v, dateCreated %v; want the caller and now", created.CreatedBy, created.DateCreated)
	}
	a.settle()

	// The client id and secret are good at the token endpoint.
	tok := a.newToken(created.ID, created.Secret)
	var info tokenInfo
	a.send(tok, http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK).decode(&info)
	if info.OAuthClient.ID != created.ID || info.Organization.ID != CloudOrganizationID {
		t.Fatalf("tokens/me = %+v", info)
	}

	// Only create and reset show the secret.
	for _, r := range []cloudTestResponse{
		a.call(http.MethodGet, "/api/v2/oauth/clients/"+created.ID, nil).expect(http.StatusOK),
		a.call(http.MethodGet, "/api/v2/oauth/clients", nil).expect(http.StatusOK),
		a.call(http.MethodPut, "/api/v2/oauth/clients/"+created.ID, map[string]any{
			"name": "nguvu_syncer", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleDivisions": wantGrants,
		}).expect(http.StatusOK),
	} {
		if hasSecretField(t, r.Raw) || strings.Contains(string(r.Raw), created.Secret) {
			t.Fatalf("answer shows the secret: %s", r.Raw)
		}
	}

	a.call(http.MethodDelete, "/api/v2/oauth/clients/"+created.ID, nil).expectError(http.StatusBadRequest, "cannot.delete.client")

	var inactive oauthClient
	a.call(http.MethodPut, "/api/v2/oauth/clients/"+created.ID, map[string]any{
		"name": "nguvu_syncer", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleDivisions": wantGrants, "state": "inactive",
	}).expect(http.StatusOK).decode(&inactive)
	if inactive.State != "inactive" || inactive.DateToDelete == nil || !inactive.DateToDelete.After(a.clock.now()) {
		t.Fatalf("inactive client = state %q, dateToDelete %v", inactive.State, inactive.DateToDelete)
	}
	var e cloudTokenError
	a.requestToken(created.ID, created.Secret, "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_client" {
		t.Errorf("token of an inactive client: %+v", e)
	}

	a.call(http.MethodDelete, "/api/v2/oauth/clients/"+created.ID, nil).expect(http.StatusNoContent)
	a.settle()
	a.call(http.MethodGet, "/api/v2/oauth/clients/"+created.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.call(http.MethodDelete, "/api/v2/oauth/clients/"+created.ID, nil).expectError(http.StatusNotFound, "not.found")
	a.send(tok, http.MethodGet, "/api/v2/tokens/me", nil).expectError(http.StatusUnauthorized, "bad.credentials")
}

func TestCloudOAuthClientSecretReset(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	cl := a.createClient("rotating")
	a.newToken(cl.ID, cl.Secret)

	var reset oauthClientWithSecret
	a.clock.advance(time.Minute)
	a.call(http.MethodPost, "/api/v2/oauth/clients/"+cl.ID+"/secret", nil).expect(http.StatusOK).decode(&reset)
	if reset.Secret == "" || reset.Secret == cl.Secret || reset.ID != cl.ID || !reset.DateModified.Equal(a.clock.now()) {
		t.Fatalf("reset = %+v with secret %q, want a new secret for the same client", reset.oauthClient, reset.Secret)
	}
	var e cloudTokenError
	a.requestToken(cl.ID, cl.Secret, "client_credentials").expect(http.StatusBadRequest).decode(&e)
	if e.Error != "invalid_client" || e.Description != "authentication failed" {
		t.Fatalf("old secret: %+v, want invalid_client", e)
	}
	a.newToken(cl.ID, reset.Secret)
	a.call(http.MethodPost, "/api/v2/oauth/clients/nope/secret", nil).expectError(http.StatusNotFound, "not.found")
}

func TestCloudOAuthClientValidation(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	valid := func(changes map[string]any) map[string]any {
		body := map[string]any{"name": "c", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID}}
		for k, v := range changes {
			if v == nil {
				delete(body, k)
			} else {
				body[k] = v
			}
		}
		return body
	}
	tests := []struct {
		name string
		body map[string]any
		code string
	}{
		{"missing name", valid(map[string]any{"name": nil}), "bad.request"},
		{"missing grant type", valid(map[string]any{"authorizedGrantType": nil}), "grant.type.required"},
		{"unknown grant type", valid(map[string]any{"authorizedGrantType": "MAGIC"}), "bad.grant.type"},
		{"client credentials without roles", valid(map[string]any{"roleIds": nil}), "missing.client.roles"},
		{"validity below 300", valid(map[string]any{"accessTokenValiditySeconds": 299}), "invalid.value"},
		{"validity above 48 h", valid(map[string]any{"accessTokenValiditySeconds": 172801}), "invalid.value"},
		{"unknown state", valid(map[string]any{"state": "paused"}), "invalid.value"},
		{"unknown role", valid(map[string]any{"roleIds": []string{"nope"}}), "bad.request"},
		{"unknown division", valid(map[string]any{"roleIds": nil, "roleDivisions": []roleDivision{{RoleID: CloudEmployeeRoleID, DivisionID: "nope"}}}), "bad.request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.on(t).call(http.MethodPost, "/api/v2/oauth/clients", tt.body).expectError(http.StatusBadRequest, tt.code)
		})
	}

	var ok oauthClient
	a.call(http.MethodPost, "/api/v2/oauth/clients", valid(map[string]any{
		"accessTokenValiditySeconds": 300,
		"roleDivisions": []roleDivision{
			{RoleID: CloudEmployeeRoleID, DivisionID: "*"},
			{RoleID: CloudEmployeeRoleID, DivisionID: CloudHomeDivisionID},
		},
	})).expect(http.StatusOK).decode(&ok)
	a.settle()
	want := []roleDivision{{RoleID: CloudEmployeeRoleID, DivisionID: "*"}, {RoleID: CloudEmployeeRoleID, DivisionID: CloudHomeDivisionID}}
	if !slices.Equal(ok.RoleDivisions, want) || ok.AccessTokenValiditySeconds != 300 {
		t.Fatalf("client = %+v, want roleIds folded into roleDivisions without duplicates", ok)
	}
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{"name": "code", "authorizedGrantType": "CODE"}).expect(http.StatusOK)
	a.call(http.MethodPut, "/api/v2/oauth/clients/"+ok.ID, valid(map[string]any{"authorizedGrantType": nil})).
		expectError(http.StatusBadRequest, "grant.type.required")
	a.call(http.MethodPut, "/api/v2/oauth/clients/nope", valid(nil)).expectError(http.StatusNotFound, "not.found")
}

func TestCloudOAuthClientLimit(t *testing.T) {
	a := newCloudTestAPI(t, Options{CloudMaxOAuthClients: 2})
	a.createClient("second")
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{"name": "third", "authorizedGrantType": "CODE"}).
		expectError(http.StatusBadRequest, "auth.too.many.clients")
}

func TestCloudOAuthClientListIsOnePage(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	for _, name := range []string{"b", "a"} {
		a.createClient(name)
	}
	var l listing[oauthClient]
	a.call(http.MethodGet, "/api/v2/oauth/clients", nil).expect(http.StatusOK).decode(&l)
	if l.Total != 3 || l.PageCount != 1 || l.PageSize != 3 || len(l.Entities) != 3 || l.NextURI != "" {
		t.Fatalf("listing = %+v", l)
	}
	if l.Entities[0].Name != "a" || l.Entities[2].ID != "emulator-client" {
		t.Errorf("entities = %s, %s, %s; want sorted by name", l.Entities[0].Name, l.Entities[1].Name, l.Entities[2].Name)
	}
}

func TestCloudDeletingARoleRevokesItsGrants(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	doomed := a.createRole("Doomed")
	a.grantToBootstrap(doomed.ID)
	var cl oauthClient
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "holder", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{doomed.ID, CloudEmployeeRoleID},
	}).expect(http.StatusOK).decode(&cl)
	a.settle()
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+doomed.ID, nil).expect(http.StatusNoContent)
	a.call(http.MethodGet, "/api/v2/oauth/clients/"+cl.ID, nil).expect(http.StatusOK).decode(&cl)
	if !slices.Equal(cl.RoleIDs, []string{CloudEmployeeRoleID}) || len(cl.RoleDivisions) != 1 {
		t.Fatalf("grants after the role's deletion = %+v / %v", cl.RoleDivisions, cl.RoleIDs)
	}
}
