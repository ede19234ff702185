package provider

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// List resources are what `terraform query` (Terraform 1.14 and later) lists an org with; the CLI
// here is older, so these tests speak the plugin protocol to the provider server directly, as the
// CLI does: ListResource, then for each result the identity and the resource object it would
// write config from.

// listServer is a provider server configured against env, with its schemas.
type listServer struct {
	srv interface {
		tfprotov6.ProviderServer
		tfprotov6.ListResourceServer
	}
	schemas *tfprotov6.GetProviderSchemaResponse
}

func newListServer(t *testing.T, env *acctest.Env) *listServer {
	t.Helper()
	configured, schemas := configuredServer(t, env)
	srv, ok := configured.(interface {
		tfprotov6.ProviderServer
		tfprotov6.ListResourceServer
	})
	if !ok {
		t.Fatal("the provider server serves no list resources")
	}
	return &listServer{srv: srv, schemas: schemas}
}

// listed is one result of a listing.
type listed struct {
	id, displayName string
	resource        tftypes.Value // null when the resource was not asked for
}

// list lists typeName with the list block's arguments config (the others null), the resource
// objects when include is set, at most limit results when limit is not 0.
func (s *listServer) list(t *testing.T, typeName string, config map[string]tftypes.Value, include bool, limit int64) []listed {
	t.Helper()
	configType := typeOf[tftypes.Object](t, s.schemas.ListResourceSchemas[typeName].ValueType())
	resourceType := s.schemas.ResourceSchemas[typeName].ValueType()
	stream, err := s.srv.ListResource(t.Context(), &tfprotov6.ListResourceRequest{
		TypeName: typeName, Config: dynamic(t, configType, objectValue(configType, config)),
		IncludeResource: include, Limit: limit,
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []listed
	for r := range stream.Results {
		if err := diagsError(r.Diagnostics); err != nil {
			t.Fatalf("%s: %v", typeName, err)
		}
		if len(r.Diagnostics) > 0 {
			t.Errorf("%s: unexpected diagnostics %+v", typeName, r.Diagnostics)
		}
		if r.Identity == nil {
			t.Fatalf("%s: a result without identity", typeName)
		}
		l := listed{
			id:          attr(t, r.Identity.IdentityData, identityType, "id"),
			displayName: r.DisplayName,
			resource:    tftypes.NewValue(resourceType, nil),
		}
		if r.Resource != nil {
			if l.resource, err = r.Resource.Unmarshal(resourceType); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, l)
	}
	return out
}

// readAfterImport is what the resource stores for the object of id after `terraform import`: the
// state of its import, then of the Read that follows.
func (s *listServer) readAfterImport(t *testing.T, typeName, id string) tftypes.Value {
	t.Helper()
	ctx := context.Background()
	imported, err := s.srv.ImportResourceState(ctx, &tfprotov6.ImportResourceStateRequest{TypeName: typeName, ID: id})
	if err != nil || diagsError(imported.Diagnostics) != nil {
		t.Fatal(err, diagsError(imported.Diagnostics))
	}
	if len(imported.ImportedResources) != 1 {
		t.Fatalf("%s %s: %d imported resources, want 1", typeName, id, len(imported.ImportedResources))
	}
	read, err := s.srv.ReadResource(ctx, &tfprotov6.ReadResourceRequest{
		TypeName: typeName, CurrentState: imported.ImportedResources[0].State, CurrentIdentity: imported.ImportedResources[0].Identity,
	})
	if err != nil || diagsError(read.Diagnostics) != nil {
		t.Fatal(err, diagsError(read.Diagnostics))
	}
	v, err := read.NewState.Unmarshal(s.schemas.ResourceSchemas[typeName].ValueType())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// checkListing checks that got lists each id of want once, with want's display name, and holds
// nothing else; and, when the resources were asked for, that each is what Read stores.
func (s *listServer) checkListing(t *testing.T, typeName string, got []listed, want map[string]string, include bool) {
	t.Helper()
	seen := map[string]int{}
	for _, l := range got {
		seen[l.id]++
		name, ok := want[l.id]
		switch {
		case !ok:
			t.Errorf("%s: listed %s (%q), which it should not", typeName, l.id, l.displayName)
		case seen[l.id] > 1:
			t.Errorf("%s: listed %s more than once", typeName, l.id)
		case l.displayName != name:
			t.Errorf("%s %s: display name %q, want %q", typeName, l.id, l.displayName, name)
		}
		if !include {
			if !l.resource.IsNull() {
				t.Errorf("%s %s: a resource object that was not asked for", typeName, l.id)
			}
			continue
		}
		if read := s.readAfterImport(t, typeName, l.id); !l.resource.Equal(read) {
			t.Errorf("%s %s: listed resource\n%s\nwant what Read stores\n%s", typeName, l.id, l.resource, read)
		}
		if id := attrOf(t, l.resource, "id"); id != l.id {
			t.Errorf("%s: the resource of identity %s has the id %s", typeName, l.id, id)
		}
	}
	for id := range want {
		if seen[id] == 0 {
			t.Errorf("%s: %s (%q) not listed", typeName, id, want[id])
		}
	}
}

// org is what a test seeded into the emulator: id to display name, per type.
type org map[string]map[string]string

func (o org) add(typeName, id, name string) {
	if o[typeName] == nil {
		o[typeName] = map[string]string{}
	}
	o[typeName][id] = name
}

// only is o's objects of typeName whose display name keep keeps.
func (o org) only(typeName string, keep func(name string) bool) map[string]string {
	out := map[string]string{}
	for id, name := range o[typeName] {
		if keep(name) {
			out[id] = name
		}
	}
	return out
}

func str(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }

// seedOrg seeds 50 roles, 20 OAuth clients and 5 GAuth environment sets (an environment, a
// contact center in it, a data center and an API client each), varied in what they hold, and
// waits until the API lists them. It returns them with the objects the emulator seeds itself that
// each listing shows without filter (the bootstrap OAuth client, its GAuth clients, ...).
func seedOrg(t *testing.T, env *acctest.Env) org {
	t.Helper()
	// Each listing must show exactly these objects, which only an org of the test's own can: skip
	// against a real org before seeding anything in it.
	env.Emulator(t)
	ctx := t.Context()
	o := org{}
	var lastRole, lastClient string
	for i := range 50 {
		in := genesyscloud.RoleInput{Name: fmt.Sprintf("Adopted role %02d", i)}
		if i%2 == 0 {
			in.Description = "Seeded for the listing"
			in.PermissionPolicies = []genesyscloud.PermissionPolicy{{Domain: "analytics", EntityName: "conversationDetail", ActionSet: []string{"view"}}}
		}
		role, err := env.Cloud.CreateRole(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_cloud_role", role.ID, role.Name)
		lastRole = role.ID
	}
	for i := range 20 {
		in := genesyscloud.OAuthClientInput{
			Name: fmt.Sprintf("Adopted client %02d", i), AuthorizedGrantType: "CODE",
			RegisteredRedirectURI: []string{fmt.Sprintf("https://app%d.example.com/callback", i)},
		}
		if i%2 == 0 {
			in.AuthorizedGrantType, in.Description, in.Scope = "TOKEN", "Seeded for the listing", []string{"users:readonly"}
		}
		cl, err := env.Cloud.CreateOAuthClient(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_cloud_oauth_client", cl.ID, cl.Name)
		lastClient = cl.ID
	}
	for i := range 5 {
		environmentID, err := env.GAuth.CreateEnvironment(ctx, gauth.Environment{
			Username: "default", Password: "password", ConnectionProtocol: "addp", LocalTimeout: 5, RemoteTimeout: 7,
			TraceMode: "CFGTMBoth", AppName: "Cloud", Tenant: fmt.Sprintf("Tenant%d", i),
			ConfigServers: []gauth.ConfigServer{{PrimaryAddress: fmt.Sprintf("cs%d.example.com", i), PrimaryPort: 8888, Locations: "/USW1"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_gauth_environment", environmentID, fmt.Sprintf("Cloud (Tenant%d)", i))
		domain := fmt.Sprintf("tenant%d.example.com", i)
		ccID, err := env.GAuth.CreateContactCenter(ctx, gauth.ContactCenter{Domains: []string{domain}, EnvironmentID: environmentID, Auth: "configServer"})
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_gauth_contact_center", ccID, domain+" ("+ccID+")")
		location := fmt.Sprintf("/DC%d", i)
		dcID, err := env.GAuth.CreateDataCenter(ctx, gauth.DataCenter{Location: location, EntryPoint: fmt.Sprintf("https://gauth%d.example.com", i), ReadOnly: i%2 == 0})
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_gauth_data_center", dcID, location)
		name := fmt.Sprintf("adopted_api_client_%d", i)
		cl, err := env.GAuth.CreateClient(ctx, gauth.APIClient{
			ClientID: name, Name: name, ClientSecret: "client-s3cret", ClientType: "CONFIDENTIAL",
			Authorities: []string{"ROLE_INTERNAL_CLIENT"}, Scope: []string{"*"}, AuthorizedGrantTypes: []string{"client_credentials"},
			AccessTokenExpirationTimeout: 43200, RefreshTokenExpirationTimeout: 43200, ContactCenterIDs: []string{ccID},
		})
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_gauth_client", cl.ClientID, cl.Name)
	}
	// Created in order, so the last of each kind shows once all of that kind do.
	if _, err := acctest.Visible(env.Cloud.GetRole, lastRole); err != nil {
		t.Fatal(err)
	}
	if _, err := acctest.Visible(env.Cloud.GetOAuthClient, lastClient); err != nil {
		t.Fatal(err)
	}
	addSeeded(t, env, o)
	return o
}

// addSeeded adds to o what the emulator holds before the test seeds anything and each listing
// shows without filter, as the API answers it.
func addSeeded(t *testing.T, env *acctest.Env, o org) {
	t.Helper()
	ctx := t.Context()
	for number := 1; ; number++ {
		page, err := env.Cloud.ListRolesPage(ctx, genesyscloud.MaxRolePageSize, number)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Roles {
			if _, ok := o["genesys_cloud_role"][r.ID]; !ok {
				o.add("seeded_role", r.ID, r.Name)
				if r.Default || r.DefaultRoleID != "" {
					o.add("built_in_role", r.ID, r.Name)
				} else {
					o.add("genesys_cloud_role", r.ID, r.Name)
				}
			}
		}
		if number >= page.PageCount {
			break
		}
	}
	clients, err := env.Cloud.ListOAuthClients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range clients {
		o.add("genesys_cloud_oauth_client", c.ID, c.Name)
	}
	apiClients, err := env.GAuth.ListClients(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range apiClients {
		o.add("genesys_gauth_client", c.ClientID, c.Name)
	}
}

// Over an org of 50 roles, 20 OAuth clients and 5 GAuth environment sets, each listing returns
// each object once, with its id as identity, a display name, and the resource object that Read
// stores after an import of it: what `terraform query -generate-config-out` writes config from.
func TestListResourcesListEachObjectOnceAsReadStoresIt(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	o := seedOrg(t, env)
	s := newListServer(t, env)
	if n := len(o["built_in_role"]); n == 0 {
		t.Fatal("the emulator seeds no built-in role: include_built_in cannot be told apart")
	}
	for _, typeName := range []string{
		"genesys_cloud_role", "genesys_cloud_oauth_client",
		"genesys_gauth_client", "genesys_gauth_environment", "genesys_gauth_contact_center", "genesys_gauth_data_center",
	} {
		t.Run(typeName, func(t *testing.T) {
			s.checkListing(t, typeName, s.list(t, typeName, nil, true, 0), o[typeName], true)
			s.checkListing(t, typeName, s.list(t, typeName, nil, false, 0), o[typeName], false)
		})
	}
}

// The filters narrow the listings: name prefixes, built-in roles in or out, an environment's
// tenant, a contact center's environment.
func TestListResourcesFilter(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	o := seedOrg(t, env)
	s := newListServer(t, env)
	prefix := func(p string) func(string) bool { return func(name string) bool { return strings.HasPrefix(name, p) } }

	roles := o.only("genesys_cloud_role", prefix("Adopted role 1"))
	if len(roles) != 10 {
		t.Fatalf("%d roles named Adopted role 1x, want 10", len(roles))
	}
	s.checkListing(t, "genesys_cloud_role", s.list(t, "genesys_cloud_role",
		map[string]tftypes.Value{"name_prefix": str("Adopted role 1")}, false, 0), roles, false)

	all := o.only("seeded_role", func(string) bool { return true })
	for id, name := range o["genesys_cloud_role"] {
		all[id] = name
	}
	s.checkListing(t, "genesys_cloud_role", s.list(t, "genesys_cloud_role",
		map[string]tftypes.Value{"include_built_in": tftypes.NewValue(tftypes.Bool, true)}, true, 0), all, true)
	s.checkListing(t, "genesys_cloud_oauth_client", s.list(t, "genesys_cloud_oauth_client",
		map[string]tftypes.Value{"name_prefix": str("Adopted client 0")}, false, 0),
		o.only("genesys_cloud_oauth_client", prefix("Adopted client 0")), false)
	s.checkListing(t, "genesys_gauth_client", s.list(t, "genesys_gauth_client",
		map[string]tftypes.Value{"name_prefix": str("adopted_api_client_")}, false, 0),
		o.only("genesys_gauth_client", prefix("adopted_api_client_")), false)

	tenant2 := o.only("genesys_gauth_environment", func(name string) bool { return name == "Cloud (Tenant2)" })
	s.checkListing(t, "genesys_gauth_environment", s.list(t, "genesys_gauth_environment",
		map[string]tftypes.Value{"tenant": str("Tenant2")}, false, 0), tenant2, false)
	var environmentID string
	for id := range tenant2 {
		environmentID = id
	}
	s.checkListing(t, "genesys_gauth_contact_center", s.list(t, "genesys_gauth_contact_center",
		map[string]tftypes.Value{"environment_id": str(environmentID)}, false, 0),
		o.only("genesys_gauth_contact_center", prefix("tenant2.example.com")), false)

	if got := s.list(t, "genesys_cloud_role", map[string]tftypes.Value{"name_prefix": str("Nothing is named so")}, true, 0); len(got) != 0 {
		t.Errorf("listed %d roles of a prefix no role has", len(got))
	}
}

// A listing stops at the request's limit.
func TestListResourcesStopAtTheLimit(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	o := seedOrg(t, env)
	s := newListServer(t, env)
	for _, typeName := range []string{"genesys_cloud_role", "genesys_cloud_oauth_client", "genesys_gauth_data_center"} {
		got := s.list(t, typeName, nil, true, 3)
		if len(got) != 3 {
			t.Errorf("%s: %d results at limit 3", typeName, len(got))
		}
		for _, l := range got {
			if _, ok := o[typeName][l.id]; !ok {
				t.Errorf("%s: listed %s, which it should not", typeName, l.id)
			}
		}
	}
}

// Roles are read 500 a page: a listing of more roles than a page holds reads every page and
// lists each role once.
func TestRoleListResourcePagesThroughTheRoles(t *testing.T) {
	// It counts the emulator's requests: skip against a real org before making 520 roles in it.
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	o := org{}
	const n = genesyscloud.MaxRolePageSize + 20
	var last string
	for i := range n {
		role, err := env.Cloud.CreateRole(t.Context(), genesyscloud.RoleInput{Name: fmt.Sprintf("Paged role %03d", i)})
		if err != nil {
			t.Fatal(err)
		}
		o.add("genesys_cloud_role", role.ID, role.Name)
		last = role.ID
	}
	if _, err := acctest.Visible(env.Cloud.GetRole, last); err != nil {
		t.Fatal(err)
	}
	s := newListServer(t, env)
	emu.ResetStats()
	got := s.list(t, "genesys_cloud_role", map[string]tftypes.Value{"name_prefix": str("Paged role ")}, false, 0)
	s.checkListing(t, "genesys_cloud_role", got, o["genesys_cloud_role"], false)
	// The org's roles (these and the few the emulator seeds) fill two pages.
	if pages := emu.Stats().Count("GET", "/api/v2/authorization/roles"); pages != 2 {
		t.Errorf("%d roles listed in %d requests, want one a page: 2", n, pages)
	}
}

// A listing the API refuses ends with one result: the error, naming the call and, for Genesys
// Cloud, the permission it needs.
func TestListResourcesReportARefusedListing(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	s := newListServer(t, env)
	if err := env.Emulator(t).SetFaults(emulator.FaultPlan{Rules: []emulator.FaultRule{
		{Method: "GET", Route: "/api/v2/authorization/roles", Kind: emulator.FaultStatus, Status: 403},
		{Method: "GET", Route: "/environment/v3/data-centers", Kind: emulator.FaultStatus, Status: 403},
	}}); err != nil {
		t.Fatal(err)
	}
	for typeName, want := range map[string]string{
		"genesys_cloud_role":        "authorization:role:view",
		"genesys_gauth_data_center": "list data centers",
	} {
		configType := typeOf[tftypes.Object](t, s.schemas.ListResourceSchemas[typeName].ValueType())
		stream, err := s.srv.ListResource(t.Context(), &tfprotov6.ListResourceRequest{
			TypeName: typeName, Config: dynamic(t, configType, objectValue(configType, nil)), IncludeResource: true,
		})
		if err != nil {
			t.Fatal(err)
		}
		var results []tfprotov6.ListResourceResult
		for r := range stream.Results {
			results = append(results, r)
		}
		if len(results) != 1 {
			t.Fatalf("%s: %d results, want the error alone", typeName, len(results))
		}
		err = diagsError(results[0].Diagnostics)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error naming %q", typeName, err, want)
		}
	}
}

// What `terraform query -generate-config-out` does with each listed object: the provider writes
// its config (GenerateResourceConfig), and the plan of that config against the object, imported,
// changes nothing. The GAuth API clients and environments are left out: their secret cannot be
// read back, so their generated config needs it added, as their import docs say.
func TestListedObjectsGenerateConfigThatPlansNoChange(t *testing.T) {
	env := acctest.NewEnv(t, emulator.Options{})
	seedOrg(t, env)
	s := newListServer(t, env)
	ctx := t.Context()
	for _, typeName := range []string{"genesys_cloud_role", "genesys_cloud_oauth_client", "genesys_gauth_contact_center", "genesys_gauth_data_center"} {
		t.Run(typeName, func(t *testing.T) {
			schema := s.schemas.ResourceSchemas[typeName]
			typ := typeOf[tftypes.Object](t, schema.ValueType())
			computed := map[string]bool{}
			for _, a := range schema.Block.Attributes {
				computed[a.Name] = a.Computed
			}
			listing := s.list(t, typeName, nil, true, 0)
			if len(listing) == 0 {
				t.Fatal("nothing listed")
			}
			for _, l := range listing {
				state := dynamic(t, typ, l.resource)
				generated, err := s.srv.GenerateResourceConfig(ctx, &tfprotov6.GenerateResourceConfigRequest{TypeName: typeName, State: state})
				if err != nil || diagsError(generated.Diagnostics) != nil {
					t.Fatal(err, diagsError(generated.Diagnostics))
				}
				config, err := generated.Config.Unmarshal(typ)
				if err != nil {
					t.Fatal(err)
				}
				var configured, stored map[string]tftypes.Value
				if err := config.As(&configured); err != nil {
					t.Fatal(err)
				}
				if err := l.resource.As(&stored); err != nil {
					t.Fatal(err)
				}
				// Terraform proposes the configured value of each attribute, and the stored one of a
				// computed attribute left out: the object itself, when these hold.
				for name, v := range configured {
					if v.IsNull() && !computed[name] && !stored[name].IsNull() {
						t.Errorf("%s %s: generated config leaves out %s, which holds %s", typeName, l.id, name, stored[name])
					}
					if !v.IsNull() && !v.Equal(stored[name]) {
						t.Errorf("%s %s: generated %s = %s, the object holds %s", typeName, l.id, name, v, stored[name])
					}
				}
				plan, err := s.srv.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
					TypeName: typeName, PriorState: state, ProposedNewState: state, Config: generated.Config,
				})
				if err != nil || diagsError(plan.Diagnostics) != nil {
					t.Fatal(err, diagsError(plan.Diagnostics))
				}
				planned, err := plan.PlannedState.Unmarshal(typ)
				if err != nil {
					t.Fatal(err)
				}
				if !planned.Equal(l.resource) || len(plan.RequiresReplace) > 0 {
					t.Errorf("%s %s: the generated config plans\n%s\nfrom\n%s (replacing %v)", typeName, l.id, planned, l.resource, plan.RequiresReplace)
				}
			}
		})
	}
}
