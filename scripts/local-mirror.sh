#!/usr/bin/env bash
# Builds the provider into a Terraform filesystem mirror and writes a CLI configuration that
# installs ccaas-tf/genesys from it (every other provider still comes from its registry), so
# `terraform init` (or `tofu init`) works with a local build and records the build's checksum in
# .terraform.lock.hcl, as it will for a registry release.
#
#   scripts/local-mirror.sh [DIR] [VERSION]     (make mirror runs it with bin/mirror and 0.0.1)
#
# The local build is version 0.0.1, below any release: once releases exist,
# `terraform init -upgrade` moves a configuration from the local build to the newest release.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$root/bin/mirror}"
version="${2:-0.0.1}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
platform="$(go env GOOS)_$(go env GOARCH)"
# Terraform resolves ccaas-tf/genesys to registry.terraform.io, OpenTofu to registry.opentofu.org.
address="registry.terraform.io/ccaas-tf/genesys"
tofu_address="registry.opentofu.org/ccaas-tf/genesys"
package="$dir/$address/$version/$platform"
tofu_package="$dir/$tofu_address/$version/$platform"

# The unpacked layout: HOSTNAME/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE_vVERSION.
# A rebuild replaces the directories whole, so no binary of an older build is left beside it.
rm -rf "$package" "$tofu_package" && mkdir -p "$package" "$tofu_package"
(cd "$root" && CGO_ENABLED=0 go build -trimpath -ldflags "-X main.version=$version" \
  -o "$package/terraform-provider-genesys_v$version" .)
cp "$package/terraform-provider-genesys_v$version" "$tofu_package/"

cat >"$dir/terraformrc" <<RC
# Written by scripts/local-mirror.sh: $address from the local build in this directory.
provider_installation {
  filesystem_mirror {
    path    = "$dir"
    include = ["$address", "$tofu_address"]
  }
  direct {
    exclude = ["$address", "$tofu_address"]
  }
}
RC
echo "provider $address $version ($platform) built into $dir"
echo "use it with: export TF_CLI_CONFIG_FILE=$dir/terraformrc"
