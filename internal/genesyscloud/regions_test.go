package genesyscloud

import (
	"slices"
	"strings"
	"testing"
)

// publicRegions is CONTRACT.md A.0.
var publicRegions = map[string]string{
	"us-east-1":      "mypurecloud.com",
	"us-east-2":      "use2.us-gov-pure.cloud",
	"us-west-2":      "usw2.pure.cloud",
	"ca-central-1":   "cac1.pure.cloud",
	"sa-east-1":      "sae1.pure.cloud",
	"mx-central-1":   "mxc1.pure.cloud",
	"eu-west-1":      "mypurecloud.ie",
	"eu-west-2":      "euw2.pure.cloud",
	"eu-central-1":   "mypurecloud.de",
	"eu-central-2":   "euc2.pure.cloud",
	"me-central-1":   "mec1.pure.cloud",
	"ap-south-1":     "aps1.pure.cloud",
	"ap-southeast-1": "apse1.pure.cloud",
	"ap-southeast-2": "mypurecloud.com.au",
	"ap-northeast-1": "mypurecloud.jp",
	"ap-northeast-2": "apne2.pure.cloud",
	"ap-northeast-3": "apne3.pure.cloud",
	"eusc-de-east-1": "edee1.eusc-pure.cloud",
}

func TestResolveRegionKnowsEveryPublicRegion(t *testing.T) {
	if len(publicRegions) != 18 {
		t.Fatalf("test table has %d regions, want 18", len(publicRegions))
	}
	for name, domain := range publicRegions {
		for _, input := range []string{name, strings.ToUpper(name), " " + name + " ", domain, strings.ToUpper(domain)} {
			if got, ok := ResolveRegion(input); !ok || got != domain {
				t.Errorf("ResolveRegion(%q) = %q, %v; want %q", input, got, ok, domain)
			}
		}
	}
}

func TestResolveRegionRejectsUnknown(t *testing.T) {
	for _, input := range []string{"", "us-east-9", "example.com", "pure.cloud", "api.mypurecloud.com"} {
		if got, ok := ResolveRegion(input); ok {
			t.Errorf("ResolveRegion(%q) = %q, want not found", input, got)
		}
	}
}

func TestRegionsListsNamesSorted(t *testing.T) {
	got := Regions()
	var want []string
	for name := range publicRegions {
		want = append(want, name)
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Regions() = %v, want %v", got, want)
	}
}

func TestURLsForDomain(t *testing.T) {
	api, login := URLsForDomain("mypurecloud.de")
	if api != "https://api.mypurecloud.de" || login != "https://login.mypurecloud.de" {
		t.Errorf("URLsForDomain = %q, %q", api, login)
	}
}
