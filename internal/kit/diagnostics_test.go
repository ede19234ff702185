package kit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

func TestAPIErrorDetail(t *testing.T) {
	wrap := func(e *transport.APIError) error { return fmt.Errorf("creating: %w", e) }
	cases := []struct {
		name, permission string
		err              error
		want             []string
	}{
		{"cloud permission", "authorization:role:add",
			wrap(&transport.APIError{Method: "POST", Path: "/api/v2/authorization/roles", StatusCode: 403, Code: "missing.permissions", Message: "no", CorrelationID: "c-1"}),
			[]string{"POST /api/v2/authorization/roles answered HTTP 403 (code missing.permissions): no.", "Correlation id: c-1", "grant it a role with authorization:role:add"}},
		{"cloud credentials", "",
			wrap(&transport.APIError{Method: "GET", Path: "/api/v2/oauth/clients/x", StatusCode: 401}),
			[]string{"cloud block's client_id and client_secret"}},
		{"gauth credentials", "",
			wrap(&transport.APIError{Method: "GET", Path: "/auth/v3/ops/clients/x", StatusCode: 401, Code: "20"}),
			[]string{"(code 20)", "ops_username and ops_password"}},
		{"gauth authority", "",
			wrap(&transport.APIError{Method: "GET", Path: "/environment/v3/environments", StatusCode: 403, Code: "5"}),
			[]string{"ROLE_INTERNAL_CLIENT"}},
		{"rate limit", "",
			wrap(&transport.APIError{Method: "GET", Path: "/api/v2/authorization/roles", StatusCode: 429}),
			[]string{"rate limit was still exhausted"}},
		{"interrupted", "", fmt.Errorf("GET x: %w", context.Canceled),
			[]string{"interrupted before the API answered"}},
		{"other", "", errors.New("dial tcp: refused"), []string{"Could not do it.\n\ndial tcp: refused"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := apiErrorDetail("do it", c.permission, c.err)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("detail %q lacks %q", got, w)
				}
			}
		})
	}
}

func TestErrorSummaryNamesTheOperation(t *testing.T) {
	for what, want := range map[string]string{
		`create role "Partner"`:                                        "Error Creating Role",
		"read OAuth client 0b6c1a9e-2f4d":                              "Error Reading OAuth Client",
		`find the built-in role "employee"`:                            "Error Finding Built-in Role",
		"read the settings of contact center 5f1e":                     "Error Reading Settings of Contact Center",
		`delete API client "external_api_client"`:                      "Error Deleting API Client",
		"list OAuth clients named \"Partner\"":                         "Error Listing OAuth Clients",
		"find the home division for roles without division_id":         "Error Finding Home Division",
		`look up the role whose name is "Partner" to import it`:        "Error Looking Up Role",
		"delete the CORS origins of contact center 5f1e":               "Error Deleting CORS Origins of Contact Center",
		"check that API client \"x\" is gone after GAuth answered 404": "Genesys API Error",
		"":                  "Genesys API Error",
		"frobnicate role x": "Genesys API Error",
	} {
		if got := errorSummary(what); got != want {
			t.Errorf("errorSummary(%q) = %q, want %q", what, got, want)
		}
	}
}
