package emulator

import (
	"net/http"
	"testing"
	"time"
)

// TestGAuthNotFoundAfterCreate checks that GETs of one new GAuth object answer 404 code 6 while a
// not-found-after-create fault hides it, and that lists and the seeded client are not affected.
func TestGAuthNotFoundAfterCreate(t *testing.T) {
	clock := newTestClock()
	api := newGAuthTestAPI(t, Options{Now: clock.now})
	if err := api.srv.SetFaults(FaultPlan{Rules: []FaultRule{{Kind: FaultNotFoundAfterCreate, Window: time.Minute}}}); err != nil {
		t.Fatal(err)
	}
	ops := api.ops()
	api.call(http.MethodPost, "/auth/v3/ops/clients", ops, `{"data":{"client_id":"c1","client_secret":"s"}}`).expect(t, http.StatusOK, 0)
	envID := api.createEnvironment()
	ccID := api.createContactCenter(envID, "t100")
	r := api.call(http.MethodPost, "/environment/v3/data-centers", ops, `{"data":{"location":"/USW1","entryPoint":"https://gauth.example.com"}}`)
	r.expect(t, http.StatusOK, 0)
	dcID := idFromPath(t, r, "data-centers")
	api.call(http.MethodPost, "/environment/v3/contact-centers/"+ccID+"/settings", ops,
		`{"data":{"name":"cors-origins","value":"https://a.example.com"}}`).expect(t, http.StatusOK, 0)
	paths := []string{
		"/auth/v3/ops/clients/c1",
		"/environment/v3/environments/" + envID,
		"/environment/v3/contact-centers/" + ccID,
		"/environment/v3/data-centers/" + dcID,
		"/environment/v3/contact-centers/" + ccID + "/settings/cors-origins",
	}

	for _, p := range paths {
		api.call(http.MethodGet, p, ops, "").expect(t, http.StatusNotFound, gauthCodeNotFound)
	}
	api.call(http.MethodGet, "/auth/v3/ops/clients/"+api.opts.GAuthClientID, ops, "").expect(t, http.StatusOK, 0)
	r = api.call(http.MethodGet, "/environment/v3/environments", ops, "")
	if r.expect(t, http.StatusOK, 0); len(r.Data) < 3 {
		t.Errorf("the list hides the new environment: %s", r.Raw)
	}

	clock.advance(time.Minute)
	for _, p := range paths {
		api.call(http.MethodGet, p, ops, "").expect(t, http.StatusOK, 0)
	}
}
