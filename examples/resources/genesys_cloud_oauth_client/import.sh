# An OAuth client is imported by its client id, or by its name when no other client has it. Its
# secret cannot be read back: it stays unknown to Terraform until the next rotation (see the
# secret_rotation attribute).
terraform import genesys_cloud_oauth_client.example 6a4c2f0e-3b1d-4e8f-9c7a-2d5e8f1b3c4a
