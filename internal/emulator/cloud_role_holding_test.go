package emulator

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// R1: a client-credentials caller, even one holding Master Admin, cannot grant a role it does not
// hold; once an administrator grants it the role, it can.
func TestCloudRoleHoldingRefusesUnheldRoles(t *testing.T) {
	a := newCloudTestAPI(t, Options{CloudClientRoles: []string{}})
	partner := a.createRole("Partner Integration")
	body := map[string]any{
		"name": "partner", "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleDivisions": []roleDivision{{RoleID: partner.ID, DivisionID: CloudHomeDivisionID}},
	}
	e := a.call(http.MethodPost, "/api/v2/oauth/clients", body).expectError(http.StatusForbidden, "not.authorized")
	if e.MessageParams["roleId"] != partner.ID || !strings.Contains(e.Message, "Partner Integration") {
		t.Errorf("refusal does not name the role: %+v", e)
	}
	// Built-in roles are no exception: the bootstrap client holds Master Admin only.
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "employee", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudEmployeeRoleID},
	}).expectError(http.StatusForbidden, "not.authorized")
	// Nothing was stored.
	var l listing[oauthClient]
	a.call(http.MethodGet, "/api/v2/oauth/clients", nil).expect(http.StatusOK).decode(&l)
	if l.Total != 1 {
		t.Fatalf("clients after refusals = %d, want the bootstrap client only", l.Total)
	}

	var boot oauthClient
	a.send("", http.MethodPost, "/__emulator/cloud/client-roles", map[string]any{"roleIds": []string{partner.ID}}).
		expect(http.StatusOK).decode(&boot)
	if boot.ID != "emulator-client" || !slices.Contains(boot.RoleIDs, partner.ID) {
		t.Fatalf("bootstrap client after the grant = %+v", boot)
	}
	a.call(http.MethodPost, "/api/v2/oauth/clients", body).expect(http.StatusOK)
}

// R1 with a user's token, the seed 000 way: the user grants itself the new role first, then
// creates the client; editing a client (the inactive PUT before a delete) needs its roles too.
func TestCloudRoleHoldingUserToken(t *testing.T) {
	a := newCloudTestAPI(t, Options{CloudClientRoles: []string{}})
	var tok userTokenResponse
	a.send("", http.MethodPost, "/__emulator/cloud/user-token", nil).expect(http.StatusOK).decode(&tok)
	if tok.AccessToken == "" || tok.UserID != CloudAdminUserID || tok.TokenType != "bearer" || tok.ExpiresIn <= 0 {
		t.Fatalf("user token = %+v", tok)
	}
	user := tok.AccessToken

	r := a.send(user, http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK)
	var info tokenInfo
	r.decode(&info)
	// The SDK reads the key "OAuthClient" verbatim; Go's decoder would hide another spelling.
	if !bytes.Contains(r.Raw, []byte(`"OAuthClient"`)) || info.OAuthClient.Organization.ID != "purecloud-builtin" ||
		info.Organization.ID != CloudOrganizationID {
		t.Fatalf("tokens/me of a user token: %s", r.Raw)
	}

	var me userMe
	a.send(user, http.MethodGet, "/api/v2/users/me?expand=organization,authorization", nil).expect(http.StatusOK).decode(&me)
	if me.ID != CloudAdminUserID || me.Organization == nil || me.Organization.ID != CloudOrganizationID || me.Authorization == nil ||
		!slices.ContainsFunc(me.Authorization.Roles, func(r entityRef) bool { return r.Name == "Master Admin" }) {
		t.Fatalf("users/me = %+v", me)
	}

	partner := a.createRole("Partner Integration")
	body := map[string]any{
		"name": "partner", "authorizedGrantType": "CLIENT-CREDENTIALS",
		"roleDivisions": []roleDivision{{RoleID: partner.ID, DivisionID: CloudHomeDivisionID}},
	}
	a.send(user, http.MethodPost, "/api/v2/oauth/clients", body).expectError(http.StatusForbidden, "not.authorized")

	var roles userAuthorization
	a.send(user, http.MethodGet, "/api/v2/users/"+me.ID+"/roles", nil).expect(http.StatusOK).decode(&roles)
	ids := []string{partner.ID}
	for _, r := range roles.Roles {
		ids = append(ids, r.ID)
	}
	a.send(user, http.MethodPut, "/api/v2/users/"+me.ID+"/roles", ids).expect(http.StatusOK).decode(&roles)
	if len(roles.Roles) != 3 || !slices.ContainsFunc(roles.Roles, func(r entityRef) bool { return r.ID == partner.ID }) {
		t.Fatalf("roles after PUT = %+v", roles.Roles)
	}

	var cl oauthClientWithSecret
	a.send(user, http.MethodPost, "/api/v2/oauth/clients", body).expect(http.StatusOK).decode(&cl)
	if cl.CreatedBy == nil || cl.CreatedBy.ID != CloudAdminUserID {
		t.Errorf("createdBy = %+v, want the user", cl.CreatedBy)
	}
	a.settle()

	inactive := map[string]any{
		"name": "partner", "authorizedGrantType": "CLIENT-CREDENTIALS", "state": "inactive",
		"roleDivisions": []roleDivision{{RoleID: partner.ID, DivisionID: CloudHomeDivisionID}},
	}
	// The bootstrap client does not hold the partner role: it may not edit the client, even to
	// keep only roles it holds.
	a.call(http.MethodPut, "/api/v2/oauth/clients/"+cl.ID, inactive).expectError(http.StatusForbidden, "not.authorized")
	a.call(http.MethodPut, "/api/v2/oauth/clients/"+cl.ID, map[string]any{
		"name": "partner", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudMasterAdminRoleID},
	}).expectError(http.StatusForbidden, "not.authorized")
	a.send(user, http.MethodPut, "/api/v2/oauth/clients/"+cl.ID, inactive).expect(http.StatusOK)
	a.send(user, http.MethodDelete, "/api/v2/oauth/clients/"+cl.ID, nil).expect(http.StatusNoContent)

	// Deleting the role takes it from the user, once the delete settles.
	a.call(http.MethodDelete, "/api/v2/authorization/roles/"+partner.ID, nil).expect(http.StatusNoContent)
	a.settle()
	a.send(user, http.MethodGet, "/api/v2/users/"+me.ID+"/roles", nil).expect(http.StatusOK).decode(&roles)
	if len(roles.Roles) != 2 {
		t.Errorf("roles after the role's deletion = %+v", roles.Roles)
	}
}

