terraform {
  required_version = ">= 1.5"

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}
