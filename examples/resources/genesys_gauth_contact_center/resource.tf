# A tenant whose users log in as t100\<user>, authenticated against the Configuration Server of
# its environment. Both carry the CCID the Tenant Service is deployed with.
locals {
  ccid = "3c1d5e7f-9a2b-4c6d-8e0f-2a4b6c8d0e1f"
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

resource "genesys_gauth_environment" "t100" {
  id                  = local.ccid
  username            = "default"
  password_wo         = var.config_server_password
  password_wo_version = 1
  app_name            = "Cloud"
  tenant              = "Environment"

  config_servers = [{
    primary_address = "cs-primary.usw1.example.com"
    primary_port    = 8888
    locations       = "/USW1"
  }]
}

resource "genesys_gauth_contact_center" "example" {
  id             = local.ccid
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.t100.id
  auth           = "configServer"
}

output "ccid" {
  description = "The contact center id other Genesys services are provisioned with."
  value       = genesys_gauth_contact_center.example.id
}
