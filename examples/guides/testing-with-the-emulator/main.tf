terraform {
  required_version = ">= 1.5"

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# Nothing here names the emulator: the environment decides where the template goes, so the same
# files run offline and against a real org (see emulator.env for the variables).
provider "genesys" {}

resource "genesys_cloud_role" "smoke" {
  name        = "Offline Smoke Test"
  description = "Applied against genesys-emulator by CI"

  permission_policies = [{
    domain      = "routing"
    entity_name = "queue"
    action_set  = ["view"]
  }]
}

resource "genesys_gauth_data_center" "smoke" {
  location    = "/USW1"
  entry_point = "https://gauth.usw1.example.com"
  read_only   = true
}
