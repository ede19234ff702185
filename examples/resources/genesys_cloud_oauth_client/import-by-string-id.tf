# Adopt a client that already exists, found by its exact name, unique among the org's clients
# (an id from an expression needs Terraform 1.6 or later).
data "genesys_cloud_oauth_client" "existing" {
  name = "Reporting Back-end"
}

import {
  to = genesys_cloud_oauth_client.example
  id = data.genesys_cloud_oauth_client.existing.id
}
