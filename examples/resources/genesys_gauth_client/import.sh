# An API client is imported by its client_id. GAuth never returns the secret: the next apply sends
# the configured one.
terraform import genesys_gauth_client.example external_api_client
