# The Configuration Server connection of a tenant. Its id is chosen here: the provisioning guide
# uses the contact center id (CCID) the Tenant Service is deployed with.
# The Configuration Server user's password, which GAuth never returns: pass it from the environment
# so that nothing prompts for it (export TF_VAR_config_server_password=...). Against
# genesys-emulator, the testing guide's emulator.env sets it.
variable "config_server_password" {
  description = "Password of the Configuration Server user GAuth connects as."
  type        = string
  sensitive   = true
  ephemeral   = true
}

resource "genesys_gauth_environment" "example" {
  id       = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"
  username = "default"
  app_name = "Cloud"
  tenant   = "Environment"

  # Write-only: never stored in the plan or the state (Terraform 1.11 or later).
  password_wo         = var.config_server_password
  password_wo_version = 1 # change it to send a new password

  connection_protocol = "addp"
  local_timeout       = 5
  remote_timeout      = 7

  config_servers = [{
    primary_address = "cs-primary.usw1.example.com"
    primary_port    = 8888
    backup_address  = "cs-backup.usw1.example.com"
    backup_port     = 8888
    locations       = "/USW1"
  }]
}
