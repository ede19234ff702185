# An API client is imported by its client_id, or by its name when one client has it.
import {
  to = genesys_gauth_client.example
  id = "external_api_client"
}

# GAuth never returns the secret, so the block that `terraform plan -generate-config-out=generated.tf`
# writes for this import has `client_secret = null # sensitive`, and the next plan refuses it until
# that null is replaced with the secret (client_secret = var.external_client_secret, say), or the
# line with client_secret_wo and client_secret_wo_version. The next apply sends it.
