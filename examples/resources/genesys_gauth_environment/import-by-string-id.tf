import {
  to = genesys_gauth_environment.example
  id = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"
}
