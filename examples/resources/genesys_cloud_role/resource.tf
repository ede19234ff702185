# A least-privilege role for a reporting back-end: conversation details everywhere, queues only
# in the home division.
data "genesys_cloud_division" "home" {
  home = true
}

resource "genesys_cloud_role" "example" {
  name        = "Reporting Integration"
  description = "Reads conversation details and queues for the reporting back-end"

  permission_policies = [
    {
      domain      = "analytics"
      entity_name = "conversationDetail"
      action_set  = ["view"]
    },
    {
      domain      = "routing"
      entity_name = "queue"
      action_set  = ["search"]
    },
    {
      # Conditions only on permissions whose catalogue entry allows them (routing:queue:view does).
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

# Adopt the org's built-in Employee role and manage its permissions. It is not created and not
# deleted: destroy restores its built-in defaults. A built-in role keeps its name.
resource "genesys_cloud_role" "employee" {
  default_role_id = "employee"
  name            = "Employee"
  description     = "Basic access given to every person in the organization."

  permission_policies = [
    {
      domain      = "directory"
      entity_name = "user"
      action_set  = ["view"]
    },
    {
      domain      = "directory"
      entity_name = "group"
      action_set  = ["view"]
    },
  ]
}
