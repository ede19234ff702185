terraform {
  required_version = ">= 1.10" # ephemeral resources
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# The partner's client, bound to a role an administrator made and granted to the OAuth client
# Terraform uses beforehand (Genesys Cloud grants only roles the caller holds).
data "genesys_cloud_role" "reporting" {
  name = "Reporting Back-end"
}

resource "genesys_cloud_oauth_client" "partner" {
  name                  = "Reporting Back-end"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = data.genesys_cloud_role.reporting.id }]
}

# Signs in as the partner's client. The token is in no plan and no state.
ephemeral "genesys_cloud_access_token" "partner" {
  client_id     = genesys_cloud_oauth_client.partner.id
  client_secret = genesys_cloud_oauth_client.partner.secret
}

# Before the id and secret are handed over: proof, on every plan and apply, that they work.
check "partner_can_sign_in" {
  assert {
    condition     = length(ephemeral.genesys_cloud_access_token.partner.access_token) > 0
    error_message = "The partner's OAuth client cannot sign in with its secret."
  }
}
