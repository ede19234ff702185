package emulator

// routeGAuth registers every GAuth route (CONTRACT.md Part B). The ops client paths take the ops
// Basic credentials only; the environment paths, data centers included, take those or a bearer token.
func (s *Server) routeGAuth() {
	s.gauthRoute("POST /auth/v3/oauth/token", gauthAuthClient, s.gauthIssueToken)

	s.gauthRoute("POST /auth/v3/ops/clients", gauthAuthOps, s.gauthCreateClient)
	s.gauthRoute("GET /auth/v3/ops/clients", gauthAuthOps, gauthListRoute(s, gauthClients))
	s.gauthRoute("GET /auth/v3/ops/clients/{client_id}", gauthAuthOps, gauthGetRoute(s, gauthClients, "client_id"))
	s.gauthRoute("PUT /auth/v3/ops/clients/{client_id}", gauthAuthOps, s.gauthUpdateClient)
	s.gauthRoute("DELETE /auth/v3/ops/clients/{client_id}", gauthAuthOps, s.gauthDeleteClient)

	s.gauthRoute("POST /environment/v3/environments", gauthAuthEnvironment, s.gauthCreateEnvironment)
	s.gauthRoute("GET /environment/v3/environments", gauthAuthEnvironment, gauthListRoute(s, gauthEnvironments))
	s.gauthRoute("GET /environment/v3/environments/{id}", gauthAuthEnvironment, gauthGetRoute(s, gauthEnvironments, "id"))
	s.gauthRoute("PUT /environment/v3/environments/{id}", gauthAuthEnvironment, s.gauthUpdateEnvironment)
	s.gauthRoute("DELETE /environment/v3/environments/{id}", gauthAuthEnvironment, s.gauthUndocumentedDelete(s.gauthDeleteEnvironment))

	s.gauthRoute("POST /environment/v3/contact-centers", gauthAuthEnvironment, s.gauthCreateContactCenter)
	s.gauthRoute("GET /environment/v3/contact-centers", gauthAuthEnvironment, gauthListRoute(s, gauthContactCenters))
	s.gauthRoute("GET /environment/v3/contact-centers/{id}", gauthAuthEnvironment, gauthGetRoute(s, gauthContactCenters, "id"))
	s.gauthRoute("PUT /environment/v3/contact-centers/{id}", gauthAuthEnvironment, s.gauthUpdateContactCenter)
	s.gauthRoute("DELETE /environment/v3/contact-centers/{id}", gauthAuthEnvironment, s.gauthUndocumentedDelete(s.gauthDeleteContactCenter))

	s.gauthRoute("GET /environment/v3/contact-centers/{id}/settings", gauthAuthEnvironment, s.gauthListSettings)
	s.gauthRoute("POST /environment/v3/contact-centers/{id}/settings", gauthAuthEnvironment, s.gauthPostSetting)
	s.gauthRoute("GET /environment/v3/contact-centers/{id}/settings/{name}", gauthAuthEnvironment, s.gauthGetSetting)
	s.gauthRoute("PUT /environment/v3/contact-centers/{id}/settings/{name}", gauthAuthEnvironment, s.gauthUpdateSetting)
	s.gauthRoute("DELETE /environment/v3/contact-centers/{id}/settings/{name}", gauthAuthEnvironment, s.gauthUndocumentedDelete(s.gauthDeleteSetting))

	s.gauthRoute("POST /environment/v3/data-centers", gauthAuthEnvironment, s.gauthCreateDataCenter)
	s.gauthRoute("GET /environment/v3/data-centers", gauthAuthEnvironment, gauthListRoute(s, gauthDataCenters))
	s.gauthRoute("GET /environment/v3/data-centers/{id}", gauthAuthEnvironment, gauthGetRoute(s, gauthDataCenters, "id"))
	s.gauthRoute("PUT /environment/v3/data-centers/{id}", gauthAuthEnvironment, s.gauthUpdateDataCenter)
	s.gauthRoute("DELETE /environment/v3/data-centers/{id}", gauthAuthEnvironment, s.gauthUndocumentedDelete(s.gauthDeleteDataCenter))
}
