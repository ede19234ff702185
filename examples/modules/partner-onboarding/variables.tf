variable "name" {
  description = "Name of the integration. The role and the OAuth client are both named after it, so it must be unused among the org's roles."
  type        = string

  validation {
    condition     = length(trimspace(var.name)) > 0
    error_message = "The integration needs a name."
  }
}

variable "description" {
  description = "What the integration does, shown on the role and the OAuth client in the admin UI."
  type        = string
  default     = "Partner integration, managed by Terraform."
}

variable "permission_policies" {
  description = "The least privileges the integration needs: each policy grants actions on one entity of one domain, optionally narrowed by conditions. The genesys_cloud_permissions data source lists what a domain offers."
  type = list(object({
    domain      = string
    entity_name = string
    action_set  = list(string)
    conditions = optional(object({
      conjunction = string
      terms = list(object({
        variable_name = string
        operator      = string
        operands = list(object({
          type     = string
          value    = optional(string)
          user_id  = optional(string)
          queue_id = optional(string)
          team_id  = optional(string)
        }))
      }))
    }))
  }))

  validation {
    condition     = length(var.permission_policies) > 0
    error_message = "Grant the integration at least one permission policy; a role without any is of no use to it."
  }
}

variable "division_id" {
  description = "Division the role is granted in: a division id, \"*\" for every division, or null for the org's home division."
  type        = string
  default     = null
}

variable "access_token_validity_seconds" {
  description = "Lifetime of the integration's access tokens, in seconds (300 to 172800)."
  type        = number
  default     = 86400
}

variable "secret_rotation" {
  description = "Change any value to reset the client secret in place, such as { rotated = \"2026-11\" }."
  type        = map(string)
  default     = null
}
