#!/usr/bin/env bash
# A narrated walk-through of demo/main.tf against the bundled emulator: starts genesys-emulator on
# a free loopback port, installs the freshly built provider the way README.md tells users to (a
# filesystem mirror and terraform init, no registry), plans and applies the two flows, shows that
# a second plan has no changes, destroys everything and stops the emulator.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/bin"
work="$root/demo/.work"
# demo/main.tf calls the partner on-boarding module by its path in the repository
# (../examples/modules/...): the work directory keeps that layout, the configuration in demo/.
config="$work/demo"
terraform="${TF_ACC_TERRAFORM_PATH:-terraform}"
emulator_pid=""

say() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$@"; }

color=()
[ -t 1 ] || color=(-no-color) # plain text in CI logs
tf() {
  local cmd="$1"
  shift
  "$terraform" -chdir="$config" "$cmd" "${color[@]}" "$@"
}

# quietly runs a terraform command with its output in demo/.work/NAME.log, shown only if it fails.
quietly() {
  local name="$1"
  shift
  if ! tf "$@" >"$work/$name.log" 2>&1; then
    cat "$work/$name.log" >&2
    echo "terraform $1 failed (log: demo/.work/$name.log)" >&2
    exit 1
  fi
}

check_tools() {
  command -v "$terraform" >/dev/null 2>&1 || {
    echo "terraform was not found: install Terraform 1.5 or newer, or set TF_ACC_TERRAFORM_PATH." >&2
    exit 1
  }
  [ -x "$bin/genesys-emulator" ] || {
    echo "Build first: make build (make demo does it)." >&2
    exit 1
  }
}

stop_emulator() {
  [ -n "$emulator_pid" ] || return 0
  kill "$emulator_pid" 2>/dev/null || true
  wait "$emulator_pid" 2>/dev/null || true
  emulator_pid=""
}

# Genesys Cloud grants an OAuth client only roles the caller holds, and the demo grants the role it
# creates: it runs as the emulator's administrator user, with a token standing for a sign-in.
user_token="demo-admin-user-token"

start_emulator() {
  "$bin/genesys-emulator" -addr 127.0.0.1:0 -cloud-user-token "$user_token" >"$work/emulator.log" 2>&1 &
  emulator_pid=$!
  trap stop_emulator EXIT
  url=""
  for _ in $(seq 1 100); do
    url="$(sed -n 's/^listening on //p' "$work/emulator.log" | head -n 1)"
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "the emulator did not start:" >&2; cat "$work/emulator.log" >&2; exit 1; }
  say "genesys-emulator is listening on $url"
  note "An in-memory Genesys Cloud org and a GAuth service, seeded with a home division, the" \
    "built-in roles, an administrator user whose token demo/main.tf signs in with, and the" \
    "bootstrap credentials of GAuth. Nothing leaves this machine."
  export TF_VAR_emulator_url="$url"
  export TF_VAR_user_token="$user_token"
}

# install_provider does what README.md tells users to: make mirror, then terraform init.
install_provider() {
  say "Installing the local build: make mirror, then terraform init"
  "$root/scripts/local-mirror.sh" "$work/mirror" >"$work/mirror.log"
  export TF_CLI_CONFIG_FILE="$work/mirror/terraformrc"
  quietly init init -input=false
  local version
  version="$(sed -n 's/^ *version *= *"\(.*\)"/\1/p' "$config/.terraform.lock.hcl")"
  note "terraform init installed ccaas-tf/genesys $version from the filesystem mirror and recorded" \
    "its checksum in .terraform.lock.hcl, as it will for a registry release."
}

# without_unset_write_only drops the "(write-only attribute)" lines Terraform prints for every
# write-only argument, set or not, when the configuration sets none of them.
without_unset_write_only() {
  if grep -q '_wo *=' "$config/main.tf"; then
    cat
  else
    grep -v '_wo *= (write-only attribute)'
  fi
}

plan_and_apply() {
  say "The plan: two flows in one configuration"
  note "1. Genesys Cloud, partner on-boarding: a least-privilege role (three permission policies," \
    "   one limited to the home division), then a client-credentials OAuth client bound to it." \
    "2. GAuth for a private edition: an API client, a Configuration Server environment, a" \
    "   contact center on it, a data center and the contact center's CORS origins." \
    "(The unset write-only arguments client_secret_wo and password_wo are left out of the plan below;" \
    " the demo passes those secrets through client_secret and password.)"
  tf plan -input=false -out=demo.tfplan | without_unset_write_only

  say "Applying the saved plan"
  tf apply -input=false demo.tfplan
}

hand_over() {
  say "The outputs above are what gets handed over"
  note "Flow 1: oauth_client_id and oauth_client_secret go to the partner. Genesys Cloud returns the" \
    "secret only on create; Terraform keeps it in the state as sensitive, hence <sensitive>. As it is" \
    "the emulator's, here it is: $(tf output -raw oauth_client_secret)" \
    "(hand a real one over through a secret store, never a chat message)." \
    "Flow 2: contact_center_id is the CCID the other Genesys services are provisioned with."
}

second_plan() {
  say "A second plan: expecting no changes"
  set +e
  tf plan -input=false -detailed-exitcode >"$work/plan.log" 2>&1
  local code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    cat "$work/plan.log" >&2
    echo "the second plan was not empty (exit code $code)" >&2
    exit 1
  fi
  note "No changes: every object read back from the API matches the configuration."
}

destroy() {
  say "Destroying everything the demo made"
  quietly destroy destroy -auto-approve -input=false
  grep -E 'Destruction complete|Destroy complete' "$work/destroy.log" | sed 's/^/    /'
}

finish() {
  stop_emulator
  say "Done"
  note "You saw the provider installed from a filesystem mirror, a plan and an apply of a partner" \
    "on-boarding (role, OAuth client, handed-over credentials) and of a GAuth provisioning (API" \
    "client, environment, contact center, data center, CORS origins), a second plan with no" \
    "changes, and a destroy. The emulator was stopped; its log is demo/.work/emulator.log."
}

check_tools
rm -rf "$work" && mkdir -p "$config" "$work/examples/modules"
cp "$root/demo/main.tf" "$config/"
cp -R "$root/examples/modules/partner-onboarding" "$work/examples/modules/"
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
start_emulator
install_provider
plan_and_apply
hand_over
second_plan
destroy
finish
