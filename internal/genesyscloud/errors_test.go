package genesyscloud

import (
	"net/http"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

func TestAPIErrorsCarryTheServiceDiagnosis(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
		want   transport.APIError
	}{
		{
			name:   "not found with contextId",
			status: http.StatusNotFound,
			body:   `{"message":"The requested resource was not found.","code":"not.found","status":404,"messageParams":{},"contextId":"ctx-1","details":[],"errors":[]}`,
			want:   transport.APIError{StatusCode: 404, Code: "not.found", Message: "The requested resource was not found.", CorrelationID: "ctx-1"},
		},
		{
			name:   "correlation id from the header when the body has none",
			status: http.StatusForbidden,
			body:   `{"message":"Unable to perform the requested action. You must have at least one of the following permissions assigned: [authorization:role:add]","code":"missing.permissions","status":403}`,
			want:   transport.APIError{StatusCode: 403, Code: "missing.permissions", Message: "Unable to perform the requested action. You must have at least one of the following permissions assigned: [authorization:role:add]", CorrelationID: "corr-header"},
		},
		{
			name:   "details and nested errors",
			status: http.StatusBadRequest,
			body:   `{"message":"Invalid role","code":"bad.request","contextId":"ctx-2","details":[{"errorCode":"invalid.value","fieldName":"permissionPolicies[0].actionSet"}],"errors":[{"message":"Unknown action [fly]","code":"invalid.value"}]}`,
			want:   transport.APIError{StatusCode: 400, Code: "bad.request", Message: "Invalid role; permissionPolicies[0].actionSet: invalid.value; Unknown action [fly]", CorrelationID: "ctx-2"},
		},
		{
			name:   "not an ErrorBody",
			status: http.StatusBadGateway,
			body:   `<html>Bad Gateway</html>`,
			want:   transport.APIError{StatusCode: 502, Message: "<html>Bad Gateway</html>", CorrelationID: "corr-header"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) { writeJSON(w, tc.status, tc.body) })

			_, err := c.GetDivision(t.Context(), "d1")

			apiErr, ok := transport.AsAPIError(err)
			if !ok {
				t.Fatalf("err = %v, want an APIError", err)
			}
			want := tc.want
			want.Method, want.Path = http.MethodGet, "/api/v2/authorization/divisions/d1"
			if *apiErr != want {
				t.Errorf("APIError\n got %+v\nwant %+v", *apiErr, want)
			}
			if IsNotFound(err) != (tc.status == http.StatusNotFound) {
				t.Errorf("IsNotFound = %v for status %d", IsNotFound(err), tc.status)
			}
		})
	}
}

func TestAPIErrorMessageNamesCallCodeAndCorrelation(t *testing.T) {
	c, _ := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) {
		writeJSON(w, http.StatusNotFound, `{"message":"The requested resource was not found.","code":"not.found","status":404,"contextId":"1234"}`)
	})

	_, err := c.GetRole(t.Context(), "x")

	want := "GET /api/v2/authorization/roles/x: 404 not.found: The requested resource was not found. (correlation id 1234)"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// A PUT of a user's roles (and an OAuth client's grants) is refused whole for a role the service
// does not know; RefusedRole says which.
func TestRefusedRoleNamesTheRoleARefusalIsAbout(t *testing.T) {
	cases := map[string]struct {
		status int
		body   string
		want   string
	}{
		"role":              {400, `{"message":"Role [r-1] does not exist.","code":"bad.request","status":400}`, "r-1"},
		"division":          {400, `{"message":"Division [d-1] does not exist.","code":"bad.request","status":400}`, ""},
		"other refusal":     {400, `{"message":"Invalid role","code":"bad.request","status":400}`, ""},
		"not a bad request": {404, `{"message":"Role [r-1] does not exist.","code":"not.found","status":404}`, ""},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			c, _ := newFakeAPI(t, func(w http.ResponseWriter, _ recordedRequest) { writeJSON(w, tc.status, tc.body) })
			_, err := c.SetUserRoles(t.Context(), "u-1", []string{"r-1"})
			got, ok := RefusedRole(err)
			if got != tc.want || ok != (tc.want != "") {
				t.Errorf("RefusedRole = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}
