# On-boards a partner integration into a Genesys Cloud org: a role holding only what the
# integration needs, and a client-credentials OAuth client acting through that role alone.
resource "genesys_cloud_role" "this" {
  name                = var.name
  description         = var.description
  permission_policies = var.permission_policies
}

resource "genesys_cloud_oauth_client" "this" {
  name                          = var.name
  description                   = var.description
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = var.access_token_validity_seconds
  secret_rotation               = var.secret_rotation

  roles = [{
    role_id     = genesys_cloud_role.this.id
    division_id = var.division_id
  }]
}
