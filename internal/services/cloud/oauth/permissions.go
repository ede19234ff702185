package oauth

// The Genesys Cloud permissions of the OAuth client calls: the schema docs list them and a 403
// names the one the refused call needed.
const (
	permClientAdd    = "oauth:client:add"
	permClientView   = "oauth:client:view"
	permClientEdit   = "oauth:client:edit"
	permClientDelete = "oauth:client:delete"
	permGrantAdd     = "authorization:grant:add" // granting roles to a user (grant_roles_to_user)
)
