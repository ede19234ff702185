package emulator

// checkRename refuses a new name for a built-in role: "This cannot be modified for default roles"
// (REAL-ORG-BEHAVIOUR.md R5). The status, code and message are ours: no public source shows the
// API's answer. Options.AllowDefaultRoleRename turns the rule off.
func (s *Server) checkRename(r *role, name string) *errorBody {
	if !r.Default || name == r.Name || s.opts.AllowDefaultRoleRename {
		return nil
	}
	e := errBadRequest("The name of a default role cannot be changed.")
	e.Details = []errorDetail{{ErrorCode: "bad.request", FieldName: "name"}}
	return e
}
