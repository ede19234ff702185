package emulator

import "sort"

// IssuedCloudTokens returns the Genesys Cloud access tokens issued to the OAuth client with that
// id, in no particular order.
//
// It is for tests that must show a token is stored nowhere (a plan, a state): only the values the
// emulator issued can be searched for. It is not served over HTTP: only code holding the *Server,
// such as an in-process test, can call it.
func (s *Server) IssuedCloudTokens(clientID string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for value, t := range s.tokens.byValue {
		if t.product == productCloud && t.clientID == clientID {
			out = append(out, value)
		}
	}
	sort.Strings(out)
	return out
}
