package genesyscloud

import (
	"net/http"
	"net/url"
	"testing"
)

func TestHomeAndGetDivision(t *testing.T) {
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, `{"id":"d1","name":"Home","homeDivision":true,"selfUri":"`+r.Path+`"}`)
	})
	ctx := t.Context()

	for range 3 { // fetched once, then served from the cache
		home, err := c.HomeDivision(ctx)
		if err != nil || home.ID != "d1" || !home.HomeDivision {
			t.Errorf("HomeDivision = %+v, %v", home, err)
		}
	}
	if _, err := c.GetDivision(ctx, "d 1"); err != nil {
		t.Errorf("GetDivision: %v", err)
	}
	calls := f.calls()
	if len(calls) != 2 {
		t.Fatalf("service received %d requests, want 2", len(calls))
	}
	assertRequest(t, calls[0], http.MethodGet, "/api/v2/authorization/divisions/home", nil)
	assertRequest(t, calls[1], http.MethodGet, "/api/v2/authorization/divisions/d%201", nil)
}

func TestListAndFindDivisions(t *testing.T) {
	pages := map[string]string{
		"1": `{"pageNumber":1,"pageCount":2,"entities":[{"id":"1","name":"Sales EMEA"},{"id":"2","name":"Sales"}]}`,
		"2": `{"pageNumber":2,"pageCount":2,"entities":[{"id":"3","name":"sales"}]}`,
	}
	c, f := newFakeAPI(t, func(w http.ResponseWriter, r recordedRequest) {
		writeJSON(w, http.StatusOK, pages[r.Query.Get("pageNumber")])
	})
	ctx := t.Context()

	all, err := c.ListDivisions(ctx, "Sales")
	if err != nil || len(all) != 3 {
		t.Fatalf("ListDivisions = %+v, %v; want 3 divisions from 2 pages", all, err)
	}
	calls := f.calls()
	assertRequest(t, calls[1], http.MethodGet, "/api/v2/authorization/divisions", url.Values{"name": {"Sales"}, "pageSize": {"100"}, "pageNumber": {"2"}})

	d, err := c.FindDivisionByName(ctx, "Sales")
	if err != nil || d.ID != "2" {
		t.Errorf("FindDivisionByName(Sales) = %+v, %v; want division 2", d, err)
	}
	if _, err := c.FindDivisionByName(ctx, "Sal"); !IsNotFound(err) {
		t.Errorf("FindDivisionByName(Sal) err = %v, want not found", err)
	}
}
