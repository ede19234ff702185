package gauth

import (
	"net/http"
	"reflect"
	"testing"
)

func TestContactCenterCalls(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+contactCentersPath, http.StatusOK, `{"status":{"code":0},"path":"/contact-centers/ed4c03f3-6275-4419-8b2b-11d14af10655"}`)
	f.reply("GET "+contactCentersPath+"/cc-1", http.StatusOK, `{"status":{"code":0},"data":{"id":"cc-1","domains":["t100"],"environmentId":"env-1","auth":"configServer"}}`)
	f.reply("GET "+contactCentersPath, http.StatusOK, `{"status":{"code":0},"data":[{"id":"cc-1"},{"id":"cc-2"}]}`)
	f.reply("PUT "+contactCentersPath+"/cc-1", http.StatusOK, `{"status":{"code":0}}`)
	f.reply("DELETE "+contactCentersPath+"/cc-1", http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))
	ctx := t.Context()
	contactCenter := ContactCenter{Domains: []string{"t100"}, EnvironmentID: "env-1", Auth: "configServer"}

	id, err := c.CreateContactCenter(ctx, contactCenter)
	if err != nil || id != "ed4c03f3-6275-4419-8b2b-11d14af10655" {
		t.Errorf("CreateContactCenter = %q, %v", id, err)
	}
	got, err := c.GetContactCenter(ctx, "cc-1")
	if want := (&ContactCenter{ID: "cc-1", Domains: []string{"t100"}, EnvironmentID: "env-1", Auth: "configServer"}); err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("GetContactCenter = %+v, %v; want %+v", got, err, want)
	}
	all, err := c.ListContactCenters(ctx)
	if err != nil || len(all) != 2 || all[1].ID != "cc-2" {
		t.Errorf("ListContactCenters = %+v, %v", all, err)
	}
	contactCenter.ID = "cc-1"
	contactCenter.Domains = []string{"t100", "t101"}
	if err := c.UpdateContactCenter(ctx, "cc-1", contactCenter); err != nil {
		t.Error(err)
	}
	if err := c.DeleteContactCenter(ctx, "cc-1"); err != nil {
		t.Error(err)
	}

	requests := f.wantRequests(t, 5)
	assertJSON(t, requests[0].Body, `{"data":{"domains":["t100"],"environmentId":"env-1","auth":"configServer"}}`)
	assertJSON(t, requests[3].Body, `{"data":{"domains":["t100","t101"],"environmentId":"env-1","auth":"configServer"}}`)
	for _, req := range requests {
		if req.Authorization != bearerAuthorization {
			t.Errorf("%s %s sent Authorization %q, want the bearer token", req.Method, req.Path, req.Authorization)
		}
	}
}
