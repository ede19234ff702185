package main

import "testing"

func TestGAuthUndocumentedFlags(t *testing.T) {
	if strict := parsedOptions(t); strict.MergeEnvironmentPut || strict.UndocumentedRoutesMissing {
		t.Errorf("defaults = %+v, want a replacing environment PUT and the DELETE routes served", strict)
	}
	if set := parsedOptions(t, "-gauth-merge-environment-put", "-gauth-undocumented-routes-missing"); !set.MergeEnvironmentPut || !set.UndocumentedRoutesMissing {
		t.Errorf("flags set = %+v, want both options on", set)
	}
}
