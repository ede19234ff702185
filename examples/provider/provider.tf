terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# Configure the products you manage: the cloud block, the gauth block, or both. Every attribute
# may be left out and read from the environment variable named in its comment instead; the
# variables below default to null, which does the same.
provider "genesys" {
  cloud {
    region        = "eu-west-1"                    # GENESYSCLOUD_REGION
    client_id     = var.genesyscloud_client_id     # GENESYSCLOUD_OAUTHCLIENT_ID
    client_secret = var.genesyscloud_client_secret # GENESYSCLOUD_OAUTHCLIENT_SECRET

    # Or, instead of client_id and client_secret, a signed-in user's token
    # (GENESYSCLOUD_ACCESS_TOKEN), with the opt-in that lets one apply create a role and grant it
    # to a new OAuth client (Genesys Cloud grants only roles the caller holds):
    # access_token        = var.genesyscloud_access_token
    # grant_roles_to_user = true
  }

  gauth {
    url           = var.gauth_url           # GENESYS_GAUTH_URL
    client_id     = var.gauth_client_id     # GENESYS_GAUTH_CLIENT_ID
    client_secret = var.gauth_client_secret # GENESYS_GAUTH_CLIENT_SECRET
    ops_username  = var.gauth_ops_username  # GENESYS_GAUTH_OPS_USERNAME
    ops_password  = var.gauth_ops_password  # GENESYS_GAUTH_OPS_PASSWORD
  }
}

variable "genesyscloud_client_id" {
  description = "Genesys Cloud OAuth client (client-credentials grant) Terraform acts as."
  type        = string
  default     = null
}

variable "genesyscloud_client_secret" {
  description = "Secret of that OAuth client."
  type        = string
  sensitive   = true
  default     = null
}

variable "gauth_url" {
  description = "GAuth base URL of the private edition, such as https://gauth.example.com."
  type        = string
  default     = null
}

variable "gauth_client_id" {
  description = "GAuth API client with authority ROLE_INTERNAL_CLIENT, for the environment API."
  type        = string
  default     = null
}

variable "gauth_client_secret" {
  description = "Secret of that GAuth API client."
  type        = string
  sensitive   = true
  default     = null
}

variable "gauth_ops_username" {
  description = "GAuth ops user (Helm value services.secret.admin_username)."
  type        = string
  default     = null
}

variable "gauth_ops_password" {
  description = "GAuth ops password (Helm value services.secret.admin_password)."
  type        = string
  sensitive   = true
  default     = null
}
