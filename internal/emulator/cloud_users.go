package emulator

import (
	"cmp"
	"net/http"
	"slices"
	"strings"
	"time"
)

// The users side of Genesys Cloud that running Terraform with a user's token needs
// (REAL-ORG-BEHAVIOUR R1): who the user is, and which roles the user holds. The emulated
// organization has one user, an administrator, whose token the admin interface hands out.

// Seeded user ids.
const (
	// CloudAdminUserID is the seeded administrator, holding Master Admin and Employee.
	CloudAdminUserID = "b0000000-0000-4000-8000-000000000001"

	// BuiltinClientOrganizationID is the organization /api/v2/tokens/me reports for the OAuth
	// client of a user token: Genesys Cloud's own login apps belong to "purecloud-builtin", which
	// is how the official provider tells a user's token from a client-credentials one.
	BuiltinClientOrganizationID = "purecloud-builtin"
)

// userLoginClient is the OAuth client user tokens name in /api/v2/tokens/me (its id and name are
// ours; real ones are Genesys Cloud's login apps).
var userLoginClient = tokenInfoOwner{
	ID: "e0000000-0000-4000-8000-00000000b111", Name: "Emulator user login",
	Organization: entityRef{ID: BuiltinClientOrganizationID},
}

// user is a User as GET /api/v2/users/me shows it, with the roles granted to it.
type user struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Email    string    `json:"email"`
	Username string    `json:"username"`
	State    string    `json:"state"`
	Division entityRef `json:"division"`
	Version  int       `json:"version"`
	SelfURI  string    `json:"selfUri"`

	// roleIDs are the roles granted to the user, each in the home division (PUT /users/{id}/roles
	// names no division; ours).
	roleIDs []string
	// lapsed are the roles the user held when they were deleted: the user's role reads show them
	// until the delete settles.
	lapsed []string
}

// userMe is a UserMe: the user, with what expand= asks for.
type userMe struct {
	user
	Organization  *organization      `json:"organization,omitempty"`
	Authorization *userAuthorization `json:"authorization,omitempty"`
}

// userAuthorization is a UserAuthorization: the user's roles and what they grant.
type userAuthorization struct {
	Roles              []entityRef        `json:"roles"`
	UnusedRoles        []entityRef        `json:"unusedRoles"`
	Permissions        []string           `json:"permissions"`
	PermissionPolicies []permissionPolicy `json:"permissionPolicies"`
}

func seedUser() user {
	return user{
		ID: CloudAdminUserID, Name: "Emulator Admin", Email: "admin@emulated-org.example",
		Username: "admin@emulated-org.example", State: "active",
		Division: entityRef{ID: CloudHomeDivisionID, Name: "Home", SelfURI: "/api/v2/authorization/divisions/" + CloudHomeDivisionID},
		Version:  1, SelfURI: userURI(CloudAdminUserID),
		roleIDs: []string{CloudMasterAdminRoleID, CloudEmployeeRoleID},
	}
}

func userURI(id string) string { return "/api/v2/users/" + id }

