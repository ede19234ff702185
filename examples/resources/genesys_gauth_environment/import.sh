# An environment is imported by its id. GAuth never returns the password: the next apply sends the
# configured one.
terraform import genesys_gauth_environment.example 9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f
