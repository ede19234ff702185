package gauth

// gauthClientRealOrgRules is the part of the genesys_gauth_client page on how a real GAuth treats
// API clients and their credentials.
const gauthClientRealOrgRules = "**Rules of a real GAuth** (the bundled emulator enforces them too):\n\n" +
	"- GAuth adds `urn:ietf:params:oauth:grant-type:token-exchange` and `urn:ietf:params:oauth:grant-type:jwt-bearer` " +
	"to the grant types of a client it creates. The state keeps them only where the configuration lists them, so " +
	"they cause no diff.\n" +
	"- The secret is used as `curl -u` sends it: raw in the HTTP Basic header. Any character works, `+ / = @ :` " +
	"included; a client that URL-encodes the secret first (as RFC 6749 suggests) is refused."
