terraform {
  required_version = ">= 1.6" # import blocks whose id is an expression

  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

# The same environment variables as the genesyscloud provider: GENESYSCLOUD_REGION,
# GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET.
provider "genesys" {}

data "genesys_cloud_division" "home" {
  home = true
}

# Before: genesyscloud_auth_role.reporting, with permission_policies blocks.
resource "genesys_cloud_role" "reporting" {
  name        = "Reporting Integration"
  description = "Reads analytics for the reporting back-end"

  permission_policies = [
    {
      domain      = "analytics"
      entity_name = "conversationDetail"
      action_set  = ["view"]
    },
    {
      domain      = "routing"
      entity_name = "queue"
      action_set  = ["view"]
      conditions = {
        conjunction = "AND"
        terms = [{
          variable_name = "Division.id"
          operator      = "EQ"
          operands      = [{ type = "SCALAR", value = data.genesys_cloud_division.home.id }]
        }]
      }
    },
  ]
}

# Before: genesyscloud_oauth_client.reporting, with a roles block.
resource "genesys_cloud_oauth_client" "reporting" {
  name                          = "Reporting Integration"
  description                   = "Credentials of the reporting back-end"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 600

  roles = [{
    role_id     = genesys_cloud_role.reporting.id
    division_id = data.genesys_cloud_division.home.id
  }]
}

# Adopt the objects instead of creating new ones. The ids are those in the old state
# (terraform state show genesyscloud_auth_role.reporting); looking them up by name works too.
data "genesys_cloud_role" "existing_reporting" {
  name = "Reporting Integration"
}

data "genesys_cloud_oauth_client" "existing_reporting" {
  name = "Reporting Integration"
}

import {
  to = genesys_cloud_role.reporting
  id = data.genesys_cloud_role.existing_reporting.id
}

import {
  to = genesys_cloud_oauth_client.reporting
  id = data.genesys_cloud_oauth_client.existing_reporting.id
}
