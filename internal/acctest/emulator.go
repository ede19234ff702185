package acctest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// CheckEverySecretWorks gets a token with the id and secret in the state of every instance of the
// resource at addr (a counted resource, without the index).
func (e *Env) CheckEverySecretWorks(addr string) resource.TestCheckFunc {
	return func(s *terraform.State) error {
		checked := 0
		for name, rs := range s.RootModule().Resources {
			if !strings.HasPrefix(name, addr+".") {
				continue
			}
			if err := e.CheckClientCredentials(rs.Primary.ID, rs.Primary.Attributes["secret"]); err != nil {
				return fmt.Errorf("%s: the secret in the state does not work: %w", name, err)
			}
			checked++
		}
		if checked == 0 {
			return fmt.Errorf("no instance of %s in the state", addr)
		}
		return nil
	}
}

// CountAnswers counts the answers with that method, route template and status.
func CountAnswers(st emulator.Stats, method, route string, status int) int {
	n := 0
	for _, r := range st.Requests {
		if r.Method == method && r.Route == route && r.Status == status {
			n += r.Count
		}
	}
	return n
}

// SeedOthersObjects makes, through the API, objects of every type that belong to another team:
// OAuth clients named like the chaos configuration's (bound to that team's role), and one object of
// every other type with keys of its own. It returns their ids by emulator kind.
func (e *Env) SeedOthersObjects(t *testing.T, oauthClients int) map[string][]string {
	t.Helper()
	// The grant below is an admin call: skip against a real org before seeding anything.
	emu := e.Emulator(t)
	ctx := context.Background()
	ids := map[string][]string{}
	role, err := e.Cloud.CreateRole(ctx, genesyscloud.RoleInput{
		Name:               "Other team's role",
		PermissionPolicies: []genesyscloud.PermissionPolicy{{Domain: "directory", EntityName: "user", ActionSet: []string{"view"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The other team's administrator holds their role, as a real org requires to grant it, once
	// the role shows.
	if _, err := Visible(e.Cloud.GetRole, role.ID); err != nil {
		t.Fatal(err)
	}
	if err := emu.GrantClientRoles("", role.ID); err != nil {
		t.Fatal(err)
	}
	ids["cloud_roles"] = []string{role.ID}
	home, err := e.Cloud.HomeDivision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range oauthClients {
		cl, err := e.Cloud.CreateOAuthClient(ctx, genesyscloud.OAuthClientInput{
			Name: fmt.Sprintf("Chaos client %d", i), AuthorizedGrantType: "CLIENT-CREDENTIALS",
			RoleDivisions: []genesyscloud.RoleDivision{{RoleID: role.ID, DivisionID: home.ID}},
		})
		if err != nil {
			t.Fatal(err)
		}
		ids["cloud_oauth_clients"] = append(ids["cloud_oauth_clients"], cl.ID)
	}
	environment := e.SeedGAuthEnvironment(t, "Other team", "Others")
	WaitVisible(t, func() bool { _, err := e.GAuth.GetEnvironment(ctx, environment); return err == nil })
	cc := e.SeedGAuthContactCenter(t, "", environment, "otherteam")
	WaitVisible(t, func() bool { _, err := e.GAuth.GetContactCenter(ctx, cc); return err == nil })
	if err := e.GAuth.UpsertSetting(ctx, cc, gauth.Setting{Location: "/", Name: gauth.CORSOriginsSetting,
		Shared: gauth.SharedFlag(true), Value: "https://others.example.com"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.GAuth.CreateClient(ctx, gauth.APIClient{ClientID: "other-team", ClientSecret: "other-secret",
		Name: "Other team's client", AuthorizedGrantTypes: []string{"client_credentials"}}); err != nil {
		t.Fatal(err)
	}
	dc, err := e.GAuth.CreateDataCenter(ctx, gauth.DataCenter{Location: "/OTHERS", EntryPoint: "https://others.example.com"})
	if err != nil {
		t.Fatal(err)
	}
	ids["gauth_environments"] = []string{environment}
	ids["gauth_contact_centers"] = []string{cc}
	ids["gauth_settings"] = []string{cc}
	ids["gauth_clients"] = []string{"other-team"}
	ids["gauth_data_centers"] = []string{dc}
	return ids
}

func Field(name string) func(map[string]any, map[string]string) string {
	return func(o map[string]any, _ map[string]string) string { return fmt.Sprint(o[name]) }
}

// CheckUntouched fails when the objects of kind differ from before.
func (e *Env) CheckUntouched(t *testing.T, kind string, before []map[string]any) error {
	if after := ObjectsOf(t, e, kind); !reflect.DeepEqual(after, before) {
		return fmt.Errorf("the %s changed: before %v, after %v", kind, before, after)
	}
	return nil
}

// Stored returns the objects of a kind ("cloud_roles") the emulator holds, as they are.
func Stored(t *testing.T, env *Env, kind string) []StoredObject {
	t.Helper()
	raw, err := json.Marshal(env.Emulator(t).Objects()[kind])
	if err != nil {
		t.Fatal(err)
	}
	var out []StoredObject
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func MustSetFaults(t *testing.T, emu *emulator.Server, rules ...emulator.FaultRule) {
	t.Helper()
	if err := emu.SetFaults(emulator.FaultPlan{Seed: 1, Rules: rules}); err != nil {
		t.Fatal(err)
	}
}

// CheckStats runs check on the emulator's counters after the apply. A test using it calls
// Emulator first, which skips it against a real org: a check cannot skip a test halfway.
func (e *Env) CheckStats(check func(emulator.Stats) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if e.emu == nil {
			return errNoEmulator
		}
		return check(e.emu.Stats())
	}
}

// errNoEmulator is the error of a check that reads the in-process emulator, in a test that did not
// call Emulator to skip against a real org.
var errNoEmulator = errors.New("this check reads the in-process emulator, and the test runs against a real org: call Env.Emulator at its start to skip it there")

// WaitVisible waits until found reports the object seeded a moment ago as visible through the
// API, as an eventually consistent service may show it only after a while: the tests below are
// about an object that was there well before the create.
func WaitVisible(t *testing.T, found func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if !WaitFor(ctx, found) {
		t.Fatal("the seeded object never became visible")
	}
}

// ObjectsOf is the emulator's dump of one kind of object, to compare before and after.
func ObjectsOf(t *testing.T, env *Env, kind string) []map[string]any {
	t.Helper()
	return DecodeObjects(t, env.Emulator(t).Objects(), kind)
}

// DecodeObjects is one kind of object of an emulator dump, each as its JSON object.
func DecodeObjects(t *testing.T, objects emulator.Objects, kind string) []map[string]any {
	t.Helper()
	raw, err := json.Marshal(objects[kind])
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// StoredObject is an object of the emulator's dump, with what these tests look at.
type StoredObject struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	State string `json:"state"`
}

// WaitFor polls cond every 50ms until it holds or ctx ends.
func WaitFor(ctx context.Context, cond func() bool) bool {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			return false
		case <-tick.C:
		}
	}
	return true
}
