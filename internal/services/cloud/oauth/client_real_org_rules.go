package oauth

// The real-org rules (REAL-ORG-BEHAVIOUR R6-R8) each resource page states, kept apart from the
// schemas so the page text of one rule is in one place.

// oauthClientRealOrgRules is the part of the genesys_cloud_oauth_client page on how real orgs
// treat OAuth clients and their credentials.
const oauthClientRealOrgRules = "**Rules of a real org** (the bundled emulator enforces them too):\n\n" +
	"- `authorized_grant_type` is spelled with hyphens (`CLIENT-CREDENTIALS`, `SAML2-BEARER`); the API refuses " +
	"the old `CLIENT_CREDENTIALS` and `SAML2BEARER` rather than converting them.\n" +
	"- `access_token_validity_seconds` is 300 to 172800; only a SCIM (Identity Management) client, which uses " +
	"`CLIENT-CREDENTIALS`, may go up to 38880000 (450 days). Whether a client counts as a SCIM client is the API's " +
	"decision (the emulator: a client whose roles may add, edit and delete users).\n" +
	"- `state` is set to `active` or `inactive` only. `disabled` is set by Genesys support; Terraform then shows it " +
	"and leaves it, with a warning, instead of planning a change the API would not make.\n" +
	"- The client's id and secret authenticate at `/oauth/token` as `curl -u` and the Genesys SDKs send them: raw " +
	"in the HTTP Basic header, not URL-encoded.\n" +
	"- The token endpoint has a rate limit of its own, answered with `400 invalid_request` \"rate limit exceeded\"; " +
	"the provider waits it out for up to a minute. API calls are paced by `max_requests_per_minute` and the " +
	"`Retry-After` of a `429`: real orgs no longer send `inin-ratelimit-*` headers."
