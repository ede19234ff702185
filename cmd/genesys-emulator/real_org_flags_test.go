package main

import (
	"io"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestRealOrgFlags(t *testing.T) {
	if o := parsedOptions(t); o.RateLimitHeaders || o.AcceptUnderscoreGrantTypes || o.AcceptDisabledState ||
		o.LongTokenValidityForAll || o.AcceptURLEncodedCredentials || o.GAuthEchoGrantTypes ||
		o.TokenRateLimit != emulator.DefaultTokenRateLimit {
		t.Errorf("defaults = %+v, want every real-org rule on", o)
	}

	if o := parsedOptions(t, "-rate-limit-headers", "-token-rate-limit", "0", "-accept-underscore-grant-types",
		"-accept-disabled-state", "-long-token-validity", "-accept-url-encoded-credentials", "-gauth-echo-grant-types"); !o.RateLimitHeaders || !o.AcceptUnderscoreGrantTypes || !o.AcceptDisabledState ||
		!o.LongTokenValidityForAll || !o.AcceptURLEncodedCredentials || !o.GAuthEchoGrantTypes || o.TokenRateLimit >= 0 {
		t.Errorf("lenient = %+v, want every rule relaxed and the token limit off", o)
	}
	if c, err := parseFlags([]string{"-token-rate-limit", "12"}, io.Discard); err != nil || c.opts.TokenRateLimit != 12 {
		t.Errorf("-token-rate-limit 12: %v, %d", err, c.opts.TokenRateLimit)
	}
}
