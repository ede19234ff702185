package emulator

import (
	"net/http"
	"reflect"
	"testing"
)

// TestGAuthContactCentersCRUD checks the environment reference, ids, PUT merge, and that deleting
// a contact center takes its settings with it.
func TestGAuthContactCentersCRUD(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ops := api.ops()
	envID := api.createEnvironment()
	otherEnv := api.createEnvironment()
	const ccID = "ed4c03f3-6275-4419-8b2b-11d14af10655"
	create := `{"data":{"id":"` + ccID + `","domains":["t100"],"environmentId":"` + envID + `","auth":"configServer"}}`

	api.call(http.MethodPost, "/environment/v3/contact-centers", ops,
		`{"data":{"domains":["t100"],"environmentId":"no-such-environment","auth":"configServer"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidState)
	api.call(http.MethodPost, "/environment/v3/contact-centers", ops,
		`{"data":{"domains":["t100"],"auth":"configServer"}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)
	api.call(http.MethodPost, "/environment/v3/contact-centers", ops,
		`{"data":{"domains":"t100","environmentId":"`+envID+`"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)

	api.call(http.MethodPost, "/environment/v3/contact-centers", ops, create).expect(t, http.StatusOK, 0)
	api.call(http.MethodPost, "/environment/v3/contact-centers", ops, create).expect(t, http.StatusConflict, gauthCodeExists)

	want := gauthContactCenter{ID: ccID, Domains: []string{"t100"}, EnvironmentID: envID, Auth: "configServer"}
	if got := api.getContactCenter(ccID); !reflect.DeepEqual(got, want) {
		t.Fatalf("GET = %+v, want %+v", got, want)
	}

	api.call(http.MethodPut, "/environment/v3/contact-centers/"+ccID, ops, `{"data":{"domains":["t100","t101"]}}`).expect(t, http.StatusOK, 0)
	want.Domains = []string{"t100", "t101"}
	if got := api.getContactCenter(ccID); !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT domains: %+v, want %+v", got, want)
	}
	api.call(http.MethodPut, "/environment/v3/contact-centers/"+ccID, ops, `{"data":{"environmentId":"no-such-environment"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidState)
	api.call(http.MethodPut, "/environment/v3/contact-centers/"+ccID, ops, `{"data":{"environmentId":"`+otherEnv+`"}}`).expect(t, http.StatusOK, 0)
	want.EnvironmentID = otherEnv
	if got := api.getContactCenter(ccID); !reflect.DeepEqual(got, want) {
		t.Fatalf("after PUT environmentId: %+v, want %+v", got, want)
	}
	// The contact center moved: the first environment is free, the second is in use.
	api.call(http.MethodDelete, "/environment/v3/environments/"+otherEnv, ops, "").expect(t, http.StatusConflict, gauthCodeInUse)
	api.call(http.MethodDelete, "/environment/v3/environments/"+envID, ops, "").expect(t, http.StatusOK, 0)

	r := api.call(http.MethodGet, "/environment/v3/contact-centers", ops, "")
	r.expect(t, http.StatusOK, 0)
	var list []gauthContactCenter
	if r.data(t, &list); len(list) != 1 || !reflect.DeepEqual(list[0], want) {
		t.Fatalf("list = %s, want the one contact center", r.Raw)
	}

	// Deleting the contact center deletes its settings: a contact center created again under the
	// same id starts with none.
	api.call(http.MethodPost, "/environment/v3/contact-centers/"+ccID+"/settings", ops,
		`{"data":{"location":"/","name":"cors-origins","shared":"true","value":"https://a.example.com"}}`).expect(t, http.StatusOK, 0)
	api.call(http.MethodDelete, "/environment/v3/contact-centers/"+ccID, ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, "/environment/v3/contact-centers/"+ccID, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodGet, "/environment/v3/contact-centers/"+ccID+"/settings", ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodPost, "/environment/v3/contact-centers", ops,
		`{"data":{"id":"`+ccID+`","domains":["t100"],"environmentId":"`+otherEnv+`"}}`).expect(t, http.StatusOK, 0)
	r = api.call(http.MethodGet, "/environment/v3/contact-centers/"+ccID+"/settings", ops, "")
	if r.expect(t, http.StatusOK, 0); string(r.Data) != `{"settings":[]}` {
		t.Fatalf("settings of the re-created contact center = %s, want none", r.Data)
	}
	api.call(http.MethodDelete, "/environment/v3/contact-centers/"+ccID, ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodDelete, "/environment/v3/contact-centers/"+ccID, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
}

func (a *gauthTestAPI) getContactCenter(id string) gauthContactCenter {
	a.t.Helper()
	return gauthRead[gauthContactCenter](a, "/environment/v3/contact-centers/"+id)
}
