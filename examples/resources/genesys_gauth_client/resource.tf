# The API client the other private-edition services (GWS, WWE, provisioning) use, as in the GAuth
# provisioning guide. Its secret is write-only: sent to GAuth and never stored in the plan or the
# state (Terraform 1.11 or later; with an older Terraform, set client_secret instead).
# You choose this secret, and GAuth never returns it: pass it from the environment so that nothing
# prompts for it, e.g. export TF_VAR_api_client_secret="$(openssl rand -hex 24)". Against
# genesys-emulator, the testing guide's emulator.env sets it.
variable "api_client_secret" {
  description = "Secret of the external API client."
  type        = string
  sensitive   = true
  ephemeral   = true
}

resource "genesys_gauth_client" "example" {
  client_id              = "external_api_client"
  name                   = "external_api_client"
  internal_client        = true
  authorities            = ["ROLE_INTERNAL_CLIENT"]
  authorized_grant_types = ["client_credentials", "authorization_code", "refresh_token", "password"]
  redirect_uris = [
    "https://gauth.example.com",
    "https://gws.example.com",
    "https://wwe.example.com",
    "https://prov.example.com",
  ]

  client_secret_wo         = var.api_client_secret
  client_secret_wo_version = 1 # change it to send a new secret
}
