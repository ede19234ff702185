package emulator

// GAuth routes and semantics no public source documents (REAL-ORG-BEHAVIOUR R8): the emulator
// takes the reading that breaks a careless client, and Options turn the other reading on.

// gauthEnvironmentDump is an environment in the object dump. GAuth never returns the password;
// passwordSet tells a test whether the environment still has one, that is whether GAuth could
// still connect to its Configuration Server (ours: the dump is the emulator's own).
type gauthEnvironmentDump struct {
	gauthEnvironment
	PasswordSet bool `json:"passwordSet"`
}

// gauthEnvironmentPutBase is what a PUT of an environment starts from. Whether GAuth merges the
// sent fields or replaces the environment with them is not published; by default the emulator
// replaces (ours), so a PUT that leaves out the password clears it, as the stricter reading would.
// MergeEnvironmentPut keeps the stored fields instead.
func (s *Server) gauthEnvironmentPutBase(e *gauthEnvironment) gauthEnvironment {
	if s.opts.MergeEnvironmentPut {
		return *e
	}
	return gauthEnvironment{ID: e.ID, created: e.created}
}

// gauthUndocumentedDelete serves a DELETE route no public source documents. With
// UndocumentedRoutesMissing it answers 404 and deletes nothing, as a GAuth version that does not
// serve the route might (ours: the body such a version sends is not known).
func (s *Server) gauthUndocumentedDelete(h func(gauthCall) gauthReply) func(gauthCall) gauthReply {
	return func(call gauthCall) gauthReply {
		if s.opts.UndocumentedRoutesMissing {
			return gauthFail(gauthCodeNotFound, "no route DELETE %s", call.r.URL.Path)
		}
		return h(call)
	}
}

// SetUndocumentedRoutesMissing switches Options.UndocumentedRoutesMissing on a running server, so
// that a test can make a delete fail and then let the clean-up succeed. It is not served over
// HTTP: only code holding the *Server, such as an in-process test, can call it.
func (s *Server) SetUndocumentedRoutesMissing(missing bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.opts.UndocumentedRoutesMissing = missing
}
