# A back-end integration: a client-credentials client that acts only through one least-privilege
# role. Genesys Cloud grants an OAuth client only roles the caller holds: here an administrator
# made the role and granted it to the OAuth client Terraform uses beforehand. (To create the role
# in the same apply, run as a user with the provider's grant_roles_to_user.)
data "genesys_cloud_role" "reporting" {
  name = "Reporting Back-end"
}

resource "genesys_cloud_oauth_client" "example" {
  name                          = "Reporting Back-end"
  description                   = "Exports conversation details every night"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 3600

  roles = [{
    role_id = data.genesys_cloud_role.reporting.id
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
