# What a role's permission policies can grant in the routing domain.
data "genesys_cloud_permissions" "routing" {
  domain = "routing"
}

# The actions on queues, and which of them accept conditions.
output "queue_actions" {
  value = {
    for p in data.genesys_cloud_permissions.routing.permissions :
    p.action => p.allows_conditions if p.entity_type == "queue"
  }
}
