package emulator

import (
	"encoding/json"
	"net/http"
)

// adminPrefix is where the admin interface lives; users script against these paths.
const adminPrefix = "/__emulator/"

func (s *Server) routeAdmin() {
	s.handle("GET "+adminPrefix+"stats", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.Stats())
	})
	s.handle("POST "+adminPrefix+"reset", func(w http.ResponseWriter, _ *http.Request) {
		s.Reset()
		w.WriteHeader(http.StatusNoContent)
	})
	s.handle("GET "+adminPrefix+"objects", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, s.Objects())
	})
}

// Objects is a dump of every stored object by kind, for tests that look for duplicates or leftovers.
// Seeded objects are included; secrets are not.
type Objects map[string][]any

// Objects returns a dump of every stored object.
func (s *Server) Objects() Objects {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := Objects{}
	s.cloud.dump(out)
	s.gauth.dump(out)
	return out
}

// writeJSON writes v as a JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
