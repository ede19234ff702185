package provider

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/contracttest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// seedPermissions are the permissions the seeds use that no public API operation requires, so the
// public list lacks them (seed 000's role: wfm:schedule:administer, wfm:activityCode:administer).
var seedPermissions = []string{"wfm:schedule:administer", "wfm:activityCode:administer"}

// realPermissionNames is the list of the permissions public API operations require plus the
// seeds' own, or nil when the list is not there.
func realPermissionNames(t *testing.T) []string {
	t.Helper()
	names, path := contracttest.PermissionNames(t)
	if names == nil {
		t.Logf("no permissions list at %s (set GENESYS_PERMISSIONS_LIST): using the seeded catalogue", path)
		return nil
	}
	return append(slices.Clone(seedPermissions), names...)
}

// realCatalogue converts the real permission names, at test time, into what GET
// /api/v2/authorization/permissions answers, and loads it the way -permissions-file does. The list
// does not say which permissions accept conditions: those the seeded catalogue marks so keep it.
// It returns nil (the seeded catalogue) when the list is not there.
func realCatalogue(t *testing.T) *emulator.PermissionCatalogue {
	t.Helper()
	names := realPermissionNames(t)
	if names == nil {
		return nil
	}
	seeded, err := acctest.NewEnv(t, emulator.Options{}).Cloud.PermissionCatalogue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	byDomain := map[string]map[string][]map[string]any{}
	for _, n := range names {
		parts := strings.Split(n, ":")
		if len(parts) != 3 {
			t.Fatalf("not domain:entity:action: %q", n)
		}
		seededPerm, _ := seeded.Lookup(parts[0], parts[1], parts[2])
		if byDomain[parts[0]] == nil {
			byDomain[parts[0]] = map[string][]map[string]any{}
		}
		byDomain[parts[0]][parts[1]] = append(byDomain[parts[0]][parts[1]], map[string]any{
			"domain": parts[0], "entityType": parts[1], "action": parts[2], "label": parts[2],
			"allowsConditions": seededPerm.AllowsConditions, "divisionAware": seededPerm.DivisionAware,
		})
	}
	var entities []map[string]any
	for d, perms := range byDomain {
		entities = append(entities, map[string]any{"id": d, "name": d, "domain": d, "permissionMap": perms})
	}
	answer, err := json.Marshal(map[string]any{"entities": entities, "pageSize": len(entities), "pageNumber": 1,
		"total": len(entities), "pageCount": 1})
	if err != nil {
		t.Fatal(err)
	}
	pc, err := emulator.ParsePermissionCatalogue(answer)
	if err != nil {
		t.Fatal(err)
	}
	return pc
}

// policyInHCL finds the permission policies written out in a configuration.
var policyInHCL = regexp.MustCompile(`domain\s*=\s*"([^"]+)"\s*,?\s*entity_name\s*=\s*"([^"]+)"\s*,?\s*action_set\s*=\s*\[([^\]]*)\]`)

// Every permission policy in examples/ and demo/main.tf names real permissions: permissions public
// API operations require, or the seeds' own. TestAccExamples applies the examples against that
// catalogue too; the demo is applied by make demo, so this test reads it.
func TestExamplesUseRealPermissions(t *testing.T) {
	names := realPermissionNames(t)
	if names == nil {
		t.Skip("no permissions list")
	}
	files := []string{"../../demo/main.tf"}
	err := filepath.WalkDir(examplesDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".tf" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, f := range files {
		src, err := os.ReadFile(f) //nolint:gosec // files of the repository
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range policyInHCL.FindAllStringSubmatch(string(src), -1) {
			for _, action := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(m[3], -1) {
				found++
				if name := m[1] + ":" + m[2] + ":" + action[1]; !slices.Contains(names, name) {
					t.Errorf("%s grants %s, which is not a real permission", f, name)
				}
			}
		}
	}
	if found < 10 {
		t.Fatalf("found %d permissions in %d files; the pattern no longer matches how the examples write policies", found, len(files))
	}
}
