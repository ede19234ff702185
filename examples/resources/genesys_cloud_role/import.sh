# A role is imported by its id (GET /api/v2/authorization/roles?name=... lists it, and so does the
# genesys_cloud_role data source), or by its exact name.
terraform import genesys_cloud_role.example 3f9c1a7e-5b2d-4c8e-9f10-6a7b8c9d0e1f
