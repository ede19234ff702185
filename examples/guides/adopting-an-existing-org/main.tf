terraform {
  required_version = ">= 1.7" # import blocks with for_each
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# The golden org's roles, named "Golden ..." by the consultants who built it, as the
# genesys_cloud_role resource stores them.
data "genesys_cloud_roles" "golden" {
  name_prefix = "Golden "
}

locals {
  golden_roles = { for r in data.genesys_cloud_roles.golden.roles : r.name => r }
}

# One import block and one resource adopt them all: the first apply imports them and changes
# nothing, and the next plan is empty.
import {
  for_each = local.golden_roles
  to       = genesys_cloud_role.golden[each.key]
  id       = each.value.id
}

resource "genesys_cloud_role" "golden" {
  for_each            = local.golden_roles
  name                = each.value.name
  description         = each.value.description
  permissions         = each.value.permissions
  permission_policies = each.value.permission_policies
}

# What the template for the customer orgs needs: each role as a literal, to paste into the
# module's roles variable (terraform output -json golden_roles).
output "golden_roles" {
  value = {
    for name, role in genesys_cloud_role.golden : name => {
      description         = role.description
      permissions         = role.permissions
      permission_policies = role.permission_policies
    }
  }
}
