package main

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"testing"
)

// bearer returns a token of the default bootstrap client.
func bearer(t *testing.T, base string) string {
	t.Helper()
	var tok struct {
		AccessToken string `json:"access_token"`
	}
	getJSON(t, tokenRequest(t, base, "emulator-client", "emulator-secret"), &tok)
	return tok.AccessToken
}

func getJSON(t *testing.T, req *http.Request, v any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s %s: %d", req.Method, req.URL.Path, resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// -permissions-file serves an org's own catalogue, exported as GET /api/v2/authorization/permissions answered it.
func TestRunLoadsAPermissionsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "permissions.json")
	export := `{"entities":[{"id":"acme","name":"acme","domain":"acme","permissionMap":{"widget":[` +
		`{"domain":"acme","entityType":"widget","action":"view","label":"View","allowsConditions":false,"divisionAware":false}]}}],` +
		`"pageSize":25,"pageNumber":1,"total":1,"pageCount":1}`
	if err := os.WriteFile(path, []byte(export), 0o600); err != nil {
		t.Fatal(err)
	}
	s := start(t, "-permissions-file", path)
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, s.url+"/api/v2/authorization/permissions", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+bearer(t, s.url))
	var l struct {
		Entities []struct {
			Domain string `json:"domain"`
		} `json:"entities"`
	}
	getJSON(t, req, &l)
	if len(l.Entities) != 1 || l.Entities[0].Domain != "acme" {
		t.Fatalf("catalogue = %+v, want only the file's acme domain", l.Entities)
	}

	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"total": 0}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"-permissions-file", bad}, {"-permissions-file", filepath.Join(t.TempDir(), "missing.json")}} {
		if err := run(t.Context(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("run %v succeeded, want an error", args)
		}
	}
}

// Each real-org rule on role policies has a flag that turns it off.
func TestParseFlagsTurnsPolicyRulesOff(t *testing.T) {
	o := parsedOptions(t, "-keep-wildcard-policies", "-keep-uncatalogued-policies", "-allow-conditions-anywhere", "-allow-default-role-rename")
	if !o.KeepWildcardPolicies || !o.KeepUncataloguedPolicies || !o.AllowConditionsAnywhere || !o.AllowDefaultRoleRename {
		t.Fatalf("options = %+v, want every rule off", o)
	}
	if o := parsedOptions(t); o.KeepWildcardPolicies || o.KeepUncataloguedPolicies || o.AllowConditionsAnywhere || o.AllowDefaultRoleRename || o.PermissionCatalogue != nil {
		t.Fatalf("default options = %+v, want every rule on and the seeded catalogue", o)
	}
}
