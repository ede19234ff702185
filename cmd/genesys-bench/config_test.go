package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestWriteConfigSizesEveryResourceFromTheSpec(t *testing.T) {
	var b strings.Builder
	if err := writeConfig(&b, configSpec{roles: 30, oauthClients: 50, gauthSets: 3, url: "http://127.0.0.1:9", cloudBudget: -1}); err != nil {
		t.Fatal(err)
	}
	config := b.String()
	counts := map[string]string{}
	for _, m := range regexp.MustCompile(`resource "(\w+)" "bench" \{\n  count\s+= (\d+)`).FindAllStringSubmatch(config, -1) {
		counts[m[1]] = m[2]
	}
	want := map[string]string{
		"genesys_cloud_role": "30", "genesys_cloud_oauth_client": "30", // one client per role at most
		"genesys_gauth_environment": "3", "genesys_gauth_contact_center": "3",
		"genesys_gauth_data_center": "3", "genesys_gauth_cors_origins": "3",
	}
	for typ, n := range want {
		if counts[typ] != n {
			t.Errorf("count of %s = %q, want %s", typ, counts[typ], n)
		}
	}
	if !strings.Contains(config, `api_url       = "http://127.0.0.1:9"`) || strings.Contains(config, "max_requests_per_minute") {
		t.Errorf("provider block: want the emulator URL and the default budget:\n%s", config)
	}
}

func TestWriteConfigSetsTheCloudBudgetWhenGiven(t *testing.T) {
	var b strings.Builder
	if err := writeConfig(&b, configSpec{roles: 1, cloudBudget: 0}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "max_requests_per_minute = 0") {
		t.Errorf("budget 0 not in the configuration:\n%s", b.String())
	}
}
