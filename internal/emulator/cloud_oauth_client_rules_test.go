package emulator

import (
	"net/http"
	"testing"
)

// REAL-ORG-BEHAVIOUR R7: the API takes CLIENT-CREDENTIALS and SAML2-BEARER, hyphenated only.
func TestCloudOAuthClientRefusesUnderscoreGrantTypes(t *testing.T) {
	body := func(grant string) map[string]any {
		return map[string]any{"name": "legacy " + grant, "authorizedGrantType": grant, "roleIds": []string{CloudEmployeeRoleID}}
	}
	a := newCloudTestAPI(t, Options{})
	for _, grant := range []string{"CLIENT_CREDENTIALS", "SAML2BEARER", "client-credentials"} {
		a.call(http.MethodPost, "/api/v2/oauth/clients", body(grant)).expectError(http.StatusBadRequest, "bad.grant.type")
	}

	lenient := newCloudTestAPI(t, Options{AcceptUnderscoreGrantTypes: true})
	for grant, stored := range map[string]string{"CLIENT_CREDENTIALS": "CLIENT-CREDENTIALS", "SAML2BEARER": "SAML2-BEARER"} {
		var cl oauthClient
		lenient.call(http.MethodPost, "/api/v2/oauth/clients", body(grant)).expect(http.StatusOK).decode(&cl)
		if cl.AuthorizedGrantType != stored {
			t.Errorf("%s stored as %q, want %q", grant, cl.AuthorizedGrantType, stored)
		}
	}
}

// REAL-ORG-BEHAVIOUR R7: accessTokenValiditySeconds is 300 to 172800, and up to 38880000 for SCIM
// clients (here: CLIENT-CREDENTIALS clients whose roles may add, edit and delete users).
func TestCloudOAuthClientTokenValidityRange(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var scimRole role
	a.call(http.MethodPost, "/api/v2/authorization/roles", map[string]any{
		"name": "SCIM provisioning",
		"permissionPolicies": []map[string]any{
			{"domain": "directory", "entityName": "user", "actionSet": []string{"add", "edit", "delete", "view"}},
		},
	}).expect(http.StatusOK).decode(&scimRole)
	a.settle()
	a.grantToBootstrap(scimRole.ID)
	client := func(roleID string, validity int) map[string]any {
		return map[string]any{"name": "v", "authorizedGrantType": "CLIENT-CREDENTIALS",
			"roleIds": []string{roleID}, "accessTokenValiditySeconds": validity}
	}
	for _, c := range []struct {
		roleID   string
		validity int
		ok       bool
	}{
		{CloudEmployeeRoleID, 299, false},
		{CloudEmployeeRoleID, 300, true},
		{CloudEmployeeRoleID, 172800, true},
		{CloudEmployeeRoleID, 172801, false},
		{scimRole.ID, 172801, true},
		{scimRole.ID, 38880000, true},
		{scimRole.ID, 38880001, false},
		{scimRole.ID, 299, false},
	} {
		r := a.call(http.MethodPost, "/api/v2/oauth/clients", client(c.roleID, c.validity))
		if c.ok {
			r.expect(http.StatusOK)
		} else {
			r.expectError(http.StatusBadRequest, "invalid.value")
		}
	}
	// Only client-credentials clients act as SCIM clients.
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{"name": "code", "authorizedGrantType": "CODE",
		"registeredRedirectUri": []string{"https://app.example.com/cb"}, "accessTokenValiditySeconds": 172801}).
		expectError(http.StatusBadRequest, "invalid.value")

	lenient := newCloudTestAPI(t, Options{LongTokenValidityForAll: true})
	lenient.call(http.MethodPost, "/api/v2/oauth/clients", client(CloudEmployeeRoleID, 38880000)).expect(http.StatusOK)
	lenient.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{"name": "code", "authorizedGrantType": "CODE",
		"registeredRedirectUri": []string{"https://app.example.com/cb"}, "accessTokenValiditySeconds": 38880000}).expect(http.StatusOK)
}

// REAL-ORG-BEHAVIOUR R7: state takes active and inactive; disabled is Genesys support's to set,
// and a disabled client stays disabled when a PUT asks for active, but may still go inactive.
func TestCloudOAuthClientStateInput(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	cl := a.createClient("stateful")
	put := func(state string) cloudTestResponse {
		return a.call(http.MethodPut, "/api/v2/oauth/clients/"+cl.ID, map[string]any{
			"name": cl.Name, "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID}, "state": state,
		})
	}
	put("disabled").expectError(http.StatusBadRequest, "invalid.value")
	put("deleted").expectError(http.StatusBadRequest, "invalid.value")
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{"name": "born disabled", "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleIds": []string{CloudEmployeeRoleID}, "state": "disabled"}).expectError(http.StatusBadRequest, "invalid.value")

	a.send("", http.MethodPut, "/__emulator/cloud/oauth-clients/"+cl.ID+"/state", map[string]any{"state": "disabled"}).expect(http.StatusNoContent)
	var got oauthClient
	put("active").expect(http.StatusOK).decode(&got)
	if got.State != "disabled" {
		t.Fatalf("PUT active on a disabled client: state %q, want it still disabled", got.State)
	}
	put("inactive").expect(http.StatusOK).decode(&got)
	if got.State != "inactive" {
		t.Fatalf("PUT inactive on a disabled client: state %q, want inactive", got.State)
	}

	a.send("", http.MethodPut, "/__emulator/cloud/oauth-clients/nope/state", map[string]any{"state": "disabled"}).expect(http.StatusNotFound)
	a.send("", http.MethodPut, "/__emulator/cloud/oauth-clients/"+cl.ID+"/state", map[string]any{"state": "deleted"}).expect(http.StatusBadRequest)

	lenient := newCloudTestAPI(t, Options{AcceptDisabledState: true})
	other := lenient.createClient("lenient")
	lenient.call(http.MethodPut, "/api/v2/oauth/clients/"+other.ID, map[string]any{
		"name": other.Name, "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID}, "state": "disabled",
	}).expect(http.StatusOK).decode(&got)
	if got.State != "disabled" {
		t.Fatalf("lenient PUT disabled: state %q", got.State)
	}
}
