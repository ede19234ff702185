# An API client is imported by its client_id (or by its name, when one client has it). GAuth never
# returns the secret: the next apply sends the configured one.
terraform import genesys_gauth_client.example external_api_client
