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

# The Platform API of each org, for the scripts and tools handed over with it.
output "api_urls" {
  value = { for customer, region in var.customer_regions : customer => provider::genesys::region_api_url(region) }
}
