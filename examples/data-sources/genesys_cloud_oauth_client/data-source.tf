# An OAuth client created outside this configuration, by its exact name. The secret is never
# available from a lookup.
data "genesys_cloud_oauth_client" "reporting" {
  name = "Reporting Back-end"
}

output "reporting_client" {
  value = {
    id    = data.genesys_cloud_oauth_client.reporting.id
    grant = data.genesys_cloud_oauth_client.reporting.authorized_grant_type
    state = data.genesys_cloud_oauth_client.reporting.state
  }
}
