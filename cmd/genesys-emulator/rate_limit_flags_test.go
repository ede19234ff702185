package main

import (
	"io"
	"testing"
)

func TestRateLimitPerClientFlag(t *testing.T) {
	c, err := parseFlags(nil, io.Discard)
	if err != nil || c.opts.RateLimitPerClient {
		t.Fatalf("default: per client %v (%v), want per token as real orgs", c.opts.RateLimitPerClient, err)
	}
	c, err = parseFlags([]string{"-rate-limit", "300", "-rate-limit-per-client"}, io.Discard)
	if err != nil || !c.opts.RateLimitPerClient || c.opts.RateLimit != 300 {
		t.Fatalf("-rate-limit 300 -rate-limit-per-client: %+v (%v)", c.opts, err)
	}
}
