terraform {
  required_version = ">= 1.11" # write-only secrets

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# GAuth of the private edition: GENESYS_GAUTH_URL, the ops credentials from the Helm values
# (GENESYS_GAUTH_OPS_USERNAME, GENESYS_GAUTH_OPS_PASSWORD) and, once it exists, an API client for
# the environment API (GENESYS_GAUTH_CLIENT_ID, GENESYS_GAUTH_CLIENT_SECRET).
provider "genesys" {}

variable "cluster_domain" {
  description = "Domain the cluster serves GAuth, GWS and WWE under."
  type        = string
  default     = "usw1.example.com"
}

variable "ccid" {
  description = "Contact center id (CCID) the Tenant Service is deployed with."
  type        = string
  default     = "ed4c03f3-6275-4419-8b2b-11d14af10655"
}

# You choose this secret, and GAuth never returns it: pass it from the environment so that nothing
# prompts for it, e.g. export TF_VAR_api_client_secret="$(openssl rand -hex 24)". Against
# genesys-emulator, the testing guide's emulator.env sets it.
variable "api_client_secret" {
  description = "Secret of the API client the other services use."
  type        = string
  sensitive   = true
  ephemeral   = true
}

# The Configuration Server user's password, which GAuth never returns: pass it from the environment
# so that nothing prompts for it (export TF_VAR_config_server_password=...). Against
# genesys-emulator, the testing guide's emulator.env sets it.
variable "config_server_password" {
  description = "Password of the Configuration Server user GAuth connects as."
  type        = string
  sensitive   = true
  ephemeral   = true
}

# 1. The API client the other services (and this provider's environment calls) authenticate as.
resource "genesys_gauth_client" "external" {
  client_id              = "external_api_client"
  name                   = "external_api_client"
  internal_client        = true
  authorities            = ["ROLE_INTERNAL_CLIENT"]
  authorized_grant_types = ["client_credentials", "authorization_code", "refresh_token", "password"]
  redirect_uris          = [for app in ["gauth", "gws", "wwe", "prov"] : "https://${app}.${var.cluster_domain}"]

  client_secret_wo         = var.api_client_secret
  client_secret_wo_version = 1
}

# 2. The tenant's environment: how GAuth reaches its Configuration Server.
resource "genesys_gauth_environment" "tenant" {
  id                  = var.ccid
  username            = "default"
  password_wo         = var.config_server_password
  password_wo_version = 1
  app_name            = "Cloud"
  tenant              = "Environment"
  connection_protocol = "addp"
  local_timeout       = 5
  remote_timeout      = 7
  trace_mode          = "CFGTMBoth"

  config_servers = [{
    primary_address = "172.24.132.84"
    primary_port    = 2020
    locations       = "/USW1"
  }]
}

# 3. The contact center, bound to that environment. Its id is the CCID the other services need.
resource "genesys_gauth_contact_center" "tenant" {
  id             = var.ccid
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.tenant.id
  auth           = "configServer"
}

# 4. The region GAuth serves (read_only = true marks the primary, writable region).
resource "genesys_gauth_data_center" "usw1" {
  location    = "/USW1"
  entry_point = "https://gauth.${var.cluster_domain}"
  read_only   = true
}

# 5. The web apps whose browser calls GAuth accepts.
resource "genesys_gauth_cors_origins" "tenant" {
  contact_center_id = genesys_gauth_contact_center.tenant.id
  origins           = ["https://gws.${var.cluster_domain}", "https://wwe.${var.cluster_domain}"]
}

output "ccid" {
  description = "The contact center id to provision the other Genesys services with."
  value       = genesys_gauth_contact_center.tenant.id
}

output "api_client_id" {
  value = genesys_gauth_client.external.client_id
}
