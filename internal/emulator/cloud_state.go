package emulator

import (
	"slices"
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

// sortedCopies returns copies of the stored objects in the order compare gives: listings and the
// dump hand out values that no later change to the store can alter.
func sortedCopies[T any](stored map[string]*T, compare func(a, b T) int) []T {
	out := make([]T, 0, len(stored))
	for _, v := range stored {
		out = append(out, *v)
	}
	slices.SortFunc(out, compare)
	return out
}

// roleOrder and clientOrder are the orders roles and OAuth clients list in.
var (
	roleOrder   = byNameThenID(func(r role) (string, string) { return r.Name, r.ID })
	clientOrder = byNameThenID(func(cl oauthClient) (string, string) { return cl.Name, cl.ID })
)

// sortedRoles returns copies of the roles by name (case-insensitive), then id.
func (c *cloudState) sortedRoles() []role { return sortedCopies(c.roles, roleOrder) }

// sortedClients returns copies of the OAuth clients by name (case-insensitive), then id.
func (c *cloudState) sortedClients() []oauthClient { return sortedCopies(c.clients, clientOrder) }

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
