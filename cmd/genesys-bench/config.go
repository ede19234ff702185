package main

import (
	"fmt"
	"io"
)

// configSpec sizes a generated configuration.
type configSpec struct {
	roles        int
	oauthClients int // each bound to the role of the same index, so at most roles
	gauthSets    int // GAuth environments, each with a contact center, a data center and CORS origins
	url          string
	cloudBudget  int // cloud.max_requests_per_minute, the budget per token; -1 leaves the provider's default, 0 is none
	maxTokens    int // cloud.max_tokens; 0 leaves the provider's default
}

// resources counts the resources of the configuration.
func (s configSpec) resources() int {
	return s.roles + min(s.oauthClients, s.roles) + 4*s.gauthSets
}

// writeConfig writes the configuration of spec: count-indexed resources, so its size does not grow
// with the number of objects, against the emulator's default credentials.
func writeConfig(w io.Writer, spec configSpec) error {
	throughput := ""
	if spec.cloudBudget >= 0 {
		throughput += fmt.Sprintf("\n    max_requests_per_minute = %d", spec.cloudBudget)
	}
	if spec.maxTokens > 0 {
		throughput += fmt.Sprintf("\n    max_tokens              = %d", spec.maxTokens)
	}
	_, err := fmt.Fprintf(w, `terraform {
  required_providers {
    genesys = {
      source = "ccaas-tf/genesys"
    }
  }
}

provider "genesys" {
  cloud {
    api_url       = %[1]q
    login_url     = %[1]q
    client_id     = "emulator-client"
    client_secret = "emulator-secret"%[2]s
  }
  gauth {
    url           = %[1]q
    client_id     = "emulator-gauth"
    client_secret = "emulator-gauth-secret"
    ops_username  = "ops"
    ops_password  = "ops"
  }
}

resource "genesys_cloud_role" "bench" {
  count       = %[3]d
  name        = "Bench role ${count.index}"
  description = "Least-privilege role of integration ${count.index}"

  permission_policies = [
    {
      domain      = "analytics"
      entity_name = "userObservation"
      action_set  = ["view"]
    },
    {
      domain      = "wfm"
      entity_name = "schedule"
      action_set  = ["administer"]
    },
  ]
}

resource "genesys_cloud_oauth_client" "bench" {
  count                 = %[4]d
  name                  = "Bench integration ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.bench[count.index].id }]
}

resource "genesys_gauth_environment" "bench" {
  count          = %[5]d
  username       = "default"
  password       = "password-${count.index}"
  app_name       = "Cloud"
  tenant         = "Tenant${count.index}"
  config_servers = [{ primary_address = "cs${count.index}.example.com", primary_port = 8888, locations = "/DC${count.index}" }]
}

resource "genesys_gauth_contact_center" "bench" {
  count          = %[5]d
  domains        = ["t${count.index}"]
  environment_id = genesys_gauth_environment.bench[count.index].id
  auth           = "configServer"
}

resource "genesys_gauth_data_center" "bench" {
  count       = %[5]d
  location    = "/DC${count.index}"
  entry_point = "https://gauth-dc${count.index}.example.com"
}

resource "genesys_gauth_cors_origins" "bench" {
  count             = %[5]d
  contact_center_id = genesys_gauth_contact_center.bench[count.index].id
  origins           = ["https://gws${count.index}.example.com", "https://wwe${count.index}.example.com"]
}
`, spec.url, throughput, spec.roles, min(spec.oauthClients, spec.roles), spec.gauthSets)
	if err != nil {
		return fmt.Errorf("write configuration: %w", err)
	}
	return nil
}
