# A deployment in two regions. GAuth's read_only flag is the reverse of what its name says: the
# provisioning guide sets it to true on the primary (writable) region and false on the others.
resource "genesys_gauth_data_center" "example" {
  location    = "/USW1"
  entry_point = "https://gauth-usw1.example.com"
  read_only   = true
}

resource "genesys_gauth_data_center" "euw1" {
  location    = "/EUW1"
  entry_point = "https://gauth-euw1.example.com"
  read_only   = false
}
