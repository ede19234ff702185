# A back-end integration: a client-credentials client that acts only through one least-privilege role.
resource "genesys_cloud_role" "reporting" {
  name = "Reporting Back-end"

  permission_policies = [{
    domain      = "analytics"
    entity_name = "conversationDetail"
    action_set  = ["view"]
  }]
}

resource "genesys_cloud_oauth_client" "example" {
  name                          = "Reporting Back-end"
  description                   = "Exports conversation details every night"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 3600

  roles = [{
    role_id = genesys_cloud_role.reporting.id
    # division_id defaults to the home division; "*" grants the role in every division.
  }]
}

# A web app that signs users in (authorization-code grant) and acts with their permissions,
# limited to the scopes it asks for.
resource "genesys_cloud_oauth_client" "dashboard" {
  name                     = "Supervisor Dashboard"
  authorized_grant_type    = "CODE"
  registered_redirect_uris = ["https://dashboard.example.com/oauth/callback"]
  scopes                   = ["analytics:readonly", "users:readonly"]
}

output "reporting_client_id" {
  value = genesys_cloud_oauth_client.example.id
}

# Known from creation (and from each rotation); hand it over through a secret store.
output "reporting_client_secret" {
  value     = genesys_cloud_oauth_client.example.secret
  sensitive = true
}
