#!/usr/bin/env bash
# Applies demo/main.tf against the bundled emulator: starts genesys-emulator on a free loopback
# port, points terraform at the freshly built provider through a dev-override CLI configuration
# (no registry needed), applies, shows that a second plan has no changes, destroys, stops.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/bin"
work="$root/demo/.work"
terraform="${TF_ACC_TERRAFORM_PATH:-terraform}"

command -v "$terraform" >/dev/null 2>&1 || {
  echo "terraform was not found: install Terraform 1.5 or newer, or set TF_ACC_TERRAFORM_PATH." >&2
  exit 1
}
[ -x "$bin/terraform-provider-genesys" ] && [ -x "$bin/genesys-emulator" ] || {
  echo "Build first: make build (make demo does it)." >&2
  exit 1
}

rm -rf "$work" && mkdir -p "$work"
cp "$root/demo/main.tf" "$work/"

# Genesys Cloud grants an OAuth client only roles the caller holds, and the demo grants the role it
# creates: it runs as the emulator's administrator user, with a token standing for a sign-in.
user_token="demo-admin-user-token"
"$bin/genesys-emulator" -addr 127.0.0.1:0 -cloud-user-token "$user_token" >"$work/emulator.log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
  url="$(sed -n 's/^listening on //p' "$work/emulator.log" | head -n 1)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the emulator did not start:" >&2; cat "$work/emulator.log" >&2; exit 1; }
echo "==> genesys-emulator listening on $url"

cat >"$work/terraformrc" <<RC
provider_installation {
  dev_overrides {
    "registry.terraform.io/ccaas-tf/genesys" = "$bin"
  }
  direct {}
}
RC
export TF_CLI_CONFIG_FILE="$work/terraformrc"
export TF_IN_AUTOMATION=1
export TF_VAR_emulator_url="$url"
export TF_VAR_user_token="$user_token"
color=()
[ -t 1 ] || color=(-no-color) # plain text in CI logs
tf() {
  local cmd="$1"
  shift
  "$terraform" -chdir="$work" "$cmd" "${color[@]}" "$@"
}

echo "==> terraform apply"
tf apply -auto-approve -input=false -compact-warnings

echo "==> outputs"
tf output
echo "oauth_client_secret (sensitive, shown here because it is the emulator's): $(tf output -raw oauth_client_secret)"

echo "==> second plan: expecting no changes"
set +e
tf plan -input=false -detailed-exitcode -compact-warnings
code=$?
set -e
if [ "$code" -ne 0 ]; then
  echo "the second plan was not empty (exit code $code)" >&2
  exit 1
fi

echo "==> terraform destroy"
tf destroy -auto-approve -input=false -compact-warnings
echo "==> demo finished"
