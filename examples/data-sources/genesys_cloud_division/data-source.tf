# The org's home division: where objects go when no division is named.
data "genesys_cloud_division" "home" {
  home = true
}

# A division by its exact name.
data "genesys_cloud_division" "operations" {
  name = "Operations"
}

output "home_division_id" {
  value = data.genesys_cloud_division.home.id
}

output "operations_division_id" {
  value = data.genesys_cloud_division.operations.id
}
