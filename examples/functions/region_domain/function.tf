terraform {
  required_version = ">= 1.8" # provider-defined functions
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# Each customer's org, by region name or domain as the customer gave it.
variable "customer_regions" {
  type    = map(string)
  default = { acme = "eu-central-1", globex = "mypurecloud.com.au" }
}

# The link to each org's Genesys Cloud web app, which is served at apps.<domain>.
output "admin_links" {
  value = { for customer, region in var.customer_regions : customer => "https://apps.${provider::genesys::region_domain(region)}" }
}
