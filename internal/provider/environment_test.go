package provider

import "testing"

// cloudVariables are the environment variables the provider reads Genesys Cloud settings from.
var cloudVariables = []string{envCloudRegion, envCloudClientID, envCloudClientSecret, envCloudAccessToken,
	envCloudAPIURL, envCloudLoginURL, envCloudConsistencyTimeout, envCloudMaxTokens}

// setCloudEnvironment clears every Genesys Cloud variable for the rest of the test, then sets
// those of vars: a test of where the settings come from must see only the variables it names, not
// a developer's own.
func setCloudEnvironment(t *testing.T, vars map[string]string) {
	t.Helper()
	for _, name := range cloudVariables {
		t.Setenv(name, vars[name])
	}
}
