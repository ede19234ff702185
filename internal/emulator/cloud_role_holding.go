package emulator

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// The role-holding rule (REAL-ORG-BEHAVIOUR R1): the roles of an OAuth client must already be
// assigned to whoever creates or edits it, and editing a client (the state: inactive PUT before a
// delete included) requires holding the roles it has. Holding a role means: for a user token, the
// role is among the user's roles; for a client-credentials token, among the calling client's
// roleDivisions. Master Admin holds no other role through its permissions. Divisions are not
// compared: the public sources speak of roles only.

// heldRoles returns the ids of the roles the caller holds.
func (c *cloudState) heldRoles(t *token) []string {
	if t.userID != "" {
		if u := c.users[t.userID]; u != nil {
			return u.roleIDs
		}
		return nil
	}
	cl := c.clients[t.clientID]
	if cl == nil {
		return nil
	}
	return cl.RoleIDs
}

// checkRolesHeld refuses a request granting, or a client holding, a role the caller does not hold.
// current is the client being edited, nil on create. The answer is ours: the sources state the
// rule but not its wire form, so it is a 403 in the standard catalogue's not.authorized code,
// naming the role.
func (s *Server) checkRolesHeld(c *cloudCall, grants []roleDivision, current *oauthClient) *errorBody {
	if s.opts.AllowUnheldRoleGrants {
		return nil
	}
	held := s.cloud.heldRoles(c.token)
	wanted := slices.Clone(grants)
	if current != nil {
		wanted = append(wanted, current.RoleDivisions...)
	}
	for _, g := range wanted {
		if slices.Contains(held, g.RoleID) {
			continue
		}
		name := g.RoleID
		if r := s.cloud.roles[g.RoleID]; r != nil {
			name = r.Name
		}
		e := newCloudError(http.StatusForbidden, "not.authorized", fmt.Sprintf(
			"Unable to grant role [%s] (%s): it is not assigned to the caller. The roles of an OAuth client "+
				"must already be assigned to the user or OAuth client that creates or edits it.", name, g.RoleID))
		e.MessageWithParams = "Unable to grant role [{roleName}] ({roleId}): it is not assigned to the caller. " +
			"The roles of an OAuth client must already be assigned to the user or OAuth client that creates or edits it."
		e.MessageParams = map[string]string{"roleName": name, "roleId": g.RoleID}
		e.Details = []errorDetail{{ErrorCode: "role.not.held", FieldName: "roleDivisions"}}
		return e
	}
	return nil
}

// builtinRole resolves a built-in role by id or name.
func builtinRole(roles []role, ref string) (string, bool) {
	for _, r := range roles {
		if r.Default && (r.ID == ref || r.Name == ref) {
			return r.ID, true
		}
	}
	return "", false
}

// builtinGrants are home-division grants of the built-in roles refs names, skipping unknown ones
// and Master Admin, which the bootstrap client holds anyway.
func (c *cloudState) builtinGrants(refs []string) []roleDivision {
	var grants []roleDivision
	for _, ref := range refs {
		id, ok := builtinRole(c.sortedRoles(), ref)
		g := roleDivision{RoleID: id, DivisionID: CloudHomeDivisionID}
		if ok && id != CloudMasterAdminRoleID && !slices.Contains(grants, g) {
			grants = append(grants, g)
		}
	}
	return grants
}

// CheckBuiltinRoles reports the refs of Options.CloudClientRoles that name no built-in role.
func CheckBuiltinRoles(refs []string) error {
	roles := newCloudState(DefaultOptions().withDefaults()).builtinRoles()
	var unknown []string
	for _, ref := range refs {
		if _, ok := builtinRole(roles, ref); !ok {
			unknown = append(unknown, fmt.Sprintf("%q", ref))
		}
	}
	if len(unknown) > 0 {
		names := make([]string, 0, len(roles))
		for _, r := range roles {
			names = append(names, r.Name)
		}
		return errors.New("no built-in role " + strings.Join(unknown, ", ") + "; the built-in roles are: " + strings.Join(names, ", "))
	}
	return nil
}
