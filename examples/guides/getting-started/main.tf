terraform {
  required_version = ">= 1.5"

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# Genesys Cloud grants an OAuth client only roles the caller already holds, and this configuration
# creates the role it grants. So it runs as an administrator user: the user's token comes from
# GENESYSCLOUD_ACCESS_TOKEN, and grant_roles_to_user adds the new role to that user's own roles
# before the OAuth client is created. The region can come from GENESYSCLOUD_REGION instead.
provider "genesys" {
  cloud {
    region              = "eu-west-1"
    grant_roles_to_user = true
  }
}

data "genesys_cloud_division" "home" {
  home = true
}

# A role holding only what a reporting back-end needs.
resource "genesys_cloud_role" "reporting" {
  name        = "Reporting Integration"
  description = "Reads conversation details for the reporting back-end"

  permission_policies = [{
    domain      = "analytics"
    entity_name = "conversationDetail"
    action_set  = ["view"]
  }]
}

# The back-end's own credentials: a client-credentials OAuth client acting through that role.
resource "genesys_cloud_oauth_client" "reporting" {
  name                  = "Reporting Integration"
  description           = "Credentials of the reporting back-end"
  authorized_grant_type = "CLIENT-CREDENTIALS"

  roles = [{
    role_id     = genesys_cloud_role.reporting.id
    division_id = data.genesys_cloud_division.home.id
  }]
}

output "client_id" {
  value = genesys_cloud_oauth_client.reporting.id
}

output "client_secret" {
  value     = genesys_cloud_oauth_client.reporting.secret
  sensitive = true
}
