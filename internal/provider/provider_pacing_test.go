package provider

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
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
	env := acctest.NewEnv(t, emulator.Options{})
	role := roleBlock("Budget")
	acctest.CheckPlanErrors(t, env, []acctest.PlanErrorCase{
		{Config: strings.Replace(env.ProviderConfig(), "  cloud {", "  cloud {\n    max_requests_per_minute = -1", 1) + role,
			Want: acctest.ErrorText("must be at least 0")},
		{Config: strings.Replace(env.ProviderConfig(), "  gauth {", "  gauth {\n    max_requests_per_minute = -5", 1) + role,
			Want: acctest.ErrorText("must be at least 0")},
	})
}

func TestMaxTokensSettings(t *testing.T) {
	t.Setenv(envCloudMaxTokens, "")
	if got := resolveCloud(&cloudConfigModel{}).maxTokens; got != defaultCloudMaxTokens {
		t.Errorf("not set: %d tokens, want the default %d", got, defaultCloudMaxTokens)
	}
	t.Setenv(envCloudMaxTokens, "2")
	if got := resolveCloud(&cloudConfigModel{}).maxTokens; got != 2 {
		t.Errorf("from the environment: %d tokens, want 2", got)
	}
	if got := resolveCloud(&cloudConfigModel{MaxTokens: types.Int64Value(1)}).maxTokens; got != 1 {
		t.Errorf("configured 1 over the environment's 2: %d tokens, want 1", got)
	}
	for _, bad := range []string{"0", "many"} {
		t.Setenv(envCloudMaxTokens, bad)
		if why := resolveCloud(&cloudConfigModel{}).unavailable; !strings.Contains(why, envCloudMaxTokens) {
			t.Errorf("%s=%q: unavailable = %q, want the variable named", envCloudMaxTokens, bad, why)
		}
	}
	t.Setenv(envCloudMaxTokens, "")
	if why := resolveCloud(&cloudConfigModel{MaxTokens: types.Int64Unknown()}).unavailable; !strings.Contains(why, "cloud.max_tokens") {
		t.Errorf("unknown max_tokens: unavailable = %q, want it named", why)
	}
}
