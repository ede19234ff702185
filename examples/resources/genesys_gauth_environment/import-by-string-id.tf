import {
  to = genesys_gauth_environment.example
  id = "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"
}

# GAuth never returns the Configuration Server password, so the block that
# `terraform plan -generate-config-out=generated.tf` writes for this import has
# `password = null # sensitive`, and the next plan refuses it until that null is replaced with the
# password (password = var.config_server_password, say), or with password_wo and
# password_wo_version. The next apply sends it.
