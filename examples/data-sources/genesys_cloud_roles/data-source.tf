# The org's roles whose name starts with "Partner ", as the genesys_cloud_role resource stores
# them. Built-in roles are left out; include_built_in = true lists them too.
data "genesys_cloud_roles" "partner" {
  name_prefix = "Partner "
}

# Adopt them all (Terraform 1.7 or later): one import block and one resource, keyed by name, which
# is unique among roles. The first apply imports them and changes nothing; they are Terraform's
# from then on, and destroy deletes them (a built-in role gets its defaults back instead).
locals {
  partner_roles = { for r in data.genesys_cloud_roles.partner.roles : r.name => r }
}

import {
  for_each = local.partner_roles
  to       = genesys_cloud_role.partner[each.key]
  id       = each.value.id
}

resource "genesys_cloud_role" "partner" {
  for_each            = local.partner_roles
  name                = each.value.name
  description         = each.value.description
  default_role_id     = each.value.default_role_id
  permissions         = each.value.permissions
  permission_policies = each.value.permission_policies
}

output "partner_role_ids" {
  value = { for name, role in genesys_cloud_role.partner : name => role.id }
}
