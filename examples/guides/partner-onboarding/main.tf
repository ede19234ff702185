terraform {
  required_version = ">= 1.5"

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# The customer's org, with the region from GENESYSCLOUD_REGION and the token of the customer's
# administrator, who signed in, from GENESYSCLOUD_ACCESS_TOKEN. Genesys Cloud grants an OAuth
# client only roles the caller holds: grant_roles_to_user first adds the new role to that
# administrator's roles, so the role and the client it is granted to are made in one apply.
provider "genesys" {
  cloud {
    grant_roles_to_user = true
  }
}

data "genesys_cloud_division" "home" {
  home = true
}

# The partner's back-end observes agents and administers schedules and activity codes, and
# nothing else.
module "workforce_sync" {
  source = "../../modules/partner-onboarding"

  name        = "Acme Workforce Sync"
  description = "Acme's scheduling back-end: observes agents, administers schedules and activity codes."
  division_id = data.genesys_cloud_division.home.id

  permission_policies = [
    {
      domain      = "analytics"
      entity_name = "userObservation"
      action_set  = ["view"]
    },
    {
      domain      = "wfm"
      entity_name = "schedule"
      action_set  = ["administer"]
    },
    {
      domain      = "wfm"
      entity_name = "activityCode"
      action_set  = ["administer"]
    },
  ]
}

output "client_id" {
  description = "Hand this to the partner."
  value       = module.workforce_sync.client_id
}

output "client_secret" {
  description = "Hand this to the partner over a secure channel: terraform output -raw client_secret"
  value       = module.workforce_sync.client_secret
  sensitive   = true
}
