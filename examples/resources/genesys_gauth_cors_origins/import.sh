# The CORS origins of a contact center are imported by the contact center id (CCID).
terraform import genesys_gauth_cors_origins.example 3c1d5e7f-9a2b-4c6d-8e0f-2a4b6c8d0e1f
