# A data center is imported by the id GAuth gave it, or by its location (such as /USW1); to list them:
#   curl -u "$GENESYS_GAUTH_OPS_USERNAME:$GENESYS_GAUTH_OPS_PASSWORD" "$GENESYS_GAUTH_URL/environment/v3/data-centers"
terraform import genesys_gauth_data_center.example 5b7d9f1a-3c5e-4a7b-9d1f-3e5a7c9b1d2e
