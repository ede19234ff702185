# The browser origins GAuth accepts for one contact center: the web apps of the cluster.
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
  }]
}

resource "genesys_gauth_contact_center" "t100" {
  id             = local.ccid
  domains        = ["t100"]
  environment_id = genesys_gauth_environment.t100.id
}

# The whole list is managed here: origins added by hand are removed by the next apply.
resource "genesys_gauth_cors_origins" "example" {
  contact_center_id = genesys_gauth_contact_center.t100.id
  origins = [
    "https://gws.example.com",
    "https://wwe.example.com",
  ]
}
