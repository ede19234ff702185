package authorization

// The Genesys Cloud permissions of the role calls: the schema docs list them and a 403 names the
// one the refused call needed.
const (
	permRoleAdd    = "authorization:role:add"
	permRoleView   = "authorization:role:view"
	permRoleEdit   = "authorization:role:edit"
	permRoleDelete = "authorization:role:delete"
)
