package emulator

import (
	"net/http"
	"reflect"
	"testing"
)

// TestGAuthDataCentersCRUD checks the location and entry point rules, the location's uniqueness,
// PUT merge and delete.
func TestGAuthDataCentersCRUD(t *testing.T) {
	api := newGAuthTestAPI(t, Options{})
	ops := api.ops()
	post := func(body string) gauthTestResponse {
		return api.call(http.MethodPost, "/environment/v3/data-centers", ops, body)
	}

	post(`{"data":{"location":"usw1","entryPoint":"https://gauth-usw1.example.com","readOnly":false}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	post(`{"data":{"entryPoint":"https://gauth-usw1.example.com"}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)
	post(`{"data":{"location":"/USW1","entryPoint":"gauth-usw1.example.com"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	post(`{"data":{"location":"/USW1"}}`).expect(t, http.StatusBadRequest, gauthCodeMissing)

	r := post(`{"data":{"id":"ignored","location":"/USW1","entryPoint":"https://gauth-usw1.example.com","readOnly":true}}`)
	r.expect(t, http.StatusOK, 0)
	id := idFromPath(t, r, "data-centers")
	if !gauthUUIDLike.MatchString(id) {
		t.Errorf("data center id %q is not a server-generated UUID", id)
	}
	post(`{"data":{"location":"/USW1","entryPoint":"https://other.example.com"}}`).expect(t, http.StatusConflict, gauthCodeExists)
	r = post(`{"data":{"location":"/EUW1","entryPoint":"https://gauth-euw1.example.com"}}`)
	r.expect(t, http.StatusOK, 0)
	second := idFromPath(t, r, "data-centers")

	want := gauthDataCenter{ID: id, Location: "/USW1", EntryPoint: "https://gauth-usw1.example.com", ReadOnly: true}
	if got := api.getDataCenter(id); got != want {
		t.Fatalf("GET = %+v, want %+v", got, want)
	}
	api.call(http.MethodPut, "/environment/v3/data-centers/"+id, ops, `{"data":{"readOnly":false}}`).expect(t, http.StatusOK, 0)
	want.ReadOnly = false
	if got := api.getDataCenter(id); got != want {
		t.Fatalf("after PUT readOnly: %+v, want %+v", got, want)
	}
	api.call(http.MethodPut, "/environment/v3/data-centers/"+second, ops, `{"data":{"location":"/USW1"}}`).expect(t, http.StatusConflict, gauthCodeExists)
	api.call(http.MethodPut, "/environment/v3/data-centers/"+id, ops, `{"data":{"location":"USW1"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	api.call(http.MethodPut, "/environment/v3/data-centers/"+id, ops, `{"data":{"entryPoint":"/relative"}}`).expect(t, http.StatusBadRequest, gauthCodeInvalidValue)
	api.call(http.MethodPut, "/environment/v3/data-centers/"+id, ops, `{"data":{"location":"/USW1"}}`).expect(t, http.StatusOK, 0)

	r = api.call(http.MethodGet, "/environment/v3/data-centers", ops, "")
	r.expect(t, http.StatusOK, 0)
	var list []gauthDataCenter
	if r.data(t, &list); len(list) != 2 || !reflect.DeepEqual(list[0], want) || list[1].ID != second {
		t.Fatalf("list = %s, want both data centers in creation order", r.Raw)
	}

	api.call(http.MethodDelete, "/environment/v3/data-centers/"+id, ops, "").expect(t, http.StatusOK, 0)
	api.call(http.MethodGet, "/environment/v3/data-centers/"+id, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodPut, "/environment/v3/data-centers/"+id, ops, `{"data":{"readOnly":true}}`).expect(t, http.StatusNotFound, gauthCodeNotFound)
	api.call(http.MethodDelete, "/environment/v3/data-centers/"+id, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	// Its location is free again.
	post(`{"data":{"location":"/USW1","entryPoint":"https://gauth-usw1.example.com"}}`).expect(t, http.StatusOK, 0)
}

func (a *gauthTestAPI) getDataCenter(id string) gauthDataCenter {
	a.t.Helper()
	return gauthRead[gauthDataCenter](a, "/environment/v3/data-centers/"+id)
}
