package acctest

import (
	"slices"
	"strings"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestRandomNamesCarryThePrefix(t *testing.T) {
	a, b := RandomName("Partner Integration"), RandomName("Partner Integration")
	if a == b {
		t.Errorf("two random names are both %q", a)
	}
	for _, name := range []string{a, b} {
		if !IsTestName(name) || !strings.HasPrefix(name, NamePrefix+"Partner Integration-") {
			t.Errorf("%q does not start with %q", name, NamePrefix+"Partner Integration-")
		}
	}
	if loc := RandomLocation("USW1"); !strings.HasPrefix(loc, "/"+NamePrefix) || !IsTestLocation(loc) {
		t.Errorf("RandomLocation gave %q", loc)
	}
	for _, other := range []string{"Partner Integration", "/USW1", "external_api_client", "xtfacc-a"} {
		if IsTestName(other) || IsTestLocation(other) {
			t.Errorf("%q is taken for a test object: the sweepers would delete it", other)
		}
	}
}

func TestRandomUUIDIsAVersion4UUID(t *testing.T) {
	id := RandomUUID()
	if !UUIDPattern.MatchString(id) || id[14] != '4' || !strings.ContainsRune("89ab", rune(id[19])) {
		t.Errorf("RandomUUID gave %q", id)
	}
}

func TestSetOptionsNamesWhatATestChanged(t *testing.T) {
	if got := setOptions(emulator.Options{}); len(got) != 0 {
		t.Errorf("default options name %v", got)
	}
	got := setOptions(emulator.Options{AllowUnheldRoleGrants: true, CloudClientRoles: []string{"Employee"}})
	if len(got) != 2 || !slices.Contains(got, "CloudClientRoles") || !slices.Contains(got, "AllowUnheldRoleGrants") {
		t.Errorf("setOptions = %v", got)
	}
}
