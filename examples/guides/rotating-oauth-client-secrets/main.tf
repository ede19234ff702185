terraform {
  required_version = ">= 1.6" # import blocks whose id is an expression

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

provider "genesys" {}

# The client and its role were made by hand in the admin UI; Terraform adopts both.
data "genesys_cloud_role" "nightly_export" {
  name = "Nightly Export"
}

data "genesys_cloud_oauth_client" "nightly_export" {
  name = "Nightly Export"
}

import {
  to = genesys_cloud_oauth_client.nightly_export
  id = data.genesys_cloud_oauth_client.nightly_export.id
}

resource "genesys_cloud_oauth_client" "nightly_export" {
  name                  = "Nightly Export"
  authorized_grant_type = "CLIENT-CREDENTIALS"

  roles = [{
    role_id = data.genesys_cloud_role.nightly_export.id
  }]

  # Any change of this map resets the secret in place: the client keeps its id, the old secret
  # stops working. Setting it in the same apply as the import gives Terraform a secret it knows.
  secret_rotation = {
    rotated = "2026-11"
  }
}

output "client_secret" {
  description = "The secret after the last rotation."
  value       = genesys_cloud_oauth_client.nightly_export.secret
  sensitive   = true
}
