package gauth

import (
	"encoding/json"
	"net/http"
	"reflect"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const testSettingsPath = contactCentersPath + "/cc-1/settings"

const testSettings = `{"status":{"code":0},"data":{"settings":[
	{"id":"s-1","location":"/","name":"cors-origins","shared":"true","value":"https://gws.example.com, https://wwe.example.com"},
	{"id":"s-2","location":"/USW1","name":"other","shared":false,"value":"x"}]}}`

func TestListSettings(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+testSettingsPath, http.StatusOK, testSettings)
	c := newTestClient(t, testConfig(f.URL))

	settings, err := c.ListSettings(t.Context(), "cc-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(settings) != 2 {
		t.Fatalf("got %d settings, want 2", len(settings))
	}
	if s := settings[0]; s.ID != "s-1" || s.Location != "/" || s.Name != CORSOriginsSetting || !s.Shared.Bool() {
		t.Errorf("settings[0] = %+v", s)
	}
	if settings[1].Shared.Bool() {
		t.Error("settings[1].Shared.Bool() = true, want false")
	}
	if got := f.onlyRequest(t).Authorization; got != bearerAuthorization {
		t.Errorf("Authorization = %q, want the bearer token", got)
	}
}

func TestGetSetting(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+testSettingsPath, http.StatusOK, testSettings)
	c := newTestClient(t, testConfig(f.URL))

	setting, err := c.GetSetting(t.Context(), "cc-1", CORSOriginsSetting)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://gws.example.com", "https://wwe.example.com"}
	if got := SplitOrigins(setting.Value); !reflect.DeepEqual(got, want) {
		t.Errorf("origins = %q, want %q", got, want)
	}

	_, err = c.GetSetting(t.Context(), "cc-1", "missing")
	if !transport.IsNotFound(err) {
		t.Errorf("GetSetting(missing) error = %v, want not found", err)
	}
	for _, req := range f.apiRequests() {
		if req.Path != testSettingsPath {
			t.Errorf("GetSetting requested %s, want only the settings list", req.Path)
		}
	}
}

func TestListSettingsOfUnknownContactCenter(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+contactCentersPath+"/cc-x/settings", http.StatusOK, `{"status":{"code":6,"message":"Contact center not found"}}`)
	c := newTestClient(t, testConfig(f.URL))

	if _, err := c.GetSetting(t.Context(), "cc-x", CORSOriginsSetting); !transport.IsNotFound(err) {
		t.Errorf("error = %v, want not found", err)
	}
}

func TestUpsertSetting(t *testing.T) {
	tests := map[string]struct {
		setting Setting
		want    string
	}{
		"documented form": {
			Setting{Location: "/", Name: CORSOriginsSetting, Shared: SharedFlag(true), Value: JoinOrigins([]string{"https://a.example.com", "https://b.example.com"})},
			`{"data":{"location":"/","name":"cors-origins","shared":"true","value":"https://a.example.com,https://b.example.com"}}`,
		},
		"shared left out when unset": {
			Setting{Location: "/", Name: CORSOriginsSetting, Value: ""},
			`{"data":{"location":"/","name":"cors-origins","value":""}}`,
		},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			f := newFakeGAuth(t)
			f.reply("POST "+testSettingsPath, http.StatusOK, `{"status":{"code":0}}`)
			c := newTestClient(t, testConfig(f.URL))

			if err := c.UpsertSetting(t.Context(), "cc-1", tt.setting); err != nil {
				t.Fatal(err)
			}
			assertJSON(t, f.onlyRequest(t).Body, tt.want)
		})
	}
}

func TestDeleteSetting(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("DELETE "+testSettingsPath+"/cors-origins", http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))

	if err := c.DeleteSetting(t.Context(), "cc-1", CORSOriginsSetting, "/USW1"); err != nil {
		t.Fatal(err)
	}
	if req := f.onlyRequest(t); req.Method != http.MethodDelete || req.Query.Get("location") != "/USW1" {
		t.Errorf("request = %s with location %q, want DELETE narrowed to /USW1", req.Method, req.Query.Get("location"))
	}
}

func TestSharedKeepsItsJSONForm(t *testing.T) {
	for _, in := range []string{`"true"`, `true`, `"TRUE"`, `false`, `"false"`} {
		var s Setting
		if err := json.Unmarshal([]byte(`{"name":"n","shared":`+in+`}`), &s); err != nil {
			t.Fatalf("unmarshal shared %s: %v", in, err)
		}
		out, err := json.Marshal(s.Shared)
		if err != nil || string(out) != in {
			t.Errorf("shared %s re-emitted as %s (%v)", in, out, err)
		}
	}
	for in, want := range map[string]bool{`"true"`: true, `true`: true, `"TRUE"`: true, `"false"`: false, `false`: false, `"yes"`: false} {
		var s Shared
		if err := json.Unmarshal([]byte(in), &s); err != nil {
			t.Fatal(err)
		}
		if s.Bool() != want {
			t.Errorf("Shared(%s).Bool() = %v, want %v", in, s.Bool(), want)
		}
	}
	var s Shared
	if err := json.Unmarshal([]byte(`1`), &s); err == nil {
		t.Error("shared 1 accepted, want an error: only strings and bools are flags")
	}
	if err := json.Unmarshal([]byte(`null`), &s); err != nil || !s.IsZero() {
		t.Errorf("shared null = %v, %v; want an absent flag", s, err)
	}
}

func TestSplitOrigins(t *testing.T) {
	tests := map[string][]string{
		"https://a.example.com,https://b.example.com":     {"https://a.example.com", "https://b.example.com"},
		"https://a.example.com, https://b.example.com , ": {"https://a.example.com", "https://b.example.com"},
		" https://a.example.com ":                         {"https://a.example.com"},
		"":                                                {},
		" , ,":                                            {},
	}
	for value, want := range tests {
		got := SplitOrigins(value)
		if got == nil || !reflect.DeepEqual(got, want) {
			t.Errorf("SplitOrigins(%q) = %#v, want %#v", value, got, want)
		}
	}
}

func TestJoinOrigins(t *testing.T) {
	origins := []string{"https://a.example.com", "https://b.example.com"}
	if got, want := JoinOrigins(origins), "https://a.example.com,https://b.example.com"; got != want {
		t.Errorf("JoinOrigins = %q, want %q", got, want)
	}
	if got := SplitOrigins(JoinOrigins(origins)); !reflect.DeepEqual(got, origins) {
		t.Errorf("SplitOrigins(JoinOrigins(x)) = %q, want %q", got, origins)
	}
	if got := JoinOrigins(nil); got != "" {
		t.Errorf("JoinOrigins(nil) = %q, want empty", got)
	}
}
