# The contact center whose users log in as t100\<user>, by that tenant domain.
data "genesys_gauth_contact_center" "t100" {
  domain = "t100"
}

output "ccid" {
  description = "The contact center id other Genesys services are provisioned with."
  value       = data.genesys_gauth_contact_center.t100.id
}

output "environment_id" {
  value = data.genesys_gauth_contact_center.t100.environment_id
}
