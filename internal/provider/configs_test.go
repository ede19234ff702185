package provider

import (
	"fmt"
	"strings"
)

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

// gauthCounts is how many objects of each GAuth type a counted configuration makes.
type gauthCounts struct {
	environments, contactCenters, corsOrigins, clients, dataCenters int
}

// countedGAuthBlocks is a block with a count of every GAuth type, as many as c says (a count of
// 0 makes none), each resource named label. The objects' unique keys start with prefix, as
// written, lower case or upper case (prefix "Chaos": tenant "Chaos 0", domain "chaos0", client id
// "chaos-0", location "/CHAOS0"), so that a test tells its objects from any others. environmentID
// and contactCenterID are the expressions the contact centers and the CORS settings take theirs
// from, with count.index in scope.
func countedGAuthBlocks(label, prefix string, c gauthCounts, environmentID, contactCenterID string) string {
	return fmt.Sprintf(`
resource "genesys_gauth_environment" %[1]q {
  count          = %[2]d
  username       = "default"
  password       = "password"
  app_name       = "Cloud"
  tenant         = "%[7]s ${count.index}"
  config_servers = [{ primary_address = "10.0.0.${count.index}", primary_port = 2020 }]
}

resource "genesys_gauth_contact_center" %[1]q {
  count          = %[3]d
  domains        = ["%[8]s${count.index}"]
  environment_id = %[10]s
}

resource "genesys_gauth_cors_origins" %[1]q {
  count             = %[4]d
  contact_center_id = %[11]s
  origins           = ["https://%[8]s${count.index}.example.com"]
}

resource "genesys_gauth_client" %[1]q {
  count                  = %[5]d
  client_id              = "%[8]s-${count.index}"
  name                   = "%[7]s API client ${count.index}"
  authorized_grant_types = ["client_credentials"]
  client_secret          = "%[8]s-secret-${count.index}"
}

resource "genesys_gauth_data_center" %[1]q {
  count       = %[6]d
  location    = "/%[9]s${count.index}"
  entry_point = "https://%[8]s${count.index}.example.com"
}
`, label, c.environments, c.contactCenters, c.corsOrigins, c.clients, c.dataCenters,
		prefix, strings.ToLower(prefix), strings.ToUpper(prefix), environmentID, contactCenterID)
}

// roleWithClientsBlocks is genesys_cloud_role.<roleLabel>, named roleName and granting one
// permission policy (its domain, entity and action), and count OAuth clients
// genesys_cloud_oauth_client.<clientsLabel> named "Partner 0", "Partner 1", … that hold the role.
func roleWithClientsBlocks(roleLabel, roleName, domain, entity, action, clientsLabel string, count int) string {
	return fmt.Sprintf(`
resource "genesys_cloud_role" %[1]q {
  name                = %[2]q
  permission_policies = [{ domain = %[3]q, entity_name = %[4]q, action_set = [%[5]q] }]
}

resource "genesys_cloud_oauth_client" %[6]q {
  count                 = %[7]d
  name                  = "Partner ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.%[1]s.id }]
}
`, roleLabel, roleName, domain, entity, action, clientsLabel, count)
}
