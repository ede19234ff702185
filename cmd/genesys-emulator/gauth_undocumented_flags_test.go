package main

import (
	"io"
	"testing"
)

func TestGAuthUndocumentedFlags(t *testing.T) {
	strict, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if strict.opts.MergeEnvironmentPut || strict.opts.UndocumentedRoutesMissing {
		t.Errorf("defaults = %+v, want a replacing environment PUT and the DELETE routes served", strict.opts)
	}
	set, err := parseFlags([]string{"-gauth-merge-environment-put", "-gauth-undocumented-routes-missing"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !set.opts.MergeEnvironmentPut || !set.opts.UndocumentedRoutesMissing {
		t.Errorf("flags set = %+v, want both options on", set.opts)
	}
}
