package emulator

import "slices"

// gauthAddedGrantTypes are the grants GAuth adds to every API client it creates: the documented
// create answer lists them although the request sent four others (seed 001, REAL-ORG-BEHAVIOUR R8).
//
//nolint:gosec // G101: OAuth grant type URNs, not credentials.
var gauthAddedGrantTypes = []string{
	"urn:ietf:params:oauth:grant-type:token-exchange",
	"urn:ietf:params:oauth:grant-type:jwt-bearer",
}

// withAddedGrantTypes returns the grant types a new client is stored with: the ones sent, then
// the added ones it lacks. Whether an update adds them again is not documented [I: it does not].
func withAddedGrantTypes(sent []string) []string {
	out := slices.Clone(sent)
	for _, g := range gauthAddedGrantTypes {
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}
