# The environment provisioned for a Configuration Server tenant, by the tenant's name.
data "genesys_gauth_environment" "main" {
  tenant = "Environment"
}

output "environment" {
  value = {
    id             = data.genesys_gauth_environment.main.id
    app_name       = data.genesys_gauth_environment.main.app_name
    config_servers = data.genesys_gauth_environment.main.config_servers[*].primary_address
  }
}
