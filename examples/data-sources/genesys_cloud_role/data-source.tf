# A built-in role, by its default role id: the same in every org, whatever its display name.
data "genesys_cloud_role" "employee" {
  default_role_id = "employee"
}

# Any role, by its exact name.
data "genesys_cloud_role" "supervisor" {
  name = "Supervisor"
}

output "employee_role_id" {
  value = data.genesys_cloud_role.employee.id
}

output "supervisor_role_id" {
  value = data.genesys_cloud_role.supervisor.id
}
