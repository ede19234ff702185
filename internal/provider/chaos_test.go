package provider

import (
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
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

// chaosConfig is one pipeline's chaos configuration. Its objects' unique keys start with the
// pipeline's name; its OAuth clients are named alike in every pipeline (client names need not be
// unique) and told apart by the pipeline's roles.
func chaosConfig(env *acctest.Env, pipeline string, c map[string]int) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "chaos" {
  count               = %[1]d
  name                = "%[3]s role ${count.index}"
  permission_policies = [{ domain = "directory", entity_name = "user", action_set = ["view"] }]
}

resource "genesys_cloud_oauth_client" "chaos" {
  count                 = %[2]d
  name                  = "Chaos client ${count.index}"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles                 = [{ role_id = genesys_cloud_role.chaos[count.index].id }]
}
`, c["role"], c["oauth"], pipeline) + countedGAuthBlocks("chaos", pipeline, gauthCounts{
		environments: c["environment"], contactCenters: c["contact_center"], corsOrigins: c["cors"],
		clients: c["gauth_client"], dataCenters: c["data_center"],
	}, "genesys_gauth_environment.chaos[count.index].id", "genesys_gauth_contact_center.chaos[count.index].id")
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

// chaosPipelines are the two pipelines that apply the chaos configuration at the same time.
var chaosPipelines = []string{"Chaos", "Rival"}

// An apply of many resources of every type, by two pipelines at once sharing one CI OAuth client,
// into an org that already holds other teams' objects (OAuth clients of the same names among them),
// while the APIs misbehave in every way the emulator knows, ends, after at most one more apply, with
// each object made exactly once, every object in exactly one state (the next plan is empty, nothing
// is left behind by destroy), and the other teams' objects untouched.
func TestAccProvider_chaos(t *testing.T) {
	t.Parallel()
	n := chaosSize(t)
	// The pipelines share one CI OAuth client (client credentials, so that tokens expiring early
	// under the faults are renewed) and grant the roles they create: a real org would need those
	// roles granted to the CI client first, which the role-holding rule's own tests cover.
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{AllowUnheldRoleGrants: true})
	counts := chaosCounts(n)
	others := env.SeedOthersObjects(t, counts["oauth"])
	seed := objectKeys(t, emu.Objects())
	before := othersDump(t, env, others)

	if err := emu.SetFaults(chaosFaults()); err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	var (
		bothReapply sync.WaitGroup
		liftFaults  sync.Once
		mu          sync.Mutex
		owner       = map[string][]string{} // resource id -> the pipelines whose state holds it
	)
	bothReapply.Add(len(chaosPipelines))
	runConcurrently(t, chaosPipelines, func(t *testing.T, pipeline string) {
		config := chaosConfig(env, pipeline, counts)
		var step int
		var firstError error
		// reapply waits for the other pipeline's first apply, logs what they met, for
		// benchmarks, and lifts the faults.
		reapply := func() {
			bothReapply.Done()
			bothReapply.Wait()
			liftFaults.Do(func() {
				st := emu.Stats()
				t.Logf("%d resources per pipeline under faults: the first applies took %v, %d requests, by status %v",
					n, time.Since(started).Round(time.Millisecond), st.Total, statusCounts(st))
				if err := emu.SetFaults(emulator.FaultPlan{}); err != nil {
					t.Error(err)
				}
			})
			if firstError != nil {
				t.Logf("the first apply failed:\n%v", firstError)
			}
			step = 2
		}
		acctest.Test(t, resource.TestCase{
			// The first apply may fail where the APIs left no way to know what a create did (a POST
			// refused before it was stored is not resent blindly); the second one must finish the job.
			ErrorCheck: func(err error) error {
				if step == 1 && firstError == nil {
					firstError = err
					return nil
				}
				return err
			},
			CheckDestroy: acctest.CheckFunc(func() error {
				return checkPipelineGone(objectKeys(t, emu.Objects()), seed, pipeline)
			}),
			Steps: []resource.TestStep{
				{PreConfig: func() { step = 1 }, Config: config},
				{
					PreConfig: reapply,
					Config:    config,
					ConfigPlanChecks: resource.ConfigPlanChecks{
						PostApplyPostRefresh: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()},
					},
					Check: resource.ComposeTestCheckFunc(
						acctest.CheckFunc(func() error {
							return checkEachMadeOnce(objectKeys(t, emu.Objects()), seed, pipeline, counts)
						}),
						env.CheckEverySecretWorks("genesys_cloud_oauth_client.chaos"),
						func(s *terraform.State) error {
							mu.Lock()
							defer mu.Unlock()
							for _, rs := range s.RootModule().Resources {
								owner[rs.Type+" "+rs.Primary.ID] = append(owner[rs.Type+" "+rs.Primary.ID], pipeline)
							}
							return nil
						},
					),
				},
			},
		})
	})

	for id, pipelines := range owner {
		if len(pipelines) != 1 {
			t.Errorf("%s is in the state of pipelines %v, want exactly one", id, pipelines)
		}
	}
	if left := objectKeys(t, emu.Objects()); !maps.EqualFunc(left, seed, slices.Equal) {
		t.Errorf("after both destroys the emulator holds %v, want only what was there before %v", left, seed)
	}
	if after := othersDump(t, env, others); !reflect.DeepEqual(after, before) {
		t.Errorf("other teams' objects changed:\nbefore %v\nafter  %v", before, after)
	}
}

// othersIDFields is the field of each kind's dumped objects that seedOthersObjects returns.
var othersIDFields = map[string]string{
	"cloud_roles": "id", "cloud_oauth_clients": "id", "gauth_environments": "id", "gauth_contact_centers": "id",
	"gauth_settings": "contactCenterId", "gauth_clients": "client_id", "gauth_data_centers": "id",
}

// othersDump is the emulator's dump of the other team's objects, by kind and id.
func othersDump(t *testing.T, env *acctest.Env, ids map[string][]string) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for kind, want := range ids {
		out[kind] = map[string]any{}
		for _, o := range acctest.ObjectsOf(t, env, kind) {
			if id := fmt.Sprint(o[othersIDFields[kind]]); slices.Contains(want, id) {
				out[kind][id] = o
			}
		}
	}
	return out
}

// objectKinds maps each resource type of the chaos configuration onto the emulator's object kind,
// the natural key that tells two objects of that kind apart, and the start of the key of a
// pipeline's objects. An OAuth client's key is its name and the names of the roles it holds.
var objectKinds = map[string]struct {
	kind   string
	key    func(o map[string]any, roleNames map[string]string) string
	prefix func(pipeline string) string
}{
	"role":           {"cloud_roles", acctest.Field("name"), func(p string) string { return p + " role " }},
	"oauth":          {"cloud_oauth_clients", oauthKey, func(p string) string { return "|" + p + " role " }},
	"environment":    {"gauth_environments", acctest.Field("tenant"), func(p string) string { return p + " " }},
	"contact_center": {"gauth_contact_centers", acctest.Field("domains"), func(p string) string { return "[" + strings.ToLower(p) }},
	"cors":           {"gauth_settings", acctest.Field("value"), func(p string) string { return "https://" + strings.ToLower(p) }},
	"gauth_client":   {"gauth_clients", acctest.Field("client_id"), func(p string) string { return strings.ToLower(p) + "-" }},
	"data_center":    {"gauth_data_centers", acctest.Field("location"), func(p string) string { return "/" + strings.ToUpper(p) }},
}

// oauthKey is an OAuth client's name, then "|" and the name of each role it holds.
func oauthKey(o map[string]any, roleNames map[string]string) string {
	key := fmt.Sprint(o["name"])
	grants, _ := o["roleDivisions"].([]any)
	for _, g := range grants {
		grant, _ := g.(map[string]any)
		key += "|" + roleNames[fmt.Sprint(grant["roleId"])]
	}
	return key
}

// ownedBy reports whether a key of the resource type name is one of the pipeline's objects.
func ownedBy(name, key, pipeline string) bool {
	prefix := objectKinds[name].prefix(pipeline)
	if name == "oauth" {
		return strings.Contains(key, prefix)
	}
	return strings.HasPrefix(key, prefix)
}

// objectKeys lists the natural keys of the emulator's objects of every kind the chaos test makes,
// by resource type, sorted, duplicates kept.
func objectKeys(t *testing.T, objects emulator.Objects) map[string][]string {
	t.Helper()
	roleNames := map[string]string{}
	for _, r := range acctest.DecodeObjects(t, objects, "cloud_roles") {
		roleNames[fmt.Sprint(r["id"])] = fmt.Sprint(r["name"])
	}
	out := map[string][]string{}
	for name, k := range objectKinds {
		keys := []string{}
		for _, o := range acctest.DecodeObjects(t, objects, k.kind) {
			keys = append(keys, k.key(o, roleNames))
		}
		slices.Sort(keys)
		out[name] = keys
	}
	return out
}

// checkEachMadeOnce reports any key of the pipeline held twice, and any type with other than the
// configured number of the pipeline's objects.
func checkEachMadeOnce(now, seed map[string][]string, pipeline string, counts map[string]int) error {
	var problems []string
	for name := range objectKinds {
		var keys []string
		for _, key := range now[name] {
			if ownedBy(name, key, pipeline) && !slices.Contains(seed[name], key) {
				keys = append(keys, key)
			}
		}
		for i := 1; i < len(keys); i++ {
			if keys[i] == keys[i-1] {
				problems = append(problems, fmt.Sprintf("%s %q exists twice", name, keys[i]))
			}
		}
		if len(keys) != counts[name] {
			problems = append(problems, fmt.Sprintf("%d %s objects made, want %d", len(keys), name, counts[name]))
		}
	}
	if len(problems) > 0 {
		slices.Sort(problems)
		return fmt.Errorf("the emulator does not hold each of %s's objects once: %s", pipeline, strings.Join(problems, "; "))
	}
	return nil
}

// checkPipelineGone reports any object of the pipeline left after its destroy.
func checkPipelineGone(now, seed map[string][]string, pipeline string) error {
	var left []string
	for name, keys := range now {
		for _, key := range keys {
			if ownedBy(name, key, pipeline) && !slices.Contains(seed[name], key) {
				left = append(left, name+" "+key)
			}
		}
	}
	if len(left) > 0 {
		return fmt.Errorf("after destroy the emulator still holds %s's objects %v", pipeline, left)
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
