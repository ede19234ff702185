# A contact center is imported by its id (CCID), or by one of its domains when one contact center has it.
terraform import genesys_gauth_contact_center.example 3c1d5e7f-9a2b-4c6d-8e0f-2a4b6c8d0e1f
