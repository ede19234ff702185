package provider

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// envChaosSize sets how many resources the chaos test applies. The default keeps `make test` fast;
// `make bench` runs it with GENESYS_CHAOS_N=100.
const envChaosSize = "GENESYS_CHAOS_N"

const defaultChaosSize = 20

// chaosFaults injects about one fault in five requests, of every kind the emulator has, replayably
// (seeded). Faults stay off the token endpoints, which no rule names.
func chaosFaults() emulator.FaultPlan {
	const each = 0.025 // eight deciding kinds: 1-(1-0.025)^8 ≈ 18% of requests, plus latency on 20%
	return emulator.FaultPlan{Seed: 42, Rules: []emulator.FaultRule{
		{Kind: emulator.FaultLatency, Latency: 50 * time.Millisecond, Fraction: 0.2},
		{Kind: emulator.FaultStatus, Status: 429, RetryAfter: 1, Fraction: each},
		{Kind: emulator.FaultStatus, Status: 500, Fraction: each},
		{Kind: emulator.FaultStatus, Status: 502, Fraction: each},
		{Kind: emulator.FaultStatus, Status: 503, Fraction: each},
		{Kind: emulator.FaultDrop, Fraction: each},
		{Kind: emulator.FaultCommitThenFail, Fraction: each},
		{Kind: emulator.FaultCommitThenDrop, Fraction: each},
		{Kind: emulator.FaultExpireTokens, Fraction: each},
		{Kind: emulator.FaultNotFoundAfterCreate, Window: time.Second, Fraction: 0.2},
	}}
}

// chaosCounts spreads n resources over the seven types, in dependency order so that every OAuth
// client has its role and every CORS setting its contact center and environment.
func chaosCounts(n int) map[string]int {
	types := []string{"role", "oauth", "environment", "contact_center", "cors", "gauth_client", "data_center"}
	counts := map[string]int{}
	for i, name := range types {
		counts[name] = n / len(types)
		if i < n%len(types) {
			counts[name]++
		}
	}
	return counts
}

func chaosConfig(env *testEnv, c map[string]int) string {
	return env.userProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "chaos" {
  count               = %[1]d
  name                = "Chaos role ${count.index}"
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = ["view"] }]
}

resource "genesys_cloud_oauth_client" "chaos" {
  count                 = %[2]d
  name                  = "Chaos client ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.chaos[count.index].id }]
}

resource "genesys_gauth_environment" "chaos" {
  count          = %[3]d
  username       = "default"
  password       = "password"
  app_name       = "Cloud"
  tenant         = "Chaos ${count.index}"
  config_servers = [{ primary_address = "10.0.0.${count.index}", primary_port = 2020 }]
}

resource "genesys_gauth_contact_center" "chaos" {
  count          = %[4]d
  domains        = ["chaos${count.index}"]
  environment_id = genesys_gauth_environment.chaos[count.index].id
}

resource "genesys_gauth_cors_origins" "chaos" {
  count             = %[5]d
  contact_center_id = genesys_gauth_contact_center.chaos[count.index].id
  origins           = ["https://chaos${count.index}.example.com"]
}

resource "genesys_gauth_client" "chaos" {
  count                  = %[6]d
  client_id              = "chaos-${count.index}"
  name                   = "Chaos API client ${count.index}"
  authorized_grant_types = ["client_credentials"]
  client_secret          = "chaos-secret-${count.index}"
}

