package main

import (
	"flag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// addRealOrgFlags registers the flags of the real-org rules on rate limits, OAuth clients and
// credentials: by default the emulator behaves as a real org does, and each flag relaxes one rule.
func addRealOrgFlags(fs *flag.FlagSet, o *emulator.Options) {
	fs.BoolVar(&o.RateLimitHeaders, "rate-limit-headers", false,
		"send inin-ratelimit-* headers on every Genesys Cloud answer (real orgs stopped in 2021; only Retry-After on a 429 is left)")
	fs.IntVar(&o.TokenRateLimit, "token-rate-limit", emulator.DefaultTokenRateLimit,
		"token requests per minute per OAuth client at /oauth/token, answered beyond with 400 invalid_request \"rate limit exceeded\" (0 = no limit)")
	fs.BoolVar(&o.AcceptUnderscoreGrantTypes, "accept-underscore-grant-types", false,
		"store OAuth client grant types CLIENT_CREDENTIALS and SAML2BEARER hyphenated instead of refusing them")
	fs.BoolVar(&o.AcceptDisabledState, "accept-disabled-state", false,
		"let OAuth client requests set state \"disabled\" (on a real org only Genesys support sets it)")
	fs.BoolVar(&o.LongTokenValidityForAll, "long-token-validity", false,
		"allow accessTokenValiditySeconds up to 38880000 for every OAuth client, not only SCIM clients")
	fs.BoolVar(&o.AcceptURLEncodedCredentials, "accept-url-encoded-credentials", false,
		"also accept token-endpoint Basic credentials URL-encoded before Base64 (SDKs and curl -u send them raw)")
	fs.BoolVar(&o.GAuthEchoGrantTypes, "gauth-echo-grant-types", false,
		"store a new GAuth API client's grant types as sent, without the token-exchange and jwt-bearer grants GAuth adds")
}
