package emulator

// GAuthEnvironmentPassword returns the Configuration Server password stored for the environment
// with that id, and whether the environment exists.
//
// GAuth never echoes passwords, so no API call can show which password a client sent; this is the
// only way for a test to check that a client sent the right one, or none. It is not served over
// HTTP: only code holding the *Server, such as an in-process test, can call it.
func (s *Server) GAuthEnvironmentPassword(id string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.gauth.environments.get(id)
	if e == nil {
		return "", false
	}
	return e.password, true
}
