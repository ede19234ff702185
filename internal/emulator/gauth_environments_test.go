package emulator

import (
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// TestGAuthEnvironmentValidation checks the 400 answers of an environment create.
func TestGAuthEnvironmentValidation(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	valid := gauthTestEnvironment("")
	for _, tc := range []struct {
		name string
		body string
		code int
	}{
		{"primaryPort 0", strings.Replace(valid, `"primaryPort":2020`, `"primaryPort":0`, 1), gauthCodeInvalidValue},
		{"primaryPort above 65535", strings.Replace(valid, `"primaryPort":2020`, `"primaryPort":65536`, 1), gauthCodeInvalidValue},
		{"primaryPort a string", strings.Replace(valid, `"primaryPort":2020`, `"primaryPort":"2020"`, 1), gauthCodeInvalidValue},
		{"no primaryAddress", strings.Replace(valid, `"primaryAddress":"172.24.132.84",`, ``, 1), gauthCodeInvalidValue},
		{"backupPort out of range", strings.Replace(valid, `"primaryPort":2020`, `"primaryPort":2020,"backupAddress":"cs-b","backupPort":70000`, 1), gauthCodeInvalidValue},
		{"empty configServers", `{"data":{"traceMode":"CFGTMBoth","configServers":[]}}`, gauthCodeInvalidValue},
		{"no configServers", `{"data":{"traceMode":"CFGTMBoth"}}`, gauthCodeInvalidValue},
		{"unknown traceMode", strings.Replace(valid, `CFGTMBoth`, `CFGTMEverything`, 1), gauthCodeInvalidValue},
		{"id with a slash", gauthTestEnvironment("a/b"), gauthCodeInvalidValue},
		{"malformed JSON", `{"data":{`, gauthCodeMissing},
		{"no data", `{"username":"default"}`, gauthCodeMissing},
		{"data not an object", `{"data":[1]}`, gauthCodeMissing},
		{"empty body", ``, gauthCodeMissing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := api.call(http.MethodPost, "/environment/v3/environments", api.ops(), tc.body)
			r.expect(t, http.StatusBadRequest, tc.code)
			if r.Status.Message == "" {
				t.Errorf("error without a message: %s", r.Raw)
			}
		})
	}
	r := api.call(http.MethodGet, "/environment/v3/environments", api.ops(), "")
	if r.expect(t, http.StatusOK, 0); string(r.Data) != "[]" {
		t.Fatalf("rejected creates stored something: %s", r.Raw)
	}
}

// TestGAuthEnvironmentsCRUD checks ids, the password never being echoed, PUT merge (the lenient
// reading of an undocumented PUT, see TestGAuthEnvironmentPutReplaces), and the in-use protection
// of DELETE.
func TestGAuthEnvironmentsCRUD(t *testing.T) {
	api := newGAuthTestAPI(t, Options{MergeEnvironmentPut: true})
	ops := api.ops()

	generated := api.createEnvironment()
	if !gauthUUIDLike.MatchString(generated) {
		t.Errorf("generated id %q is not a UUID", generated)
	}
	const chosen = "343dd264-7c26-4f9e-82c5-26baedbcb797"
	api.call(http.MethodPost, "/environment/v3/environments", ops, gauthTestEnvironment(chosen)).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/environment/v3/environments", ops, gauthTestEnvironment(chosen)).expect(t, http.StatusConflict, gauthCodeExists)

	r := api.call(http.MethodGet, "/environment/v3/environments", ops, "")
	r.expect(t, http.StatusOK, 0)
	var list []gauthEnvironment
	r.data(t, &list)
	if len(list) != 2 || list[0].ID != generated || list[1].ID != chosen {
		t.Fatalf("list = %s, want both environments in creation order", r.Raw)
	}

	want := gauthEnvironment{
		ID: chosen, Username: "default", ConnectionProtocol: "addp", LocalTimeout: 5, RemoteTimeout: 7,
		TraceMode: "CFGTMBoth", AppName: "Cloud", Tenant: "Environment",
		ConfigServers: []gauthConfigServer{{PrimaryAddress: "172.24.132.84", PrimaryPort: 2020, Locations: "/USW1"}},
	}
	if got := api.getEnvironment(chosen); !reflect.DeepEqual(got, want) {
		t.Fatalf("GET = %+v, want %+v", got, want)
	}

	// PUT replaces the top-level fields it sends and keeps the others; configServers is replaced whole.
	api.call(http.MethodPut, "/environment/v3/environments/"+chosen, ops, `{"data":{"tenant":"T100","password":"rotated"}}`).expect(t, http.StatusOK, 0)
	want.Tenant = "T100"
	if got := api.getEnvironment(chosen); !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT tenant: %+v, want %+v", got, want)
	}
	api.call(http.MethodPut, "/environment/v3/environments/"+chosen, ops,
		`{"data":{"configServers":[{"primaryAddress":"cs-a","primaryPort":8888,"backupAddress":"cs-b","backupPort":8889,"readOnly":true,"locations":"/USE1"}]}}`).expect(t, http.StatusOK, 0)
	want.ConfigServers = []gauthConfigServer{{PrimaryAddress: "cs-a", PrimaryPort: 8888, BackupAddress: "cs-b", BackupPort: 8889, ReadOnly: true, Locations: "/USE1"}}
	if got := api.getEnvironment(chosen); !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT configServers: %+v, want %+v", got, want)
	}
	api.call(http.MethodPut, "/environment/v3/environments/"+chosen, ops, `{"data":{"configServers":[]}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	api.call(http.MethodPut, "/environment/v3/environments/"+chosen, ops, `{"data":{"id":"other"}}`).expect(t, http.StatusBadRequest, gauthCodeReadOnly)
	if got := api.getEnvironment(chosen); !reflect.DeepEqual(got, want) {
		t.Fatalf("a refused PUT changed the environment: %+v", got)
	}

	// DELETE is refused while a contact center references the environment.
	ccID := api.createContactCenter(chosen, "t100")
	api.call(http.MethodDelete, "/environment/v3/environments/"+chosen, ops, "").expect(t, http.StatusConflict, gauthCodeInUse)
	api.call(http.MethodDelete, "/environment/v3/contact-centers/"+ccID, ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodDelete, "/environment/v3/environments/"+chosen, ops, "").expect(t, http.StatusOK, 0)

	api.call(http.MethodGet, "/environment/v3/environments/"+chosen, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodPut, "/environment/v3/environments/"+chosen, ops, `{"data":{"tenant":"x"}}`).expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodDelete, "/environment/v3/environments/"+chosen, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
}

// getEnvironment reads an environment with ops credentials and checks that no password comes back.
func (a *gauthTestAPI) getEnvironment(id string) gauthEnvironment {
	a.t.Helper()
	r := a.call(http.MethodGet, "/environment/v3/environments/"+id, a.ops(), "")
	r.expect(a.t, http.StatusOK, 0)
	if strings.Contains(r.Raw, "password") {
		a.t.Fatalf("GET echoes the password: %s", r.Raw)
	}
	var e gauthEnvironment
	r.data(a.t, &e)
	return e
}
