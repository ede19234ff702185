import {
  to = genesys_gauth_client.example
  id = "external_api_client"
}