resource "genesys_gauth_data_center" "chaos" {
  count       = %[7]d
  location    = "/CHAOS${count.index}"
  entry_point = "https://chaos${count.index}.example.com"
}
`, c["role"], c["oauth"], c["environment"], c["contact_center"], c["cors"], c["gauth_client"], c["data_center"])
}

// chaosSize reads the chaos test's size from the environment.
func chaosSize(t *testing.T) int {
	t.Helper()
	raw := os.Getenv(envChaosSize)
	if raw == "" {
		return defaultChaosSize
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n < 7 {
		t.Fatalf("%s=%q: want a whole number of at least 7 (one resource of each type)", envChaosSize, raw)
	}
	return n
}

// An apply of many resources of every type while the APIs misbehave in every way the emulator
// knows ends, after at most one more apply, with each object made exactly once, nothing left out of
// the state (the next plan is empty), and nothing left behind by destroy.
func TestAccProvider_chaos(t *testing.T) {
	t.Parallel()
	n := chaosSize(t)
	env := newTestEnv(t, emulator.Options{})
	seed := objectKeys(t, env.emu.Objects())
	counts := chaosCounts(n)
	config := chaosConfig(env, counts)

	var (
		step       int
		firstError error
		started    time.Time
	)
	underFaults := func() {
		step, started = 1, time.Now()
		env.emu.ResetStats()
		if err := env.emu.SetFaults(chaosFaults()); err != nil {
			t.Fatal(err)
		}
	}
	// reapply logs what the first apply met, for benchmarks, and lifts the faults.
	reapply := func() {
		st := env.emu.Stats()
		t.Logf("%d resources under faults: the first apply took %v (failed: %v), %d requests, by status %v",
			n, time.Since(started).Round(time.Millisecond), firstError != nil, st.Total, statusCounts(st))
		if firstError != nil {
			t.Logf("the first apply failed:\n%v", firstError)
		}
		step = 2
		if err := env.emu.SetFaults(emulator.FaultPlan{}); err != nil {
			t.Fatal(err)
		}
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		// The first apply may fail where the APIs left no way to know what a create did (a POST refused
		// before it was stored is not resent blindly); the second one must finish the job.
		ErrorCheck: func(err error) error {
			if step == 1 && firstError == nil {
				firstError = err
				return nil
			}
			return err
		},
		CheckDestroy: func(*terraform.State) error {
			if left := objectKeys(t, env.emu.Objects()); !maps.EqualFunc(left, seed, slices.Equal) {
				return fmt.Errorf("after destroy the emulator holds %v, want only its seed %v", left, seed)
			}
			return nil
		},
		Steps: []resource.TestStep{
			{PreConfig: underFaults, Config: config},
			{
				PreConfig: reapply,
				Config:    config,
				ConfigPlanChecks: resource.ConfigPlanChecks{
					PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
				},
				Check: func(*terraform.State) error {
					return checkEachMadeOnce(objectKeys(t, env.emu.Objects()), seed, counts)
				},
			},
		},
	})
}

// objectKinds maps each resource type of the chaos configuration onto the emulator's object kind
// and the natural key that tells two objects of that kind apart.
var objectKinds = map[string]struct {
	kind string
	key  func(map[string]any) string
}{
	"role":           {"cloud_roles", field("name")},
	"oauth":          {"cloud_oauth_clients", field("name")},
	"environment":    {"gauth_environments", field("tenant")},
	"contact_center": {"gauth_contact_centers", field("domains")},
	"cors":           {"gauth_settings", field("contactCenterId", "name", "location")},
	"gauth_client":   {"gauth_clients", field("client_id")},
	"data_center":    {"gauth_data_centers", field("location")},
}

func field(names ...string) func(map[string]any) string {
	return func(o map[string]any) string {
		parts := make([]string, len(names))
		for i, name := range names {
			parts[i] = fmt.Sprint(o[name])
		}
		return strings.Join(parts, "|")
	}
}

// objectKeys lists the natural keys of the emulator's objects of every kind the chaos test makes,
// sorted, duplicates kept.
func objectKeys(t *testing.T, objects emulator.Objects) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, k := range objectKinds {
		raw, err := json.Marshal(objects[k.kind])
		if err != nil {
			t.Fatal(err)
		}
		var list []map[string]any
		if err := json.Unmarshal(raw, &list); err != nil {
			t.Fatal(err)
		}
		keys := []string{}
		for _, o := range list {
			keys = append(keys, k.key(o))
		}
		slices.Sort(keys)
		out[k.kind] = keys
	}
	return out
}

// checkEachMadeOnce reports any natural key held twice, and any kind with other than the
// configured number of objects beyond its seed.
func checkEachMadeOnce(now, seed map[string][]string, counts map[string]int) error {
	var problems []string
	for name, k := range objectKinds {
		keys := now[k.kind]
		for i := 1; i < len(keys); i++ {
			if keys[i] == keys[i-1] {
				problems = append(problems, fmt.Sprintf("%s %q exists twice", k.kind, keys[i]))
			}
		}
		if made := len(keys) - len(seed[k.kind]); made != counts[name] {
			problems = append(problems, fmt.Sprintf("%d %s made, want %d", made, k.kind, counts[name]))
		}
	}
	if len(problems) > 0 {
		slices.Sort(problems)
		return fmt.Errorf("the emulator does not hold each configured object once: %s", strings.Join(problems, "; "))
	}
	return nil
}

// statusCounts sums the emulator's answers by status, for the log.
func statusCounts(st emulator.Stats) map[int]int {
	out := map[int]int{}
	for _, r := range st.Requests {
		out[r.Status] += r.Count
	}
	return out
}
