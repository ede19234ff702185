# The demo configuration `make demo` applies against the bundled emulator: it on-boards a partner
# integration into a Genesys Cloud org the way a partner would by hand — a least-privilege role,
# then a client-credentials OAuth client bound to it, whose id and secret are handed over.

terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

variable "emulator_url" {
  type        = string
  description = "Base URL of genesys-emulator, such as http://127.0.0.1:8080."
}

provider "genesys" {
  cloud {
    api_url       = var.emulator_url
    login_url     = var.emulator_url
    client_id     = "emulator-client"
    client_secret = "emulator-secret"
  }
}

data "genesys_cloud_division" "home" {
  home = true
}

# Only what the integration needs: observe agents and administer schedules and activity codes.
resource "genesys_cloud_role" "partner" {
  name        = "Partner Integration"
  description = "Least-privilege role of the partner's back-end"

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
      conditions = {
        conjunction = "AND"
        terms = [{
          variable_name = "Division.id"
          operator      = "EQ"
          operands      = [{ type = "SCALAR", value = data.genesys_cloud_division.home.id }]
        }]
      }
    },
  ]
}

resource "genesys_cloud_oauth_client" "partner" {
  name                          = "Partner Integration Syncer"
  description                   = "Back-end of the partner integration"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 86400

  roles = [{
    role_id     = genesys_cloud_role.partner.id
    division_id = data.genesys_cloud_division.home.id
  }]
}

output "oauth_client_id" {
  description = "Hand this to the partner."
  value       = genesys_cloud_oauth_client.partner.id
}

output "oauth_client_secret" {
  description = "Hand this to the partner, over a secure channel."
  value       = genesys_cloud_oauth_client.partner.secret
  sensitive   = true
}
