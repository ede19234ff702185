package gauth

import (
	"net/http"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const testDataCenters = `{"status":{"code":0},"data":[
	{"id":"dc-1","location":"/USW1","entryPoint":"https://gauth-usw1.example.com","readOnly":false},
	{"id":"dc-2","location":"/EUW1","entryPoint":"https://gauth-euw1.example.com","readOnly":true}]}`

func TestCreateDataCenter(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+dataCentersPath, http.StatusOK, `{"status":{"code":0},"path":"/data-centers/dc-9"}`)
	c := newTestClient(t, testConfig(f.URL))

	id, err := c.CreateDataCenter(t.Context(), DataCenter{Location: "/USW1", EntryPoint: "https://gauth-usw1.example.com"})
	if err != nil || id != "dc-9" {
		t.Fatalf("CreateDataCenter = %q, %v; want dc-9", id, err)
	}
	req := f.onlyRequest(t)
	if req.Authorization != opsAuthorization {
		t.Errorf("Authorization = %q, want ops Basic", req.Authorization)
	}
	assertJSON(t, req.Body, `{"data":{"location":"/USW1","entryPoint":"https://gauth-usw1.example.com","readOnly":false}}`)
}

// TestCreateDataCenterWithoutPath: the documented answer has no path, so the id comes from the list.
func TestCreateDataCenterWithoutPath(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("POST "+dataCentersPath, http.StatusOK, `{"status":{"code":0}}`)
	f.reply("GET "+dataCentersPath, http.StatusOK, testDataCenters)
	c := newTestClient(t, testConfig(f.URL))

	id, err := c.CreateDataCenter(t.Context(), DataCenter{Location: "/EUW1", EntryPoint: "https://gauth-euw1.example.com", ReadOnly: true})
	if err != nil || id != "dc-2" {
		t.Errorf("CreateDataCenter = %q, %v; want dc-2", id, err)
	}
	if requests := f.apiRequests(); len(requests) != 2 || requests[1].Method != http.MethodGet {
		t.Errorf("requests = %+v, want POST then GET", requests)
	}
}

func TestFindDataCenterByLocation(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+dataCentersPath, http.StatusOK, testDataCenters)
	c := newTestClient(t, testConfig(f.URL))

	found, err := c.FindDataCenterByLocation(t.Context(), "/EUW1")
	if err != nil || found.ID != "dc-2" || !found.ReadOnly {
		t.Errorf("FindDataCenterByLocation(/EUW1) = %+v, %v", found, err)
	}
	_, err = c.FindDataCenterByLocation(t.Context(), "/usw1")
	if !transport.IsNotFound(err) || !HasCode(err, CodeNotFound) {
		t.Errorf("FindDataCenterByLocation(/usw1) error = %v, want not found (locations match exactly)", err)
	}
}

func TestDataCenterByIDCalls(t *testing.T) {
	f := newFakeGAuth(t)
	f.reply("GET "+dataCentersPath+"/dc-1", http.StatusOK, `{"status":{"code":0},"data":{"id":"dc-1","location":"/USW1","entryPoint":"https://gauth-usw1.example.com"}}`)
	f.reply("PUT "+dataCentersPath+"/dc-1", http.StatusOK, `{"status":{"code":0}}`)
	f.reply("DELETE "+dataCentersPath+"/dc-1", http.StatusOK, `{"status":{"code":0}}`)
	c := newTestClient(t, testConfig(f.URL))
	ctx := t.Context()

	dataCenter, err := c.GetDataCenter(ctx, "dc-1")
	if err != nil || dataCenter.Location != "/USW1" || dataCenter.EntryPoint != "https://gauth-usw1.example.com" {
		t.Errorf("GetDataCenter = %+v, %v", dataCenter, err)
	}
	dataCenter.ReadOnly = true
	if err := c.UpdateDataCenter(ctx, "dc-1", *dataCenter); err != nil {
		t.Error(err)
	}
	if err := c.DeleteDataCenter(ctx, "dc-1"); err != nil {
		t.Error(err)
	}
	requests := f.wantRequests(t, 3)
	assertJSON(t, requests[1].Body, `{"data":{"location":"/USW1","entryPoint":"https://gauth-usw1.example.com","readOnly":true}}`)
	if requests[2].Method != http.MethodDelete || requests[2].Path != dataCentersPath+"/dc-1" {
		t.Errorf("delete request = %s %s", requests[2].Method, requests[2].Path)
	}
}
