package emulator

import (
	"net/http"
	"testing"
)

func TestCloudDivisions(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	var home division
	a.call(http.MethodGet, "/api/v2/authorization/divisions/home", nil).expect(http.StatusOK).decode(&home)
	if home.ID != CloudHomeDivisionID || home.Name != "Home" || !home.HomeDivision {
		t.Fatalf("home = %+v", home)
	}

	var all listing[division]
	a.call(http.MethodGet, "/api/v2/authorization/divisions", nil).expect(http.StatusOK).decode(&all)
	homes := 0
	for _, d := range all.Entities {
		if d.HomeDivision {
			homes++
		}
	}
	if all.Total != 2 || homes != 1 {
		t.Fatalf("divisions = %+v, want two with exactly one home", all.Entities)
	}

	var byName listing[division]
	a.call(http.MethodGet, "/api/v2/authorization/divisions?name=OPERA", nil).expect(http.StatusOK).decode(&byName)
	if len(byName.Entities) != 1 || byName.Entities[0].ID != CloudOperationsDivisionID {
		t.Fatalf("name filter = %+v", byName.Entities)
	}
	var byID listing[division]
	a.call(http.MethodGet, "/api/v2/authorization/divisions?id="+CloudHomeDivisionID, nil).expect(http.StatusOK).decode(&byID)
	if len(byID.Entities) != 1 || byID.Entities[0].ID != CloudHomeDivisionID {
		t.Fatalf("id filter = %+v", byID.Entities)
	}

	var ops division
	a.call(http.MethodGet, "/api/v2/authorization/divisions/"+CloudOperationsDivisionID, nil).expect(http.StatusOK).decode(&ops)
	if ops.Name != "Operations" || ops.HomeDivision || ops.SelfURI != "/api/v2/authorization/divisions/"+CloudOperationsDivisionID {
		t.Fatalf("operations = %+v", ops)
	}
	a.call(http.MethodGet, "/api/v2/authorization/divisions/nope", nil).expectError(http.StatusNotFound, "not.found")
}
