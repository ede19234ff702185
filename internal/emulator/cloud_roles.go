package emulator

import (
	"net/http"
	"slices"
	"strings"
	"time"
)

// role is a DomainOrganizationRole (CONTRACT A.3).
type role struct {
	ID                 string             `json:"id"`
	Name               string             `json:"name"`
	Description        string             `json:"description,omitempty"`
	DefaultRoleID      string             `json:"defaultRoleId,omitempty"`
	Permissions        []string           `json:"permissions"`
	PermissionPolicies []permissionPolicy `json:"permissionPolicies"`
	UserCount          *int               `json:"userCount,omitempty"`
	RoleNeedsUpdate    bool               `json:"roleNeedsUpdate"`
	Base               bool               `json:"base"`
	Default            bool               `json:"default"`
	SelfURI            string             `json:"selfUri"`

	created time.Time // when the API created it; zero for built-in roles
}

// roleInput is what POST and PUT set: DomainOrganizationRoleCreate / DomainOrganizationRoleUpdate.
// Server-owned fields sent back by clients (id, default, userCount, ...) are ignored.
type roleInput struct {
	Name               string             `json:"name"`
	Description        string             `json:"description"`
	Permissions        []string           `json:"permissions"`
	PermissionPolicies []permissionPolicy `json:"permissionPolicies"`
}

// rolePatch is a PATCH body: only the fields present change.
type rolePatch struct {
	Name               *string             `json:"name"`
	Description        *string             `json:"description"`
	Permissions        *[]string           `json:"permissions"`
	PermissionPolicies *[]permissionPolicy `json:"permissionPolicies"`
	RoleNeedsUpdate    *bool               `json:"roleNeedsUpdate"`
}

func roleURI(id string) string { return "/api/v2/authorization/roles/" + id }

// view is the role as an answer shows it; userCount, when asked for, is 0: the emulator does not
// count the grants of its one seeded user (ours).
func (r role) view(userCount bool) role {
	if userCount {
		r.UserCount = new(int)
	}
	return r
}

// grants reports whether the role holds a permission, by name or through a policy.
func (r role) grants(permission string) bool {
	return slices.Contains(r.Permissions, permission) ||
		slices.ContainsFunc(r.PermissionPolicies, func(p permissionPolicy) bool { return p.grants(permission) })
}

// roleFilters turn list query parameters into predicates; a role is listed when it passes every
// filter present. Repeated parameters (id, defaultRoleId, permission) match any of their values.
var roleFilters = map[string]func(values []string) func(role) bool{
	"name": func(v []string) func(role) bool {
		term := strings.ToLower(v[0])
		return func(r role) bool { return strings.Contains(strings.ToLower(r.Name), term) }
	},
	"id": func(v []string) func(role) bool {
		return func(r role) bool { return slices.Contains(v, r.ID) }
	},
	"defaultRoleId": func(v []string) func(role) bool {
		return func(r role) bool { return slices.Contains(v, r.DefaultRoleID) }
	},
	"permission": func(v []string) func(role) bool {
		return func(r role) bool { return slices.ContainsFunc(v, r.grants) }
	},
}

// GET /api/v2/authorization/roles: a page of the roles every filter of the query keeps.
func (s *Server) listRoles(c *cloudCall) (int, any) {
	q := c.r.URL.Query()
	userCount, err := queryBool(q, "userCount", true)
	if err != nil {
		return errInvalidValue("userCount", q.Get("userCount"), "true, false").reply()
	}
	var filters []func(role) bool
	for key, filter := range roleFilters {
		if values := q[key]; len(values) > 0 {
			filters = append(filters, filter(values))
		}
	}
	var out []role
	for _, r := range s.cloud.listedRoles() {
		if !slices.ContainsFunc(filters, func(keep func(role) bool) bool { return !keep(r) }) {
			out = append(out, r.view(userCount))
		}
	}
	page, e := paginate(c, out)
	if e != nil {
		return e.reply()
	}
	return http.StatusOK, page
}

// POST /api/v2/authorization/roles: a new role, whose name must be unused.
func (s *Server) createRole(c *cloudCall) (int, any) {
	var in roleInput
	if e := c.decodeBody(&in); e != nil {
		return e.reply()
	}
	if e := s.cloud.checkRole(in, ""); e != nil {
		return e.reply()
	}
	r := &role{ID: newUUID(), created: c.now}
	r.SelfURI = roleURI(r.ID)
	s.cloud.setRole(r, in)
	s.cloud.roles[r.ID] = r
	return http.StatusOK, r.view(true)
}

// GET /api/v2/authorization/roles/{roleId}: one role, with its user count unless userCount=false.
func (s *Server) getRole(c *cloudCall) (int, any) {
	q := c.r.URL.Query()
	userCount, err := queryBool(q, "userCount", true)
	if err != nil {
		return errInvalidValue("userCount", q.Get("userCount"), "true, false").reply()
	}
	r, ok := s.cloud.roleToRead(c.r.PathValue("roleId"))
	if !ok || s.hiddenAfterCreate(r.created) {
		return errNotFound().reply()
	}
	return http.StatusOK, r.view(userCount)
}

