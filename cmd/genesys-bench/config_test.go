package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestWriteConfigSizesEveryResourceFromTheSpec(t *testing.T) {
	var b strings.Builder
	spec := configSpec{roles: 30, oauthClients: 50, gauthSets: 3, url: "http://127.0.0.1:9", cloudBudget: -1}
	if err := writeConfig(&b, spec); err != nil {
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
	if spec.resources() != 30+30+4*3 {
		t.Errorf("resources() = %d, want 72", spec.resources())
	}
	if !strings.Contains(config, `api_url       = "http://127.0.0.1:9"`) ||
		strings.Contains(config, "max_requests_per_minute") || strings.Contains(config, "max_tokens") {
		t.Errorf("provider block: want the emulator URL and the provider's default throughput settings:\n%s", config)
	}
}

func TestWriteConfigSetsTheThroughputSettingsWhenGiven(t *testing.T) {
	for _, c := range []struct {
		spec configSpec
		want []string
	}{
		{configSpec{roles: 1, cloudBudget: 0}, []string{"max_requests_per_minute = 0\n"}},
		{configSpec{roles: 1, cloudBudget: -1, maxTokens: 1}, []string{"max_tokens              = 1\n"}},
		{configSpec{roles: 1, cloudBudget: 300, maxTokens: 5}, []string{"max_requests_per_minute = 300\n", "max_tokens              = 5\n"}},
	} {
		var b strings.Builder
		if err := writeConfig(&b, c.spec); err != nil {
			t.Fatal(err)
		}
		cloud, _, _ := strings.Cut(b.String(), "gauth {")
		for _, w := range c.want {
			if !strings.Contains(cloud, w) {
				t.Errorf("%+v: %q not in the cloud block:\n%s", c.spec, w, cloud)
			}
		}
	}
}
