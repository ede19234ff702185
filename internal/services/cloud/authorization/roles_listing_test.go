package authorization

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// rolePages serves the roles listing in pages of the given roles, and records the pages asked for
// (pageSize/pageNumber); failPage, and any page past the last, is refused.
type rolePages struct {
	pages    [][]genesyscloud.Role
	failPage int

	mu    sync.Mutex
	asked []string
}

func (p *rolePages) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/api/v2/authorization/roles" {
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	number, _ := strconv.Atoi(q.Get("pageNumber"))
	p.mu.Lock()
	p.asked = append(p.asked, q.Get("pageSize")+"/"+q.Get("pageNumber"))
	p.mu.Unlock()
	if number == p.failPage || number < 1 || number > len(p.pages) {
		w.WriteHeader(http.StatusBadRequest) // not retried, unlike a 5xx
		_, _ = w.Write([]byte(`{"status":400,"code":"bad.request","message":"no such page"}`))
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{
		"entities": p.pages[number-1], "pageSize": 500, "pageNumber": number, "pageCount": len(p.pages),
	})
}

func listedNames(t *testing.T, p *rolePages, f roleFilter, stopAfter int) ([]string, error) {
	t.Helper()
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	c, err := genesyscloud.New(genesyscloud.Config{APIURL: srv.URL, AccessToken: "test-token"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for role, err := range listRoles(context.Background(), c, f) {
		if err != nil {
			return names, err
		}
		names = append(names, role.Name)
		if len(names) == stopAfter {
			break
		}
	}
	return names, nil
}

func threePages() *rolePages {
	return &rolePages{pages: [][]genesyscloud.Role{
		{{ID: "1", Name: "Employee", Default: true, DefaultRoleID: "employee"}, {ID: "2", Name: "Partner A"}},
		{{ID: "3", Name: "Other"}, {ID: "4", Name: "Partner B"}, {ID: "5", Name: "partner lower"}},
		{{ID: "6", Name: "Partner C"}},
	}}
}

// Every page is read, 500 roles a page, and the filters hold on every page.
func TestListRolesWalksEveryPage(t *testing.T) {
	for _, tc := range []struct {
		filter roleFilter
		want   []string
	}{
		{roleFilter{}, []string{"Partner A", "Other", "Partner B", "partner lower", "Partner C"}},
		{roleFilter{NamePrefix: "Partner "}, []string{"Partner A", "Partner B", "Partner C"}},
		{roleFilter{IncludeBuiltIn: true}, []string{"Employee", "Partner A", "Other", "Partner B", "partner lower", "Partner C"}},
		{roleFilter{NamePrefix: "Emp"}, nil},
	} {
		p := threePages()
		got, err := listedNames(t, p, tc.filter, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: listed %v, want %v", tc.filter, got, tc.want)
		}
		if want := []string{"500/1", "500/2", "500/3"}; !slices.Equal(p.asked, want) {
			t.Errorf("%+v: asked for the pages %v, want %v", tc.filter, p.asked, want)
		}
	}
}

// A caller that has seen enough stops the walk: no later page is fetched.
func TestListRolesStopsWithItsCaller(t *testing.T) {
	p := threePages()
	got, err := listedNames(t, p, roleFilter{}, 1)
	if err != nil || !slices.Equal(got, []string{"Partner A"}) {
		t.Fatalf("listed %v, %v; want [Partner A]", got, err)
	}
	if want := []string{"500/1"}; !slices.Equal(p.asked, want) {
		t.Errorf("asked for the pages %v, want %v", p.asked, want)
	}
}

// A page that fails ends the walk with its error, after the roles of the pages before it.
func TestListRolesReportsAFailedPage(t *testing.T) {
	p := threePages()
	p.failPage = 2
	got, err := listedNames(t, p, roleFilter{}, 0)
	if _, ok := genesyscloud.AsAPIError(err); !ok {
		t.Fatalf("err = %v, want the API's error", err)
	}
	if !slices.Equal(got, []string{"Partner A"}) {
		t.Errorf("listed %v before the error, want [Partner A]", got)
	}
}
