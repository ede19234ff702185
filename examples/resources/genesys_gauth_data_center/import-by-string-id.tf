# The id is the one GAuth gave the data center (GET /environment/v3/data-centers lists them).
import {
  to = genesys_gauth_data_center.example
  id = "5b7d9f1a-3c5e-4a7b-9d1f-3e5a7c9b1d2e"
}
