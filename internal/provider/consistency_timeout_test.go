package provider

import (
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

func TestResolveCloudConsistencyTimeout(t *testing.T) {
	base := func(timeout types.String) *cloudConfigModel {
		return &cloudConfigModel{APIURL: types.StringValue("https://api.example.com"), ClientID: types.StringValue("id"),
			ClientSecret: types.StringValue("secret"), ConsistencyTimeout: timeout}
	}
	t.Setenv(envCloudConsistencyTimeout, "")
	if got := resolveCloud(base(types.StringNull())); got.consistencyTimeout != 5*time.Minute {
		t.Errorf("default = %v, want 5m", got.consistencyTimeout)
	}
	if got := resolveCloud(base(types.StringValue("90s"))); got.consistencyTimeout != 90*time.Second {
		t.Errorf("configured 90s = %v", got.consistencyTimeout)
	}
	t.Setenv(envCloudConsistencyTimeout, "0s")
	if got := resolveCloud(base(types.StringNull())); got.consistencyTimeout != 0 || got.unavailable != "" {
		t.Errorf("from the environment 0s = %v (%s)", got.consistencyTimeout, got.unavailable)
	}
	t.Setenv(envCloudConsistencyTimeout, "soon")
	if got := resolveCloud(base(types.StringNull())); !strings.Contains(got.unavailable, envCloudConsistencyTimeout) {
		t.Errorf("a bad environment value: unavailable = %q, want it named", got.unavailable)
	}
}

// Once the object has shown after its create, a later 404 means it was deleted: the next read
