terraform {
  required_version = ">= 1.5"

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# One entry per customer org, typically from a *.tfvars file kept out of version control or from
# TF_VAR_orgs in CI. The module creates a role and grants it to a new OAuth client, which Genesys
# Cloud allows only a caller holding that role: each org's entry is the token of an administrator
# user of that org, and grant_roles_to_user adds the new role to that user first. api_url and
# login_url are only for a proxy, or for genesys-emulator when the template is tested offline.
variable "orgs" {
  description = "Region and an administrator's access token of each customer org, by org key."
  type = map(object({
    region       = optional(string)
    access_token = string
    api_url      = optional(string)
    login_url    = optional(string)
  }))
  sensitive = true
}

# One provider configuration per org. Provider blocks cannot be generated with for_each, so each
# org gets a block and a module call; everything else lives in the module.
provider "genesys" {
  alias = "acme"
  cloud {
    region              = var.orgs["acme"].region
    access_token        = var.orgs["acme"].access_token
    grant_roles_to_user = true
    api_url             = var.orgs["acme"].api_url
    login_url           = var.orgs["acme"].login_url
  }
}

provider "genesys" {
  alias = "globex"
  cloud {
    region              = var.orgs["globex"].region
    access_token        = var.orgs["globex"].access_token
    grant_roles_to_user = true
    api_url             = var.orgs["globex"].api_url
    login_url           = var.orgs["globex"].login_url
  }
}

locals {
  # The same integration, with the same least privileges, in every org.
  reporting_policies = [
    {
      domain      = "analytics"
      entity_name = "conversationAggregate"
      action_set  = ["view"]
    },
    {
      domain      = "analytics"
      entity_name = "queueObservation"
      action_set  = ["view"]
    },
  ]
}

module "reporting_acme" {
  source    = "../../modules/partner-onboarding"
  providers = { genesys = genesys.acme }

  name                = "Reporting Integration"
  permission_policies = local.reporting_policies
}

module "reporting_globex" {
  source    = "../../modules/partner-onboarding"
  providers = { genesys = genesys.globex }

  name                = "Reporting Integration"
  permission_policies = local.reporting_policies
}

output "client_ids" {
  value = {
    acme   = module.reporting_acme.client_id
    globex = module.reporting_globex.client_id
  }
}

output "client_secrets" {
  value = {
    acme   = module.reporting_acme.client_secret
    globex = module.reporting_globex.client_secret
  }
  sensitive = true
}
