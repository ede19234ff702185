package gauth

import (
	"errors"
	"net/http"
	"reflect"
	"testing"
)

// testEnvironment is the environment of the documented provisioning walk-through.
func testEnvironment() Environment {
	return Environment{
		ID:                 "9350e2fc-0000-4000-8000-000000000001",
		Username:           "default",
		Password:           "password",
		ConnectionProtocol: "addp",
		LocalTimeout:       5,
		RemoteTimeout:      7,
		TraceMode:          "CFGTMBoth",
		AppName:            "Cloud",
		Tenant:             "Environment",
		ConfigServers: []ConfigServer{{
			PrimaryAddress: "172.24.132.84",
			PrimaryPort:    2020,
			Locations:      "/USW1",
		}},
	}
}

const testEnvironmentJSON = `{
	"id":"9350e2fc-0000-4000-8000-000000000001","username":"default","password":"password",
	"connectionProtocol":"addp","localTimeout":5,"remoteTimeout":7,"traceMode":"CFGTMBoth",
	"appName":"Cloud","tenant":"Environment","tlsEnabled":false,
	"configServers":[{"primaryAddress":"172.24.132.84","primaryPort":2020,"readOnly":false,"locations":"/USW1"}]}`

func TestCreateEnvironment(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+environmentsPath, http.StatusOK, `{"status":{"code":0},"path":"/environments/d0fb6386-236c-4739-aec0-b9c1bd6173df"}`)
	c := newTestClient(t, testConfig(f.URL))

	id, err := c.CreateEnvironment(t.Context(), testEnvironment())
	if err != nil {
		t.Fatal(err)
	}
	if id != "d0fb6386-236c-4739-aec0-b9c1bd6173df" {
		t.Errorf("id = %q, want the one in the answer's path", id)
	}
	req := f.onlyRequest(t)
	if req.Authorization != bearerAuthorization {
		t.Errorf("Authorization = %q, want the bearer token", req.Authorization)
	}
	assertJSON(t, req.Body, `{"data":`+testEnvironmentJSON+`}`)
}

func TestCreateEnvironmentWithoutPath(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+environmentsPath, http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))

	id, err := c.CreateEnvironment(t.Context(), testEnvironment())
	if err != nil || id != testEnvironment().ID {
		t.Errorf("CreateEnvironment = %q, %v; want the caller's id", id, err)
	}

	environment := testEnvironment()
	environment.ID = ""
	if _, err := c.CreateEnvironment(t.Context(), environment); !errors.Is(err, errNoCreatedID) {
		t.Errorf("error = %v, want errNoCreatedID when neither the answer nor the caller has an id", err)
	}
}

func TestGetEnvironment(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+environmentsPath+"/env-1", http.StatusOK, `{"status":{"code":0},"data":{
		"id":"env-1","username":"default","connectionProtocol":"addp","localTimeout":60,"remoteTimeout":90,
		"traceMode":"CFGTMBoth","appName":"Cloud","tenant":"Environment","tlsEnabled":true,
		"configServers":[{"primaryAddress":"cs1","primaryPort":8888,"backupAddress":"cs2","backupPort":8889,"readOnly":true,"locations":"/USW1"}]}}`)
	c := newTestClient(t, testConfig(f.URL))

	got, err := c.GetEnvironment(t.Context(), "env-1")
	if err != nil {
		t.Fatal(err)
	}
	want := &Environment{
		ID: "env-1", Username: "default", ConnectionProtocol: "addp", LocalTimeout: 60, RemoteTimeout: 90,
		TraceMode: "CFGTMBoth", AppName: "Cloud", Tenant: "Environment", TLSEnabled: true,
		ConfigServers: []ConfigServer{{PrimaryAddress: "cs1", PrimaryPort: 8888, BackupAddress: "cs2",
			BackupPort: 8889, ReadOnly: true, Locations: "/USW1"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("environment = %+v\nwant %+v", got, want)
	}
}

func TestGetEnvironmentWithoutData(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+environmentsPath+"/env-1", http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))

	if _, err := c.GetEnvironment(t.Context(), "env-1"); !errors.Is(err, errNoData) {
		t.Errorf("error = %v, want errNoData", err)
	}
}

func TestListEnvironments(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+environmentsPath, http.StatusOK, `{"status":{"code":0},"data":[{"id":"a","tenant":"A"},{"id":"b","tenant":"B"}]}`)
	c := newTestClient(t, testConfig(f.URL))

	environments, err := c.ListEnvironments(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if len(environments) != 2 || environments[1].ID != "b" || environments[1].Tenant != "B" {
		t.Errorf("environments = %+v", environments)
	}
}

// TestUpdateEnvironmentPassword: an empty Password is left out of the PUT, a set one is sent, and
// the id travels only in the path.
func TestUpdateEnvironmentPassword(t *testing.T) {
	for name, password := range map[string]string{"unchanged": "", "new": "rotated"} {
		t.Run(name, func(t *testing.T) {
			f := newFakeGAuth(t)
			f.reply("PUT "+environmentsPath+"/env-1", http.StatusOK, `{"status":{"code":0}}`)
			c := newTestClient(t, testConfig(f.URL))

			environment := testEnvironment()
			environment.Password = password
			if err := c.UpdateEnvironment(t.Context(), "env-1", environment); err != nil {
				t.Fatal(err)
			}
			passwordField := ""
			if password != "" {
				passwordField = `"password":"` + password + `",`
			}
			assertJSON(t, f.onlyRequest(t).Body, `{"data":{"username":"default",`+passwordField+`
				"connectionProtocol":"addp","localTimeout":5,"remoteTimeout":7,"traceMode":"CFGTMBoth",
				"appName":"Cloud","tenant":"Environment","tlsEnabled":false,
				"configServers":[{"primaryAddress":"172.24.132.84","primaryPort":2020,"readOnly":false,"locations":"/USW1"}]}}`)
		})
	}
}

func TestDeleteEnvironmentInUse(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("DELETE "+environmentsPath+"/env-1", http.StatusOK, `{"status":{"code":19,"message":"Environment is in use"}}`)
	c := newTestClient(t, testConfig(f.URL))

	err := c.DeleteEnvironment(t.Context(), "env-1")
	if !HasCode(err, CodeInUse) {
		t.Errorf("error = %v, want code %d", err, CodeInUse)
	}
	if req := f.onlyRequest(t); req.Method != http.MethodDelete || req.Path != environmentsPath+"/env-1" {
		t.Errorf("request = %s %s", req.Method, req.Path)
	}
}