func TestCloudUserRoutesRefuseWhatARealOrgRefuses(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	user, _ := a.em.UserToken()
	// A client-credentials token has no user.
	a.call(http.MethodGet, "/api/v2/users/me", nil).expectError(http.StatusBadRequest, "bad.request")
	a.send(user, http.MethodGet, "/api/v2/users/nobody/roles", nil).expectError(http.StatusNotFound, "not.found")
	a.send(user, http.MethodPut, "/api/v2/users/nobody/roles", []string{}).expectError(http.StatusNotFound, "not.found")
	a.send(user, http.MethodPut, "/api/v2/users/"+CloudAdminUserID+"/roles", []string{"no-such-role"}).
		expectError(http.StatusBadRequest, "bad.request")
	a.send(user, http.MethodPut, "/api/v2/users/"+CloudAdminUserID+"/roles", `{"roles":[]}`).
		expectError(http.StatusBadRequest, "bad.request")

	a.send("", http.MethodPost, "/__emulator/cloud/client-roles", map[string]any{"clientId": "nope", "roleIds": []string{}}).
		expect(http.StatusNotFound)
	a.send("", http.MethodPost, "/__emulator/cloud/client-roles", map[string]any{"roleIds": []string{"nope"}}).
		expect(http.StatusBadRequest)
}

func TestCloudRoleHoldingCanBeTurnedOff(t *testing.T) {
	a := newCloudTestAPI(t, Options{AllowUnheldRoleGrants: true, CloudClientRoles: []string{}})
	partner := a.createRole("Partner Integration")
	a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
		"name": "partner", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{partner.ID},
	}).expect(http.StatusOK)
}

// The bootstrap client's extra roles and the fixed user token come back after every reset.
func TestCloudBootstrapRolesAndUserTokenOptions(t *testing.T) {
	a := newCloudTestAPI(t, Options{CloudClientRoles: []string{"Supervisor", CloudQualityAdministratorRoleID, "Master Admin"}, CloudUserToken: "fixed-user-token"})
	for range 2 {
		var boot oauthClient
		a.call(http.MethodGet, "/api/v2/oauth/clients/emulator-client", nil).expect(http.StatusOK).decode(&boot)
		want := []string{CloudMasterAdminRoleID, CloudSupervisorRoleID, CloudQualityAdministratorRoleID}
		if !slices.Equal(boot.RoleIDs, want) || len(boot.RoleDivisions) != 3 {
			t.Fatalf("bootstrap roles = %v / %+v, want %v", boot.RoleIDs, boot.RoleDivisions, want)
		}
		var info tokenInfo
		a.send("fixed-user-token", http.MethodGet, "/api/v2/tokens/me", nil).expect(http.StatusOK).decode(&info)
		if info.OAuthClient.Organization.ID != BuiltinClientOrganizationID {
			t.Fatalf("fixed token's client = %+v", info.OAuthClient)
		}
		a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
			"name": "supervisor", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudSupervisorRoleID},
		}).expect(http.StatusOK)
		a.call(http.MethodPost, "/api/v2/oauth/clients", map[string]any{
			"name": "user", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": []string{CloudUserRoleID},
		}).expectError(http.StatusForbidden, "not.authorized")

		a.em.Reset()
		a.token = a.newToken("emulator-client", "emulator-secret")
	}
	if err := CheckBuiltinRoles([]string{"Supervisor", CloudEmployeeRoleID}); err != nil {
		t.Errorf("built-in roles refused: %v", err)
	}
	if err := CheckBuiltinRoles([]string{"Supervisr"}); err == nil || !strings.Contains(err.Error(), `"Supervisr"`) {
		t.Errorf("unknown role: %v", err)
	}
}
