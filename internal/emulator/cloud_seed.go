package emulator

// Seeded Genesys Cloud ids. They are constants so tests and templates can refer to them; every
// Reset brings the same objects back under the same ids.
const (
	CloudOrganizationID       = "0e000000-0000-4000-8000-000000000001"
	CloudHomeDivisionID       = "d1000000-0000-4000-8000-000000000001" // "Home", homeDivision true
	CloudOperationsDivisionID = "d1000000-0000-4000-8000-000000000002" // "Operations"

	// Built-in roles, each with its defaultRoleId in the comment. A new real org has these roles
	// (help.mypurecloud.com "Roles and permissions overview" and "Products, roles, and permissions
	// list"); the default role ids admin, employee (CONTRACT A.3) and trustedUser (the official
	// provider's acceptance test adopts "Trusted External User" by it) are public, the others follow
	// their pattern [ours]. The role ids are ours: a real org's are random UUIDs.
	CloudMasterAdminRoleID          = "a0000000-0000-4000-8000-000000000001" // admin
	CloudEmployeeRoleID             = "a0000000-0000-4000-8000-000000000002" // employee
	CloudUserRoleID                 = "a0000000-0000-4000-8000-000000000003" // user
	CloudSupervisorRoleID           = "a0000000-0000-4000-8000-000000000004" // supervisor
	CloudCommunicateUserRoleID      = "a0000000-0000-4000-8000-000000000005" // communicateUser
	CloudCommunicateAdminRoleID     = "a0000000-0000-4000-8000-000000000006" // communicateAdmin
	CloudQualityAdministratorRoleID = "a0000000-0000-4000-8000-000000000007" // qualityAdministrator
	CloudTrustedExternalUserRoleID  = "a0000000-0000-4000-8000-000000000008" // trustedUser
)

// cloudOrganizationName is the name /api/v2/organizations/me and /api/v2/tokens/me report.
const cloudOrganizationName = "Emulated Organization"

func seedDivisions() []division {
	divisions := []division{
		{ID: CloudHomeDivisionID, Name: "Home", Description: "The home division of the organization.", HomeDivision: true},
		{ID: CloudOperationsDivisionID, Name: "Operations", Description: "Contact-center operations."},
	}
	for i := range divisions {
		divisions[i].SelfURI = "/api/v2/authorization/divisions/" + divisions[i].ID
	}
	return divisions
}

// builtinRoles returns fresh copies of the built-in roles in their seeded definition; restoring a
// default role puts this definition back. Master Admin holds every domain of the catalogue. The
// policies go through the catalogue rules like any other role's: with R2 on, Master Admin's
// wildcards are stored expanded, and with an org's own catalogue loaded, a built-in policy that
// catalogue lacks is not stored (R3).
func (c *cloudState) builtinRoles() []role {
	var everything []permissionPolicy
	for _, col := range c.catalogue {
		everything = append(everything, policy(col.Domain, "*", "*"))
	}
	roles := []role{
		{ID: CloudMasterAdminRoleID, DefaultRoleID: "admin", Name: "Master Admin",
			Description: "Grants every permission in the organization.",
			Permissions: []string{"admin"}, PermissionPolicies: everything},
		{ID: CloudEmployeeRoleID, DefaultRoleID: "employee", Name: "Employee",
			Description: "Basic access given to every person in the organization.",
			PermissionPolicies: []permissionPolicy{
				policy("directory", "user", "view"),
				policy("directory", "group", "view"),
				policy("directory", "location", "view"),
				policy("authorization", "division", "view"),
			}},
		{ID: CloudUserRoleID, DefaultRoleID: "user", Name: "User",
			Description: "Handles interactions and sees their own statistics.",
			PermissionPolicies: []permissionPolicy{
				policy("conversation", "call", "add", "record"),
				policy("conversation", "communication", "view"),
				policy("analytics", "userObservation", "view"),
				policy("routing", "queue", "join"),
			}},
		{ID: CloudSupervisorRoleID, DefaultRoleID: "supervisor", Name: "Supervisor",
			Description: "Monitors queues and agents.",
			PermissionPolicies: []permissionPolicy{
				policy("analytics", "conversationDetail", "view"),
				policy("analytics", "conversationAggregate", "view"),
				policy("analytics", "queueObservation", "view"),
				policy("analytics", "userObservation", "view"),
				policy("conversation", "communication", "monitor", "view"),
				policy("routing", "queue", "view"),
				policy("wfm", "schedule", "view"),
			}},
		{ID: CloudCommunicateUserRoleID, DefaultRoleID: "communicateUser", Name: "Communicate - User",
			Description: "Places and receives calls.",
			PermissionPolicies: []permissionPolicy{
				policy("conversation", "call", "add"),
				policy("conversation", "communication", "view"),
				policy("directory", "user", "view"),
			}},
		{ID: CloudCommunicateAdminRoleID, DefaultRoleID: "communicateAdmin", Name: "Communicate - Admin",
			Description: "Administers telephony and locations.",
			PermissionPolicies: []permissionPolicy{
				policy("telephony", "plugin", "*"),
				policy("directory", "location", "add", "edit", "delete", "view"),
				policy("directory", "user", "view"),
			}},
		{ID: CloudQualityAdministratorRoleID, DefaultRoleID: "qualityAdministrator", Name: "Quality Administrator",
			Description: "Administers evaluation forms and evaluations.",
			PermissionPolicies: []permissionPolicy{
				policy("quality", "evaluation", "add", "edit", "delete", "view"),
				policy("quality", "evaluationForm", "add", "edit", "delete", "view"),
				policy("recording", "recording", "view"),
			}},
		{ID: CloudTrustedExternalUserRoleID, DefaultRoleID: "trustedUser", Name: "Trusted External User",
			Description: "Lets users of a trusted partner organization work in this one.",
			PermissionPolicies: []permissionPolicy{
				policy("authorization", "orgTrusteeGroup", "view"),
				policy("authorization", "orgTrusteeUser", "view"),
				policy("authorization", "orgTrustor", "view"),
			}},
	}
	for i := range roles {
		r := &roles[i]
		r.Default = true
		r.SelfURI = roleURI(r.ID)
		if r.Permissions == nil {
			r.Permissions = []string{}
		}
		r.PermissionPolicies, _ = c.storedPolicies(r.PermissionPolicies)
	}
	return roles
}

func policy(domain, entity string, actions ...string) permissionPolicy {
	return permissionPolicy{Domain: domain, EntityName: entity, ActionSet: actions}
}

// bootstrapClient is the CLIENT-CREDENTIALS OAuth client the command line configures; it holds
// Master Admin in the home division, so its tokens may call every endpoint.
func bootstrapClient(opts Options) oauthClient {
	now := stamp(opts.Now())
	return oauthClient{
		ID:                         opts.CloudClientID,
		Name:                       "Emulator bootstrap client",
		Description:                "Seeded by the emulator for the -cloud-client-id credentials.",
		AccessTokenValiditySeconds: defaultTokenValidity,
		RegisteredRedirectURI:      []string{},
		RoleIDs:                    []string{CloudMasterAdminRoleID},
		DateCreated:                now,
		DateModified:               now,
		AuthorizedGrantType:        grantClientCredentials,
		Scope:                      []string{},
		RoleDivisions:              []roleDivision{{RoleID: CloudMasterAdminRoleID, DivisionID: CloudHomeDivisionID}},
		State:                      clientActive,
		SelfURI:                    clientURI(opts.CloudClientID),
		secret:                     opts.CloudClientSecret,
	}
}
