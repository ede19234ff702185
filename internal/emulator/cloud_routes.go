package emulator

// routeCloud registers the Genesys Cloud token endpoint and every /api/v2 route (CONTRACT Part A).
func (s *Server) routeCloud() {
	s.handle("POST /oauth/token", s.cloudToken)
	for pattern, h := range map[string]cloudHandler{
		"GET /api/v2/authorization/roles":             s.listRoles,
		"POST /api/v2/authorization/roles":            s.createRole,
		"GET /api/v2/authorization/roles/{roleId}":    s.getRole,
		"PUT /api/v2/authorization/roles/{roleId}":    s.replaceRole,
		"PATCH /api/v2/authorization/roles/{roleId}":  s.patchRole,
		"DELETE /api/v2/authorization/roles/{roleId}": s.deleteRole,
		"POST /api/v2/authorization/roles/default":    s.restoreAllDefaultRoles,
		"PUT /api/v2/authorization/roles/default":     s.restoreDefaultRoles,

		"GET /api/v2/authorization/permissions":            s.listPermissions,
		"GET /api/v2/authorization/divisions":              s.listDivisions,
		"GET /api/v2/authorization/divisions/home":         s.getHomeDivision,
		"GET /api/v2/authorization/divisions/{divisionId}": s.getDivision,

		"GET /api/v2/oauth/clients":                    s.listClients,
		"POST /api/v2/oauth/clients":                   s.createClient,
		"GET /api/v2/oauth/clients/{clientId}":         s.getClient,
		"PUT /api/v2/oauth/clients/{clientId}":         s.replaceClient,
		"DELETE /api/v2/oauth/clients/{clientId}":      s.deleteClient,
		"POST /api/v2/oauth/clients/{clientId}/secret": s.resetClientSecret,

		"GET /api/v2/organizations/me":       s.getOrganization,
		"GET /api/v2/tokens/me":              s.getTokenInfo,
		"GET /api/v2/authorization/products": s.listProducts,

		"GET /api/v2/users/me":                s.getUserMe,
		"GET /api/v2/users/{subjectId}/roles": s.getUserRoles,
		"PUT /api/v2/users/{subjectId}/roles": s.putUserRoles,

		// Anything else under /api/v2 answers a JSON 404, never the mux's plain-text one.
		"/api/v2/": func(*cloudCall) (int, any) { return errNotFound().reply() },
	} {
		s.handle(pattern, s.cloudAPI(h))
	}
}