// PUT /api/v2/authorization/roles/{roleId}: a full replace of name, description and permissions.
func (s *Server) replaceRole(c *cloudCall) (int, any) {
	r := s.cloud.role(c.r.PathValue("roleId"))
	var in roleInput
	if e := c.decodeBodyOf(r != nil, &in); e != nil {
		return e.reply()
	}
	if e := s.updateRole(r, in); e != nil {
		return e.reply()
	}
	return http.StatusOK, r.view(true)
}

// PATCH /api/v2/authorization/roles/{roleId}: changes only the fields sent, roleNeedsUpdate included.
func (s *Server) patchRole(c *cloudCall) (int, any) {
	r := s.cloud.role(c.r.PathValue("roleId"))
	var p rolePatch
	if e := c.decodeBodyOf(r != nil, &p); e != nil {
		return e.reply()
	}
	in := roleInput{
		Name:               deref(p.Name, r.Name),
		Description:        deref(p.Description, r.Description),
		Permissions:        deref(p.Permissions, r.Permissions),
		PermissionPolicies: deref(p.PermissionPolicies, r.PermissionPolicies),
	}
	if e := s.updateRole(r, in); e != nil {
		return e.reply()
	}
	r.RoleNeedsUpdate = deref(p.RoleNeedsUpdate, r.RoleNeedsUpdate)
	return http.StatusOK, r.view(true)
}

// updateRole checks the whole input of a PUT or PATCH against the role it changes (a built-in
// role keeps its name, another role's name is taken) and stores it.
func (s *Server) updateRole(r *role, in roleInput) *errorBody {
	if e := s.checkRename(r, in.Name); e != nil {
		return e
	}
	if e := s.cloud.checkRole(in, r.ID); e != nil {
		return e
	}
	s.cloud.setRole(r, in)
	return nil
}

// DELETE /api/v2/authorization/roles/{roleId}: built-in roles are restored, never deleted.
func (s *Server) deleteRole(c *cloudCall) (int, any) {
	r := s.cloud.role(c.r.PathValue("roleId"))
	if r == nil {
		return errNotFound().reply()
	}
	if r.Default {
		return errBadRequest("Default roles cannot be deleted; restore them with /api/v2/authorization/roles/default.").reply()
	}
	delete(s.cloud.roles, r.ID)
	s.cloud.buryRole(r)
	s.cloud.revokeRole(r.ID)
	s.cloud.revokeUserRole(r.ID)
	return http.StatusNoContent, nil
}

// POST /api/v2/authorization/roles/default restores every built-in role.
func (s *Server) restoreAllDefaultRoles(c *cloudCall) (int, any) {
	var restored []role
	for _, def := range s.cloud.builtinRoles() {
		s.cloud.roles[def.ID] = &def
		restored = append(restored, def.view(true))
	}
	return http.StatusOK, onePage(c, restored)
}

// PUT /api/v2/authorization/roles/default restores the built-in roles listed in the body: [{"id": ...}].
func (s *Server) restoreDefaultRoles(c *cloudCall) (int, any) {
	var in []struct {
		ID string `json:"id"`
	}
	if e := c.decodeBody(&in); e != nil {
		return e.reply()
	}
	restored := []role{}
	for _, ref := range in {
		r, e := s.cloud.restoreDefault(ref.ID)
		if e != nil {
			return e.reply()
		}
		restored = append(restored, r.view(true))
	}
	return http.StatusOK, onePage(c, restored)
}

// checkRole validates a role's new content; selfID is the role being changed ("" on create).
// Role names are unique, compared without case.
func (c *cloudState) checkRole(in roleInput, selfID string) *errorBody {
	if strings.TrimSpace(in.Name) == "" {
		return errBadRequest("The role name is required.")
	}
	for _, r := range c.roles {
		if r.ID != selfID && strings.EqualFold(r.Name, in.Name) {
			return errBadRequest("A role with that name already exists.")
		}
	}
	if e := validatePolicies(in.PermissionPolicies); e != nil {
		return e
	}
	_, e := c.storedPolicies(in.PermissionPolicies)
	return e
}

// setRole replaces the role's content with fresh slices (copies already handed out keep theirs).
// The policies are what the catalogue rules store of them; checkRole has refused those they refuse.
func (c *cloudState) setRole(r *role, in roleInput) {
	r.Name, r.Description = in.Name, in.Description
	r.Permissions = append([]string{}, in.Permissions...)
	r.PermissionPolicies, _ = c.storedPolicies(in.PermissionPolicies)
}

// restoreDefault puts a built-in role back to its seeded definition.
func (c *cloudState) restoreDefault(id string) (role, *errorBody) {
	defs := c.builtinRoles()
	i := slices.IndexFunc(defs, func(def role) bool { return def.ID == id })
	switch {
	case i >= 0:
		c.roles[id] = &defs[i]
		return defs[i], nil
	case c.roles[id] == nil:
		return role{}, errNotFound()
	default:
		return role{}, errBadRequest("Role " + id + " is not a default role.")
	}
}

// deref returns *p, or def when the field was absent.
func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}
