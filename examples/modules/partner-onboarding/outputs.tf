output "client_id" {
  description = "OAuth client id to hand to the partner."
  value       = genesys_cloud_oauth_client.this.id
}

output "client_secret" {
  description = "OAuth client secret to hand to the partner over a secure channel. Null after an import, until the next rotation."
  value       = genesys_cloud_oauth_client.this.secret
  sensitive   = true
}

output "role_id" {
  description = "Id of the integration's role."
  value       = genesys_cloud_role.this.id
}