// sortedUsers returns copies of the users by name, then id.
func (c *cloudState) sortedUsers() []user {
	return sortedCopies(c.users, func(a, b user) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
}

// userDump is a user as the admin dump shows it: with its role ids, which tests read to check grants.
type userDump struct {
	user
	RoleIDs []string `json:"roleIds"`
}

// authorization is the user's UserAuthorization.
func (c *cloudState) authorization(u *user) userAuthorization {
	a := userAuthorization{Roles: []entityRef{}, UnusedRoles: []entityRef{}, Permissions: []string{}, PermissionPolicies: []permissionPolicy{}}
	for _, id := range slices.Concat(u.roleIDs, u.lapsed) {
		r, ok := c.roleToRead(id)
		if !ok {
			continue
		}
		a.Roles = append(a.Roles, entityRef{ID: r.ID, Name: r.Name, SelfURI: roleURI(r.ID)})
		for _, p := range r.Permissions {
			if !slices.Contains(a.Permissions, p) {
				a.Permissions = append(a.Permissions, p)
			}
		}
		a.PermissionPolicies = append(a.PermissionPolicies, r.PermissionPolicies...)
	}
	return a
}

// GET /api/v2/users/me: the user of a user token; expand=organization,authorization adds those
// parts, as the seed 000 on-boarding flow asks. A client-credentials token has no user.
func (s *Server) getUserMe(c *cloudCall) (int, any) {
	u := s.cloud.users[c.token.userID]
	if u == nil {
		// Ours: the real text for a client-credentials caller is not public.
		return newCloudError(http.StatusBadRequest, "bad.request",
			"This request requires a user context. Client credentials cannot be used for requests to this resource.").reply()
	}
	me := userMe{user: *u}
	for _, part := range c.r.URL.Query()["expand"] {
		for _, p := range strings.Split(part, ",") {
			switch p {
			case "organization":
				org := emulatedOrganization()
				me.Organization = &org
			case "authorization":
				a := s.cloud.authorization(u)
				me.Authorization = &a
			}
		}
	}
	return http.StatusOK, me
}

// GET /api/v2/users/{subjectId}/roles: the user's roles and the permissions they grant.
func (s *Server) getUserRoles(c *cloudCall) (int, any) {
	u := s.cloud.users[c.r.PathValue("subjectId")]
	if u == nil {
		return errNotFound().reply()
	}
	return http.StatusOK, s.cloud.authorization(u)
}

// PUT /api/v2/users/{subjectId}/roles: sets the user's roles to the listed role ids (a full
// replace, which is why callers send the roles the user has plus the new ones). Unlike an OAuth
// client grant, the caller need not hold the roles: the official provider relies on a Master Admin
// user granting itself roles it has just created.
func (s *Server) putUserRoles(c *cloudCall) (int, any) {
	u := s.cloud.users[c.r.PathValue("subjectId")]
	var ids []string
	if e := c.decodeBodyOf(u != nil, &ids); e != nil {
		return e.reply()
	}
	roleIDs := []string{}
	for _, id := range ids {
		if !s.cloud.grantable(id) { // a role created a moment ago cannot be granted yet (R4)
			return errBadRequest("Role [" + id + "] does not exist.").reply()
		}
		if !slices.Contains(roleIDs, id) {
			roleIDs = append(roleIDs, id)
		}
	}
	u.roleIDs, u.lapsed = roleIDs, nil
	u.Version++
	return http.StatusOK, s.cloud.authorization(u)
}

// revokeUserRole drops a deleted role from every user. The user's role reads lag behind like the
// role's own GET: until the delete settles GET /api/v2/users/{id}/roles still lists the role, while
// a PUT naming it is refused as for any role that does not exist [I]. So a client that PUTs back
// the list it just read can be refused for a role it never meant to touch.
func (c *cloudState) revokeUserRole(roleID string) {
	for _, u := range c.users {
		if slices.Contains(u.roleIDs, roleID) {
			u.roleIDs = slices.DeleteFunc(slices.Clone(u.roleIDs), func(id string) bool { return id == roleID })
			u.lapsed = slices.DeleteFunc(append(u.lapsed, roleID), func(id string) bool { _, ok := c.roleToRead(id); return !ok })
		}
	}
}

// UserToken issues an access token of the seeded administrator, as a login would (ours).
func (s *Server) UserToken() (string, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.issueUserToken("")
	return t.value, s.opts.TokenTTL
}

// issueUserToken issues a token of the seeded user, with the given value or a random one. The
// caller holds mu or has exclusive access.
func (s *Server) issueUserToken(value string) *token {
	t := s.tokens.issue(productCloud, userLoginClient.ID, s.opts.Now(), s.opts.TokenTTL)
	t.userID = CloudAdminUserID
	if value != "" {
		delete(s.tokens.byValue, t.value)
		t.value = value
		s.tokens.byValue[value] = t
	}
	return t
}

// seedUserToken issues Options.CloudUserToken again after every seed.
func (s *Server) seedUserToken() {
	if s.opts.CloudUserToken != "" {
		s.issueUserToken(s.opts.CloudUserToken)
	}
}
