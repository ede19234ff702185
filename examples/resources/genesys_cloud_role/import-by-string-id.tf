# Adopt a role that already exists, found by its exact name (an id from an expression needs
# Terraform 1.6 or later).
data "genesys_cloud_role" "existing" {
  name = "Reporting Integration"
}

import {
  to = genesys_cloud_role.example
  id = data.genesys_cloud_role.existing.id
}
