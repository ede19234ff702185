package emulator

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// cloudState holds the Genesys Cloud objects. Server.mu guards it.
//
// Stored objects are replaced field by field, never mutated inside a slice they share with a
// copy handed out (dump, answers), so a copy stays valid after the lock is released.
type cloudState struct {
	roles       map[string]*role
	clients     map[string]*oauthClient
	divisions   []division
	catalogue   permissionCatalogue
	users       map[string]*user
	rules       policyRules
	clientRules oauthClientRules
	lag         *cloudLag // what reads do not show yet (cloud_consistency.go)
}

func newCloudState(opts Options) *cloudState {
	c := &cloudState{
		roles:       map[string]*role{},
		clients:     map[string]*oauthClient{},
		divisions:   seedDivisions(),
		catalogue:   seedPermissionCatalogue(),
		users:       map[string]*user{},
		rules:       rulesOf(opts),
		clientRules: newOAuthClientRules(opts),
		lag:         newCloudLag(opts),
	}
	if opts.PermissionCatalogue != nil {
		c.catalogue = opts.PermissionCatalogue.cols
	}
	for _, r := range c.builtinRoles() {
		c.roles[r.ID] = &r
	}
	boot := bootstrapClient(opts)
	boot.setGrants(append(boot.RoleDivisions, c.builtinGrants(opts.CloudClientRoles)...))
	c.clients[boot.ID] = &boot
	admin := seedUser()
	c.users[admin.ID] = &admin
	return c
}

// dump adds copies of the Genesys Cloud objects, without secrets, to out.
func (c *cloudState) dump(out Objects) {
	roles := make([]any, 0, len(c.roles))
	for _, r := range c.sortedRoles() {
		roles = append(roles, r)
	}
	clients := make([]any, 0, len(c.clients))
	for _, cl := range c.sortedClients() {
		clients = append(clients, cl)
	}
	divisions := make([]any, 0, len(c.divisions))
	for _, d := range c.divisions {
		divisions = append(divisions, d)
	}
	users := make([]any, 0, len(c.users))
	for _, u := range c.sortedUsers() {
		users = append(users, userDump{user: u, RoleIDs: u.roleIDs})
	}
	out["cloud_roles"] = roles
	out["cloud_oauth_clients"] = clients
	out["cloud_divisions"] = divisions
	out["cloud_users"] = users
}

// sortedRoles returns copies of the roles by name (case-insensitive), then id.
func (c *cloudState) sortedRoles() []role {
	out := make([]role, 0, len(c.roles))
	for _, r := range c.roles {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b role) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// sortedClients returns copies of the OAuth clients by name, then id.
func (c *cloudState) sortedClients() []oauthClient {
	out := make([]oauthClient, 0, len(c.clients))
	for _, cl := range c.clients {
		out = append(out, *cl)
	}
	slices.SortFunc(out, func(a, b oauthClient) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// tokenMayCall reports whether a token is still good: a disabled or deleted client's existing
// tokens stop working (CONTRACT A.5), and so do a deleted user's.
func (c *cloudState) tokenMayCall(t *token) bool {
	if t.userID != "" {
		return c.users[t.userID] != nil
	}
	cl := c.clients[t.clientID]
	return cl != nil && cl.State != clientDisabled
}

// stamp is a time as the API shows it: UTC, millisecond precision.
func stamp(t time.Time) time.Time { return t.UTC().Truncate(time.Millisecond) }
