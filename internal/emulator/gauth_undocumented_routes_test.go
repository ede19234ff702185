package emulator

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// environmentPasswordSet reads whether the environment still has a password from the object dump.
func (a *gauthTestAPI) environmentPasswordSet(id string) bool {
	a.t.Helper()
	_, _, body := a.do(http.MethodGet, "/__emulator/objects", nil, "", "")
	var dump struct {
		Environments []struct {
			ID          string `json:"id"`
			PasswordSet bool   `json:"passwordSet"`
		} `json:"gauth_environments"`
	}
	if err := json.Unmarshal([]byte(body), &dump); err != nil {
		a.t.Fatalf("object dump: %v: %s", err, body)
	}
	for _, e := range dump.Environments {
		if e.ID == id {
			return e.PasswordSet
		}
	}
	a.t.Fatalf("environment %s missing from the dump: %s", id, body)
	return false
}

// TestGAuthEnvironmentPutReplaces checks the strict reading of the undocumented environment PUT
// (REAL-ORG-BEHAVIOUR R8): the sent body replaces the environment, so a PUT without the password
// clears it, and a PUT without configServers is refused as a create without them would be.
func TestGAuthEnvironmentPutReplaces(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ops := api.ops()
	id := api.createEnvironment()
	path := "/environment/v3/environments/" + id
	if !api.environmentPasswordSet(id) {
		t.Fatal("a created environment has no password")
	}

	api.call(http.MethodPut, path, ops, `{"data":{"tenant":"T100"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	withoutPassword := strings.Replace(gauthTestEnvironment(""), `"password":"password",`, "", 1)
	api.call(http.MethodPut, path, ops, strings.Replace(withoutPassword, `"tenant":"Environment"`, `"tenant":"T100"`, 1)).expect(t, http.StatusOK, 0)
	if got := api.getEnvironment(id); got.Tenant != "T100" || got.LocalTimeout != 5 {
		t.Errorf("after a full PUT: %+v, want tenant T100 and the rest as sent", got)
	}
	if api.environmentPasswordSet(id) {
		t.Error("a PUT without password kept the stored password; a replacing PUT clears it")
	}
	api.call(http.MethodPut, path, ops, gauthTestEnvironment("")).expect(t, http.StatusOK, 0)
	if !api.environmentPasswordSet(id) {
		t.Error("a PUT with the password did not set it")
	}
}

// TestGAuthEnvironmentPutMerges checks MergeEnvironmentPut: a PUT without the password keeps it.
func TestGAuthEnvironmentPutMerges(t *testing.T) {
	api := newGAuthTestAPI(t, Options{MergeEnvironmentPut: true})
	id := api.createEnvironment()
	api.call(http.MethodPut, "/environment/v3/environments/"+id, api.ops(), `{"data":{"tenant":"T100"}}`).expect(t, http.StatusOK, 0)
	if got := api.getEnvironment(id); got.Tenant != "T100" || len(got.ConfigServers) != 1 {
		t.Errorf("after a merging PUT: %+v", got)
	}
	if !api.environmentPasswordSet(id) {
		t.Error("a merging PUT without password cleared the stored password")
	}
}

// TestGAuthUndocumentedRoutesMissing checks that with UndocumentedRoutesMissing every undocumented
// DELETE answers 404 and deletes nothing, and that switching it off serves them again.
func TestGAuthUndocumentedRoutesMissing(t *testing.T) {
	api := newGAuthTestAPI(t, Options{UndocumentedRoutesMissing: true})
	ops := api.ops()
	envID := api.createEnvironment()
	ccID := api.createContactCenter(envID, "t100")
	settings := "/environment/v3/contact-centers/" + ccID + "/settings"
	api.call(http.MethodPost, settings, ops, `{"data":{"location":"/","name":"cors-origins","value":"https://a.example.com"}}`).expect(t, http.StatusOK, 0)
	dc := api.call(http.MethodPost, "/environment/v3/data-centers", ops, `{"data":{"location":"/USW1","entryPoint":"https://gauth-usw1.example.com","readOnly":false}}`)
	dc.expect(t, http.StatusOK, 0)
	dcID := idFromPath(t, dc, "data-centers")

	routes := []struct{ deletePath, getPath string }{
		{settings + "/cors-origins?location=/", settings + "/cors-origins"},
		{"/environment/v3/data-centers/" + dcID, "/environment/v3/data-centers/" + dcID},
		{"/environment/v3/contact-centers/" + ccID, "/environment/v3/contact-centers/" + ccID},
		{"/environment/v3/environments/" + envID, "/environment/v3/environments/" + envID},
	}
	for _, rt := range routes {
		api.call(http.MethodDelete, rt.deletePath, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
		api.call(http.MethodGet, rt.getPath, ops, "").expect(t, http.StatusOK, 0)
	}

	api.srv.SetUndocumentedRoutesMissing(false)
	for _, rt := range routes {
		api.call(http.MethodDelete, rt.deletePath, ops, "").expect(t, http.StatusOK, 0)
		api.call(http.MethodGet, rt.getPath, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	}
}
