package provider

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestRequestBudgetSettings(t *testing.T) {
	cases := []struct {
		name       string
		configured types.Int64
		cloud      int
		gauth      int
	}{
		{"not set: the API's limit for Genesys Cloud, none for GAuth", types.Int64Null(), 300, 0},
		{"zero turns the budget off", types.Int64Value(0), 0, 0},
		{"a budget of the user's", types.Int64Value(120), 120, 120},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := resolveCloud(&cloudConfigModel{MaxRequests: c.configured}).maxRequestsPerMinute; got != c.cloud {
				t.Errorf("cloud: %d requests per minute, want %d", got, c.cloud)
			}
			if got := resolveGAuth(&gauthConfigModel{MaxRequests: c.configured}).maxRequestsPerMinute; got != c.gauth {
				t.Errorf("gauth: %d requests per minute, want %d", got, c.gauth)
			}
		})
	}
	if why := resolveCloud(&cloudConfigModel{MaxRequests: types.Int64Unknown()}).unavailable; !strings.Contains(why, "cloud.max_requests_per_minute") {
		t.Errorf("an unknown budget: unavailable = %q, want it named", why)
	}
}

func TestAccProvider_requestBudgetMustNotBeNegative(t *testing.T) {
	t.Parallel()
	env := newTestEnv(t, emulator.Options{})
	role := `
resource "genesys_cloud_role" "test" {
  name = "Budget"
}
`
	testPlanErrors(t, env, []planErrorCase{
		{config: strings.Replace(env.providerConfig(), "  cloud {", "  cloud {\n    max_requests_per_minute = -1", 1) + role,
			want: errorText("must be at least 0")},
		{config: strings.Replace(env.providerConfig(), "  gauth {", "  gauth {\n    max_requests_per_minute = -5", 1) + role,
			want: errorText("must be at least 0")},
	})
}
