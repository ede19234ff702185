# The demo configuration `make demo` applies against the bundled emulator, in one apply:
# - Genesys Cloud: on-boards a partner integration the way a partner would by hand — a
#   least-privilege role, then a client-credentials OAuth client bound to it, whose id and secret
#   are handed over;
# - Genesys Multicloud CX: provisions Genesys Authentication (GAuth) for a private edition — an API
#   client, a Configuration Server environment, a contact center, a data center and CORS origins.

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

variable "user_token" {
  type        = string
  sensitive   = true
  description = "Access token of the administrator user the demo runs as (the emulator's -cloud-user-token)."
}

# Genesys Cloud grants an OAuth client only roles the caller already holds, and this configuration
# creates the role it grants. So it runs as an administrator user, as partners' on-boarding flows
# do, and grant_roles_to_user adds the new role to that user before the OAuth client is created.
provider "genesys" {
  cloud {
    api_url             = var.emulator_url
    login_url           = var.emulator_url
    access_token        = var.user_token
    grant_roles_to_user = true
  }
  gauth {
    url           = var.emulator_url
    client_id     = "emulator-gauth"
    client_secret = "emulator-gauth-secret"
    ops_username  = "ops"
    ops_password  = "ops"
  }
}

data "genesys_cloud_division" "home" {
  home = true
}

# The partner on-boarding module of the examples: a role holding only what the integration
# needs (observe agents, administer schedules and activity codes), and a client-credentials OAuth
# client acting through that role in the home division.
module "partner" {
  source = "../examples/modules/partner-onboarding"

  name        = "Partner Integration"
  description = "Back-end of the partner integration"
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

# ---- Genesys Authentication (GAuth), private edition ----

variable "cluster_domain" {
  type        = string
  default     = "demo.example.com"
  description = "Domain of the private-edition cluster: GAuth, GWS and WWE are served under it."
}

variable "external_client_secret" {
  type        = string
  default     = "demo-external-secret"
  sensitive   = true
  description = "Secret of the API client other services use."
}

variable "config_server_password" {
  type        = string
  default     = "demo-password"
  sensitive   = true
  description = "Password of the Configuration Server user GAuth connects as."
}

resource "genesys_gauth_client" "external" {
  client_id                        = "external_api_client"
  name                             = "external_api_client"
  client_type                      = "CONFIDENTIAL"
  internal_client                  = true
  authorities                      = ["ROLE_INTERNAL_CLIENT"]
  scopes                           = ["*"]
  authorized_grant_types           = ["client_credentials", "authorization_code", "refresh_token", "password"]
  redirect_uris                    = [for s in ["gauth", "gws", "wwe", "prov"] : "https://${s}.${var.cluster_domain}"]
  access_token_expiration_timeout  = 43200
  refresh_token_expiration_timeout = 43200
  client_secret                    = var.external_client_secret
}

resource "genesys_gauth_environment" "main" {
  username            = "default"
  password            = var.config_server_password
  connection_protocol = "addp"
  local_timeout       = 5
  remote_timeout      = 7
  app_name            = "Cloud"
  tenant              = "Environment"
  trace_mode          = "CFGTMBoth"
  tls_enabled         = false

  config_servers = [{
    primary_address = "172.24.132.84"
    primary_port    = 2020
    read_only       = false
    locations       = "/USW1"
  }]
}

resource "genesys_gauth_contact_center" "t100" {
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.main.id
  auth           = "configServer"
}

# The deployment's only region, hence its primary, writable one: GAuth's read_only flag is the
# reverse of its name and must be true there (see the genesys_gauth_data_center page).
resource "genesys_gauth_data_center" "usw1" {
  location    = "/USW1"
  entry_point = "https://gauth.${var.cluster_domain}"
  read_only   = true
}

resource "genesys_gauth_cors_origins" "t100" {
  contact_center_id = genesys_gauth_contact_center.t100.id
  origins           = ["https://gws.${var.cluster_domain}", "https://wwe.${var.cluster_domain}"]
}

output "contact_center_id" {
  description = "The CCID other Genesys services are provisioned with."
  value       = genesys_gauth_contact_center.t100.id
}

output "oauth_client_id" {
  description = "Hand this to the partner."
  value       = module.partner.client_id
}

output "oauth_client_secret" {
  description = "Hand this to the partner, over a secure channel."
  value       = module.partner.client_secret
  sensitive   = true
}
