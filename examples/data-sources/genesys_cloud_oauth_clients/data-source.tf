# The org's OAuth clients whose name starts with "Partner ", as the genesys_cloud_oauth_client
# resource stores them. A prefix also keeps out the client Terraform itself runs as.
data "genesys_cloud_oauth_clients" "partner" {
  name_prefix = "Partner "
}

# Adopt them all (Terraform 1.7 or later), keyed by id: client names need not be unique. The first
# apply imports them and changes nothing. Their secrets cannot be read back: `secret` stays null
# until a rotation, and the secrets in use keep working. Add secret_rotation only when Terraform is
# to hand a new secret over, as the old one stops working at once.
locals {
  partner_clients = { for c in data.genesys_cloud_oauth_clients.partner.oauth_clients : c.id => c }
}

import {
  for_each = local.partner_clients
  to       = genesys_cloud_oauth_client.partner[each.key]
  id       = each.value.id
}

resource "genesys_cloud_oauth_client" "partner" {
  for_each                      = local.partner_clients
  name                          = each.value.name
  description                   = each.value.description
  authorized_grant_type         = each.value.authorized_grant_type
  roles                         = each.value.roles
  registered_redirect_uris      = each.value.registered_redirect_uris
  scopes                        = each.value.scopes
  access_token_validity_seconds = each.value.access_token_validity_seconds
  # Only Genesys support sets "disabled": ask for active, and the resource leaves it disabled.
  state = each.value.state == "disabled" ? "active" : each.value.state
}

output "partner_client_ids" {
  value = keys(genesys_cloud_oauth_client.partner)
}
