package emulator

import (
	"net/http"
	"strings"
	"testing"
)

func TestCloudStatsCountByRouteTemplate(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK)
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudUserRoleID, nil).expect(http.StatusOK)
	a.call(http.MethodGet, "/api/v2/authorization/roles/nope", nil).expect(http.StatusNotFound)
	a.send("", http.MethodGet, "/api/v2/authorization/roles", nil).expect(http.StatusUnauthorized)
	a.requestToken("emulator-client", "wrong", "client_credentials").expect(http.StatusBadRequest)

	var st Stats
	a.call(http.MethodGet, "/__emulator/stats", nil).expect(http.StatusOK).decode(&st)
	route := "/api/v2/authorization/roles/{roleId}"
	if got := st.Count(http.MethodGet, route); got != 3 {
		t.Errorf("GET %s = %d, want 3", route, got)
	}
	want := map[RequestCount]bool{
		{Method: "GET", Route: route, Status: 200, Count: 2}:                         true,
		{Method: "GET", Route: route, Status: 404, Count: 1}:                         true,
		{Method: "GET", Route: "/api/v2/authorization/roles", Status: 401, Count: 1}: true,
		{Method: "POST", Route: "/oauth/token", Status: 200, Count: 1}:               true,
		{Method: "POST", Route: "/oauth/token", Status: 400, Count: 1}:               true,
	}
	for _, rc := range st.Requests {
		delete(want, rc)
		if strings.HasPrefix(rc.Route, "/__emulator/") {
			t.Errorf("admin request counted: %+v", rc)
		}
	}
	if len(want) != 0 {
		t.Errorf("rows missing from %+v: %+v", st.Requests, want)
	}
	if st.TokenRequests != 2 || st.Total != 6 {
		t.Errorf("tokenRequests = %d, total = %d; want 2 and 6", st.TokenRequests, st.Total)
	}
}

func TestCloudResetRestoresTheSeed(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	created := a.createRole("Temporary")
	a.call(http.MethodPut, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, map[string]any{"name": "Employee", "description": "Changed"}).expect(http.StatusOK)
	a.call(http.MethodPost, "/__emulator/reset", nil).expect(http.StatusNoContent)

	// Tokens are gone with the store.
	a.call(http.MethodGet, "/api/v2/authorization/roles", nil).expectError(http.StatusUnauthorized, "bad.credentials")
	a.token = a.newToken("emulator-client", "emulator-secret")
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+created.ID, nil).expectError(http.StatusNotFound, "not.found")
	var employee role
	a.call(http.MethodGet, "/api/v2/authorization/roles/"+CloudEmployeeRoleID, nil).expect(http.StatusOK).decode(&employee)
	if employee.Description == "Changed" {
		t.Errorf("Employee after reset = %+v", employee)
	}
	if st := a.em.Stats(); st.Total != 4 {
		t.Errorf("stats after reset counted %d requests, want only the 4 made since", st.Total)
	}
}

func TestCloudObjectsDumpWithoutSecrets(t *testing.T) {
	a := newCloudTestAPI(t, Options{CloudClientSecret: "bootstrap-secret-value"})
	cl := a.createClient("dumped")
	a.createRole("Dumped role")

	r := a.call(http.MethodGet, "/__emulator/objects", nil).expect(http.StatusOK)
	for _, secret := range []string{"bootstrap-secret-value", cl.Secret} {
		if strings.Contains(string(r.Raw), secret) {
			t.Fatalf("objects dump shows a secret: %s", r.Raw)
		}
	}
	var objects map[string][]map[string]any
	r.decode(&objects)
	if n := len(objects["cloud_oauth_clients"]); n != 2 {
		t.Errorf("cloud_oauth_clients = %d, want 2", n)
	}
	if n := len(objects["cloud_roles"]); n != 9 {
		t.Errorf("cloud_roles = %d, want 8 built-in + 1", n)
	}
	if n := len(objects["cloud_divisions"]); n != 2 {
		t.Errorf("cloud_divisions = %d, want 2", n)
	}
	for _, c := range objects["cloud_oauth_clients"] {
		if _, ok := c["secret"]; ok {
			t.Fatalf("client dump has a secret field: %v", c)
		}
	}
}
