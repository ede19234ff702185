#!/usr/bin/env bash
# Prints the path of an OpenTofu CLI, building it first when it is not there yet.
#
#   scripts/opentofu.sh [VERSION]      (make testacc-tofu runs it with 1.12.6)
#
# OpenTofu publishes no Go-installable command, but its module builds from the Go module proxy:
# a small wrapper module requires it, with the one replace its own go.mod has, and
# `go build .../cmd/tofu` does the rest (about 10 minutes on two cores, once). The build goes into a
# cache folder outside the checkout, OPENTOFU_CACHE or ~/.cache/terraform-provider-genesys.
set -euo pipefail
version="${1:-1.12.6}"
cache="${OPENTOFU_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/terraform-provider-genesys}"
bin="$cache/opentofu-$version/tofu"
if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi
work="$cache/opentofu-$version/module"
mkdir -p "$work"
echo "building OpenTofu $version into $bin (about 10 minutes, once)..." >&2
modcache="$(go env GOMODCACHE)"
go mod download "github.com/opentofu/opentofu@v$version" >&2
replace="$(sed -n 's/^replace \(github.com\/hashicorp\/hcl\/v2 .*\)$/\1/p' "$modcache/github.com/opentofu/opentofu@v$version/go.mod")"
cat >"$work/go.mod" <<MOD
module opentofubuild

go 1.26

require github.com/opentofu/opentofu v$version

replace $replace
MOD
(cd "$work" && GOFLAGS=-mod=mod go build -o "$bin" github.com/opentofu/opentofu/cmd/tofu) >&2
echo "$bin"
