package emulator

import (
	"encoding/json"
	"net/http"
	"testing"
)

// gauthTestSetting is a setting as a client reads it, with shared kept raw to see how it was sent.
type gauthTestSetting struct {
	ID       string          `json:"id"`
	Location string          `json:"location"`
	Name     string          `json:"name"`
	Shared   json.RawMessage `json:"shared"`
	Value    string          `json:"value"`
}

// TestGAuthSettingsUpsertOverrides checks that a POST of a (name, location) already stored replaces
// its value, keeping its id, while another location is a separate setting.
func TestGAuthSettingsUpsertOverrides(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ccID := api.createContactCenter(api.createEnvironment(), "t100")
	path := "/environment/v3/contact-centers/" + ccID + "/settings"
	post := func(body string) { api.call(http.MethodPost, path, api.ops(), body).expect(t, http.StatusOK, 0) }

	post(`{"data":{"location":"/","name":"cors-origins","shared":"true","value":"https://a.example.com"}}`)
	first := api.listSettings(ccID)
	post(`{"data":{"location":"/","name":"cors-origins","shared":true,"value":"https://a.example.com, https://b.example.com"}}`)
	post(`{"data":{"location":"/USW1","name":"cors-origins","value":"https://usw1.example.com"}}`)

	got := api.listSettings(ccID)
	if len(got) != 2 {
		t.Fatalf("settings = %+v, want one per location", got)
	}
	if got[0].ID != first[0].ID || got[0].Location != "/" || got[0].Value != "https://a.example.com, https://b.example.com" || string(got[0].Shared) != "true" {
		t.Errorf("overridden setting = %+v, want id %s, the new value and shared echoed as the bool sent", got[0], first[0].ID)
	}
	if got[1].ID == "" || got[1].ID == got[0].ID || got[1].Location != "/USW1" || got[1].Shared != nil {
		t.Errorf("second location = %+v, want its own id and no shared", got[1])
	}
	if string(first[0].Shared) != `"true"` {
		t.Errorf("shared sent as a string came back as %s", first[0].Shared)
	}

	// A setting without a location applies to all regions.
	post(`{"data":{"name":"session-timeout","value":"30"}}`)
	if got := api.getSetting(ccID, "session-timeout", ""); got.Location != "/" {
		t.Errorf("setting posted without location = %+v, want location /", got)
	}

	for name, body := range map[string]string{
		"no name":            `{"data":{"location":"/","value":"x"}}`,
		"no value":           `{"data":{"location":"/","name":"cors-origins"}}`,
		"location without /": `{"data":{"location":"USW1","name":"cors-origins","value":"x"}}`,
		"shared a number":    `{"data":{"location":"/","name":"cors-origins","shared":1,"value":"x"}}`,
		"shared not a bool":  `{"data":{"location":"/","name":"cors-origins","shared":"yes","value":"x"}}`,
	} {
		r := api.call(http.MethodPost, path, api.ops(), body)
		if r.HTTPStatus != http.StatusBadRequest || r.Status.Code == 0 {
			t.Errorf("%s: HTTP %d %s, want 400 with a non-zero code", name, r.HTTPStatus, r.Raw)
		}
	}
	if got := api.listSettings(ccID); len(got) != 3 || got[0].Value != "https://a.example.com, https://b.example.com" {
		t.Errorf("refused posts changed the settings: %+v", got)
	}

	api.call(http.MethodGet, "/environment/v3/contact-centers/no-such-cc/settings", api.ops(), "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodPost, "/environment/v3/contact-centers/no-such-cc/settings", api.ops(),
		`{"data":{"location":"/","name":"cors-origins","value":"x"}}`).expect(t, http.StatusNotFound, gauthCodeNotFound)
}

// TestGAuthSettingsByName checks the per-name paths: GET prefers the "/" location, ?location=
// narrows, PUT merges, DELETE removes the name everywhere unless narrowed.
func TestGAuthSettingsByName(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ccID := api.createContactCenter(api.createEnvironment(), "t100")
	base := "/environment/v3/contact-centers/" + ccID + "/settings"
	for _, body := range []string{
		`{"data":{"location":"/USW1","name":"cors-origins","value":"https://usw1.example.com"}}`,
		`{"data":{"location":"/","name":"cors-origins","shared":"true","value":"https://all.example.com"}}`,
		`{"data":{"location":"/EUW1","name":"cors-origins","value":"https://euw1.example.com"}}`,
	} {
		api.call(http.MethodPost, base, api.ops(), body).expect(t, http.StatusOK, 0)
	}

	if got := api.getSetting(ccID, "cors-origins", ""); got.Location != "/" || got.Value != "https://all.example.com" {
		t.Errorf("GET by name = %+v, want the / one", got)
	}
	if got := api.getSetting(ccID, "cors-origins", "/EUW1"); got.Location != "/EUW1" {
		t.Errorf("GET ?location=/EUW1 = %+v", got)
	}
	api.call(http.MethodGet, base+"/cors-origins?location=/APSE1", api.ops(), "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodGet, base+"/no-such-setting", api.ops(), "").expect(t, http.StatusNotFound, gauthCodeNotFound)

	// PUT changes the value and keeps shared.
	api.call(http.MethodPut, base+"/cors-origins", api.ops(), `{"data":{"value":"https://new.example.com"}}`).expect(t, http.StatusOK, 0)
	if got := api.getSetting(ccID, "cors-origins", ""); got.Value != "https://new.example.com" || string(got.Shared) != `"true"` {
		t.Errorf("after PUT value = %+v, want the new value and shared kept", got)
	}
	api.call(http.MethodPut, base+"/cors-origins?location=/USW1", api.ops(), `{"data":{"shared":false}}`).expect(t, http.StatusOK, 0)
	if got := api.getSetting(ccID, "cors-origins", "/USW1"); got.Value != "https://usw1.example.com" || string(got.Shared) != "false" {
		t.Errorf("after PUT shared = %+v, want the value kept and shared false", got)
	}
	api.call(http.MethodPut, base+"/cors-origins", api.ops(), `{"data":{"name":"other"}}`).expect(t, http.StatusBadRequest, gauthCodeReadOnly)
	api.call(http.MethodPut, base+"/no-such-setting", api.ops(), `{"data":{"value":"x"}}`).expect(t, http.StatusNotFound, gauthCodeNotFound)

	api.call(http.MethodDelete, base+"/cors-origins?location=/EUW1", api.ops(), "").expect(t, http.StatusOK, 0)
	if got := api.listSettings(ccID); len(got) != 2 {
		t.Fatalf("after DELETE ?location=/EUW1: %+v, want the other two", got)
	}
	api.call(http.MethodDelete, base+"/cors-origins", api.ops(), "").expect(t, http.StatusOK, 0)
	if got := api.listSettings(ccID); len(got) != 0 {
		t.Fatalf("after DELETE by name: %+v, want none", got)
	}
	api.call(http.MethodDelete, base+"/cors-origins", api.ops(), "").expect(t, http.StatusNotFound, gauthCodeNotFound)
}

func (a *gauthTestAPI) listSettings(ccID string) []gauthTestSetting {
	a.t.Helper()
	type settingsList struct {
		Settings []gauthTestSetting `json:"settings"`
	}
	return gauthRead[settingsList](a, "/environment/v3/contact-centers/"+ccID+"/settings").Settings
}

func (a *gauthTestAPI) getSetting(ccID, name, location string) gauthTestSetting {
	a.t.Helper()
	path := "/environment/v3/contact-centers/" + ccID + "/settings/" + name
	if location != "" {
		path += "?location=" + location
	}
	return gauthRead[gauthTestSetting](a, path)
}
