package provider

import "fmt"

// Resource blocks that many acceptance tests need only as something to create, the provider
// configuration put before them by the caller.

// roleBlock is genesys_cloud_role.test with only a name: the least a test needs to have the
// provider call the Genesys Cloud API.
func roleBlock(name string) string {
	return fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name = %q
}
`, name)
}

// oauthClientBlock is genesys_cloud_oauth_client.test, a client-credentials client named name that
// is granted the role roleID.
func oauthClientBlock(name, roleID string) string {
	return fmt.Sprintf(`
resource "genesys_cloud_oauth_client" "test" {
  name                  = %q
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = %q }]
}
`, name, roleID)
}
