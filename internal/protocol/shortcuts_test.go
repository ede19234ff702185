package protocol

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

// servers is the provider served by the framework alone and by NewServer, both configured
// against the same emulator, for the products named (cloud, gauth).
type servers struct {
	framework, ours tfprotov6.ProviderServer
	shortcuts       *shortcutServer
	schemas         *tfprotov6.GetProviderSchemaResponse
}

func newServers(t *testing.T, products ...string) *servers {
	t.Helper()
	emu := httptest.NewServer(emulator.New(emulator.DefaultOptions()))
	t.Cleanup(emu.Close)
	s := &servers{framework: providerserver.NewProtocol6(provider.New("test")())(), ours: NewServer(provider.New("test"))()}
	var ok bool
	if s.shortcuts, ok = s.ours.(*shortcutServer); !ok {
		t.Fatalf("NewServer serves a %T, not the server with shortcuts", s.ours)
	}
	schemas, err := s.framework.GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil || len(schemas.Diagnostics) > 0 {
		t.Fatal(err, schemas.Diagnostics)
	}
	s.schemas = schemas
	d := emulator.DefaultOptions()
	providerType, _ := schemas.Provider.ValueType().(tftypes.Object)
	block := func(name string, attrs map[string]any) any {
		if _, ok := providerType.AttributeTypes[name].(tftypes.List); ok {
			return []any{attrs}
		}
		return attrs
	}
	blocks := map[string]any{
		"cloud": block("cloud", map[string]any{"api_url": emu.URL, "login_url": emu.URL, "client_id": d.CloudClientID, "client_secret": d.CloudClientSecret}),
		"gauth": block("gauth", map[string]any{"url": emu.URL, "client_id": d.GAuthClientID, "client_secret": d.GAuthClientSecret,
			"ops_username": d.OpsUsername, "ops_password": d.OpsPassword}),
	}
	for name := range blocks {
		if !slices.Contains(products, name) {
			delete(blocks, name)
		}
	}
	config := toValue(t, providerType, blocks)
	for _, srv := range []tfprotov6.ProviderServer{s.framework, s.ours} {
		resp, err := srv.ConfigureProvider(context.Background(), &tfprotov6.ConfigureProviderRequest{
			TerraformVersion: "1.11.4", Config: dynamic(t, schemas.Provider.ValueType(), config),
		})
		if err != nil || len(resp.Diagnostics) > 0 {
			t.Fatal(err, diagnostics(resp.Diagnostics))
		}
	}
	return s
}

func (s *servers) resourceType(t *testing.T, name string) tftypes.Object {
	t.Helper()
	rs, ok := s.schemas.ResourceSchemas[name]
	if !ok {
		t.Fatalf("no resource type %s", name)
	}
	typ, ok := rs.ValueType().(tftypes.Object)
	if !ok {
		t.Fatalf("%s is not an object", name)
	}
	return typ
}

// applied is the state an apply of config would leave, as the framework plans its creation: what
// the plan leaves unknown takes a value of its type.
func (s *servers) applied(t *testing.T, typeName string, config tftypes.Value) tftypes.Value {
	t.Helper()
	typ := s.resourceType(t, typeName)
	cfg := dynamic(t, typ, config)
	resp, err := s.framework.PlanResourceChange(context.Background(), &tfprotov6.PlanResourceChangeRequest{
		TypeName: typeName, PriorState: dynamic(t, typ, tftypes.NewValue(typ, nil)), ProposedNewState: cfg, Config: cfg,
	})
	if err != nil || hasError(resp.Diagnostics) { // an OAuth client warns of roles the caller does not hold
		t.Fatal(err, diagnostics(resp.Diagnostics))
	}
	planned, err := resp.PlannedState.Unmarshal(typ)
	if err != nil {
		t.Fatal(err)
	}
	state, err := tftypes.Transform(planned, func(_ *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		if v.IsKnown() {
			return v, nil
		}
		switch t := v.Type(); {
		case t.Is(tftypes.String):
			return tftypes.NewValue(t, "computed"), nil
		case t.Is(tftypes.Number):
			return tftypes.NewValue(t, big.NewFloat(1)), nil
		case t.Is(tftypes.Bool):
			return tftypes.NewValue(t, false), nil
		default:
			return tftypes.NewValue(t, []tftypes.Value{}), nil
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return state
}

// answer is a PlanResourceChange response in comparable form.
type answer struct {
	planned         string // the decoded planned state
	private         string
	requiresReplace []string
	diagnostics     []string
	identity        string // the decoded planned identity
}

func (s *servers) plan(t *testing.T, srv tfprotov6.ProviderServer, typeName string, req tfprotov6.PlanResourceChangeRequest) answer {
	t.Helper()
	typ := s.resourceType(t, typeName)
	req.TypeName = typeName
	resp, err := srv.PlanResourceChange(context.Background(), &req)
	if err != nil {
		t.Fatal(err)
	}
	a := answer{private: string(resp.PlannedPrivate), diagnostics: diagnostics(resp.Diagnostics)}
	if resp.PlannedState != nil {
		v, err := resp.PlannedState.Unmarshal(typ)
		if err != nil {
			t.Fatal(err)
		}
		a.planned = v.String()
	}
	for _, p := range resp.RequiresReplace {
		a.requiresReplace = append(a.requiresReplace, p.String())
	}
	if resp.PlannedIdentity != nil && resp.PlannedIdentity.IdentityData != nil {
		v, err := resp.PlannedIdentity.IdentityData.Unmarshal(identityType)
		if err != nil {
			t.Fatal(err)
		}
		a.identity = v.String()
	}
	return a
}

// identityType is the identity of every resource type of the provider (kit.IDIdentity).
var identityType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{"id": tftypes.String}}

// planCase is a plan of one resource, built from its configuration and the state it applied.
type planCase struct {
	name     string
	typeName string
	config   map[string]any
	// edit, if set, changes the prior state and proposed new state Terraform would send.
	edit func(t *testing.T, prior, proposed map[string]tftypes.Value)
	// private is the prior private state; nil for what Create leaves (kit.MarkCreated).
	private []byte
	// short is whether the server answers without the framework.
	short bool
	// identity, if set, is the prior identity's id (Terraform 1.12 and later send one).
	identity string
}

// createdPrivate is the private state of an object Create made, as Terraform sends it back.
var createdPrivate = []byte(`{"created_at":"IjIwMjYtMTItMDJUMDU6NTQ6NTMuMjc2NTI3Mzk2WiI="}`)

func planCases() []planCase {
	role := map[string]any{
		"name": "Integration", "description": "Least privilege",
		"permission_policies": []any{
			map[string]any{"domain": "analytics", "entity_name": "userObservation", "action_set": []any{"view"}},
			map[string]any{"domain": "wfm", "entity_name": "schedule", "action_set": []any{"administer"}},
		},
	}
	client := map[string]any{
		"name": "Integration", "authorized_grant_type": "CLIENT-CREDENTIALS",
		"roles": []any{map[string]any{"role_id": "2b9c1a52-4d1e-4f7e-9a40-111111111111"}},
	}
	environment := map[string]any{
		"id": "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f", "username": "default", "app_name": "Cloud", "tenant": "Environment",
		"password_wo": "secret", "password_wo_version": 1,
		"config_servers": []any{map[string]any{"primary_address": "cs.example.com", "primary_port": 8888, "locations": "/USW1"}},
	}
	gauthClient := map[string]any{
		"client_id": "external_api_client", "name": "external_api_client", "internal_client": true,
		"authorities": []any{"ROLE_INTERNAL_CLIENT"}, "authorized_grant_types": []any{"client_credentials"},
		"client_secret_wo": "secret", "client_secret_wo_version": 1,
	}
	ccid := "3c1d5e7f-9a2b-4c6d-8e0f-2a4b6c8d0e1f"
	set := func(name string, v tftypes.Value) func(*testing.T, map[string]tftypes.Value, map[string]tftypes.Value) {
		return func(_ *testing.T, prior, proposed map[string]tftypes.Value) { prior[name], proposed[name] = v, v }
	}
	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	return []planCase{
		{name: "unchanged", typeName: "genesys_cloud_role", config: role, short: true},
		{name: "unchanged, with an identity", typeName: "genesys_cloud_role", config: role, identity: "the-id", short: true},
		{name: "unchanged, with an identity", typeName: "genesys_gauth_environment", config: environment, identity: "the-id", short: true},
		{name: "unchanged", typeName: "genesys_cloud_oauth_client", config: client, short: true},
		{name: "unchanged", typeName: "genesys_gauth_client", config: gauthClient, short: true},
		{name: "unchanged", typeName: "genesys_gauth_environment", config: environment, short: true},
		{name: "unchanged", typeName: "genesys_gauth_contact_center", config: map[string]any{
			"id": ccid, "domains": []any{"t100"}, "environment_id": ccid}, short: true},
		{name: "unchanged", typeName: "genesys_gauth_data_center", config: map[string]any{
			"location": "/USW1", "entry_point": "https://gauth-usw1.example.com"}, short: true},
		{name: "unchanged", typeName: "genesys_gauth_cors_origins", config: map[string]any{
			"contact_center_id": ccid, "origins": []any{"https://wwe.example.com"}}, short: true},

		// A plan with something to change goes to the framework.
		{name: "changed", typeName: "genesys_cloud_role", config: role,
			edit: func(_ *testing.T, _, proposed map[string]tftypes.Value) { proposed["description"] = str("Other") }},
		// Defaults null in config plan the default, not the value in state.
		{name: "state off its default", typeName: "genesys_gauth_data_center", config: map[string]any{
			"location": "/USW1", "entry_point": "https://gauth-usw1.example.com"}, edit: set("read_only", tftypes.NewValue(tftypes.Bool, true))},
		{name: "nested state off its default", typeName: "genesys_gauth_environment", config: environment,
			edit: func(t *testing.T, prior, proposed map[string]tftypes.Value) {
				servers := editElement(t, prior["config_servers"], 0, "read_only", tftypes.NewValue(tftypes.Bool, true))
				prior["config_servers"], proposed["config_servers"] = servers, servers
			}},
		// ModifyPlan keeps a client Genesys support disabled, with a warning.
		{name: "disabled by support", typeName: "genesys_cloud_oauth_client", config: client, edit: set("state", str("disabled"))},
		// A role whose division_id left the configuration moves to the home division.
		{name: "division no longer configured", typeName: "genesys_cloud_oauth_client", config: client,
			edit: func(t *testing.T, prior, proposed map[string]tftypes.Value) {
				roles := editElement(t, prior["roles"], 0, "division_id", str("another-division"))
				prior["roles"], proposed["roles"] = roles, roles
			}},
		// Private state is planned as the framework encodes it, or refused as the framework does.
		{name: "no private state", typeName: "genesys_cloud_role", config: role, private: []byte{}, short: true},
		{name: "private state of two keys", typeName: "genesys_cloud_role", config: role,
			private: []byte(`{"other":"e30=", "created_at":"IjIwMjYtMTItMDJUMDU6NTQ6NTMuMjc2NTI3Mzk2WiI="}`), short: true},
		{name: "private state with an empty object", typeName: "genesys_cloud_role", config: role, private: []byte(`{}`), short: true},
		{name: "private state with an empty value", typeName: "genesys_cloud_role", config: role, private: []byte(`{"created_at":""}`)},
		{name: "private state not JSON", typeName: "genesys_cloud_role", config: role, private: []byte(`{"created_at":"bm90IGpzb24="}`)},
		// A write-only value in the proposed new state is planned null.
		{name: "write-only proposed", typeName: "genesys_gauth_client", config: gauthClient,
			edit: func(_ *testing.T, _, proposed map[string]tftypes.Value) { proposed["client_secret_wo"] = str("secret") }},
	}
}

// TestUnchangedPlansAnsweredAsTheFrameworkDoes sends each plan to the framework and to the server,
// and compares the answers field by field.
func TestUnchangedPlansAnsweredAsTheFrameworkDoes(t *testing.T) {
	s := newServers(t, "cloud", "gauth")
	for _, c := range planCases() {
		t.Run(c.typeName+"/"+c.name, func(t *testing.T) {
			typ := s.resourceType(t, c.typeName)
			config := toValue(t, typ, c.config)
			state := s.applied(t, c.typeName, config)
			prior, proposed := attributes(t, state), attributes(t, state)
			if c.edit != nil {
				c.edit(t, prior, proposed)
			}
			req := tfprotov6.PlanResourceChangeRequest{
				PriorState:       dynamic(t, typ, tftypes.NewValue(typ, prior)),
				ProposedNewState: dynamic(t, typ, tftypes.NewValue(typ, proposed)),
				Config:           dynamic(t, typ, config),
				PriorPrivate:     createdPrivate,
			}
			if c.private != nil {
				req.PriorPrivate = c.private
			}
			if c.identity != "" {
				req.PriorIdentity = &tfprotov6.ResourceIdentityData{IdentityData: dynamic(t, identityType,
					tftypes.NewValue(identityType, map[string]tftypes.Value{"id": tftypes.NewValue(tftypes.String, c.identity)}))}
			}
			want := s.plan(t, s.framework, c.typeName, req)
			before := s.shortcuts.plans.Load()
			got := s.plan(t, s.ours, c.typeName, req)
			if short := s.shortcuts.plans.Load() > before; short != c.short {
				t.Errorf("answered without the framework: %t, want %t", short, c.short)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("the server answered\n%+v\nthe framework\n%+v", got, want)
			}
			if c.short && (want.planned == "" || len(want.diagnostics) > 0) {
				t.Fatalf("the framework's answer is not a plain plan: %+v", want)
			}
		})
	}
}

// TestUnchangedPlansOfAnUnconfiguredProductRefused: a resource whose product the provider block
// leaves out refuses every plan in Configure, an unchanged one too.
func TestUnchangedPlansOfAnUnconfiguredProductRefused(t *testing.T) {
	full, cloudOnly := newServers(t, "cloud", "gauth"), newServers(t, "cloud")
	for _, c := range planCases() {
		if c.name != "unchanged" || !strings.HasPrefix(c.typeName, "genesys_gauth_") {
			continue
		}
		t.Run(c.typeName, func(t *testing.T) {
			typ := full.resourceType(t, c.typeName)
			config := toValue(t, typ, c.config)
			state := dynamic(t, typ, full.applied(t, c.typeName, config))
			req := tfprotov6.PlanResourceChangeRequest{PriorState: state, ProposedNewState: state, Config: dynamic(t, typ, config)}
			want := cloudOnly.plan(t, cloudOnly.framework, c.typeName, req)
			got := cloudOnly.plan(t, cloudOnly.ours, c.typeName, req)
			if len(want.diagnostics) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("the server answered\n%+v\nthe framework\n%+v", got, want)
			}
			if n := cloudOnly.shortcuts.plans.Load(); n != 0 {
				t.Errorf("%d answered without the framework", n)
			}
		})
	}
}

// TestCurrentStatesUpgradedAsTheFrameworkDoes compares, byte for byte, the UpgradeResourceState
// answers for a state of each resource type at the current version, as Terraform stores it.
func TestCurrentStatesUpgradedAsTheFrameworkDoes(t *testing.T) {
	s := newServers(t, "cloud", "gauth")
	seen := map[string]bool{}
	for _, c := range planCases() {
		if c.edit != nil || seen[c.typeName] {
			continue
		}
		seen[c.typeName] = true
		t.Run(c.typeName, func(t *testing.T) {
			typ := s.resourceType(t, c.typeName)
			raw, err := json.Marshal(jsonValue(t, s.applied(t, c.typeName, toValue(t, typ, c.config))))
			if err != nil {
				t.Fatal(err)
			}
			// An attribute a later schema dropped is skipped, as the framework skips it.
			withOld := fmt.Appendf(nil, `%s,"dropped_attribute":"x"}`, bytes.TrimSuffix(raw, []byte("}")))
			for _, state := range [][]byte{raw, withOld} {
				req := &tfprotov6.UpgradeResourceStateRequest{TypeName: c.typeName, RawState: &tfprotov6.RawState{JSON: state}}
				want, err := s.framework.UpgradeResourceState(context.Background(), req)
				if err != nil || len(want.Diagnostics) > 0 {
					t.Fatal(err, diagnostics(want.Diagnostics))
				}
				before := s.shortcuts.upgrades.Load()
				got, err := s.ours.UpgradeResourceState(context.Background(), req)
				if err != nil {
					t.Fatal(err)
				}
				if s.shortcuts.upgrades.Load() == before {
					t.Error("the framework answered")
				}
				if !bytes.Equal(got.UpgradedState.MsgPack, want.UpgradedState.MsgPack) || got.UpgradedState.JSON != nil || len(got.Diagnostics) > 0 {
					t.Errorf("the server answered %x %v, the framework %x", got.UpgradedState.MsgPack, got.Diagnostics, want.UpgradedState.MsgPack)
				}
			}
		})
	}
}

// TestOtherUpgradesGoToTheFramework: a state at another version, or that does not read, is the
// framework's to answer (and to word the error of).
func TestOtherUpgradesGoToTheFramework(t *testing.T) {
	s := newServers(t, "cloud", "gauth")
	for _, req := range []*tfprotov6.UpgradeResourceStateRequest{
		{TypeName: "genesys_cloud_role", Version: 1, RawState: &tfprotov6.RawState{JSON: []byte(`{"name":"x"}`)}},
		{TypeName: "genesys_cloud_role", RawState: &tfprotov6.RawState{JSON: []byte(`{"name":["x"]}`)}},
		{TypeName: "genesys_unknown", RawState: &tfprotov6.RawState{JSON: []byte(`{}`)}},
	} {
		want, _ := s.framework.UpgradeResourceState(context.Background(), req)
		got, _ := s.ours.UpgradeResourceState(context.Background(), req)
		if len(want.Diagnostics) == 0 || fmt.Sprint(diagnostics(got.Diagnostics)) != fmt.Sprint(diagnostics(want.Diagnostics)) {
			t.Errorf("%s v%d: the server answered %v, the framework %v", req.RawState.JSON, req.Version, diagnostics(got.Diagnostics), diagnostics(want.Diagnostics))
		}
	}
	if n := s.shortcuts.upgrades.Load(); n != 0 {
		t.Errorf("%d answered without the framework", n)
	}
}

func attributes(t *testing.T, v tftypes.Value) map[string]tftypes.Value {
	t.Helper()
	var m map[string]tftypes.Value
	if err := v.As(&m); err != nil {
		t.Fatal(err)
	}
	return maps.Clone(m) // As hands out the value's own map
}

// editElement returns list or set with attribute name of element i set to v.
func editElement(t *testing.T, collection tftypes.Value, i int, name string, v tftypes.Value) tftypes.Value {
	t.Helper()
	var elems []tftypes.Value
	if err := collection.As(&elems); err != nil {
		t.Fatal(err)
	}
	elems = slices.Clone(elems)
	attrs := attributes(t, elems[i])
	attrs[name] = v
	elems[i] = tftypes.NewValue(elems[i].Type(), attrs)
	return tftypes.NewValue(collection.Type(), elems)
}

// toValue converts v (maps, slices, strings, ints and bools) to a value of type typ; attributes
// of an object that v does not name are null.
func toValue(t *testing.T, typ tftypes.Type, v any) tftypes.Value {
	t.Helper()
	if v == nil {
		return tftypes.NewValue(typ, nil)
	}
	switch typ := typ.(type) {
	case tftypes.Object:
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%v is not an object", v)
		}
		attrs := map[string]tftypes.Value{}
		for name, at := range typ.AttributeTypes {
			attrs[name] = toValue(t, at, m[name])
		}
		for name := range m {
			if _, ok := typ.AttributeTypes[name]; !ok {
				t.Fatalf("no attribute %s in %s", name, typ)
			}
		}
		return tftypes.NewValue(typ, attrs)
	case tftypes.List:
		return tftypes.NewValue(typ, elements(t, typ.ElementType, v))
	case tftypes.Set:
		return tftypes.NewValue(typ, elements(t, typ.ElementType, v))
	}
	if n, ok := v.(int); ok {
		return tftypes.NewValue(typ, big.NewFloat(float64(n)))
	}
	return tftypes.NewValue(typ, v)
}

func elements(t *testing.T, typ tftypes.Type, v any) []tftypes.Value {
	t.Helper()
	list, ok := v.([]any)
	if !ok {
		t.Fatalf("%v is not a list", v)
	}
	var out []tftypes.Value
	for _, e := range list {
		out = append(out, toValue(t, typ, e))
	}
	return out
}

// jsonValue is v as Terraform writes it in a state file.
func jsonValue(t *testing.T, v tftypes.Value) any {
	t.Helper()
	if v.IsNull() {
		return nil
	}
	var out any
	switch typ := v.Type(); {
	case typ.Is(tftypes.Number):
		var f big.Float
		_ = v.As(&f)
		out, _ = f.Float64()
	case typ.Is(tftypes.String), typ.Is(tftypes.Bool):
		var x any
		if typ.Is(tftypes.String) {
			var s string
			_ = v.As(&s)
			x = s
		} else {
			var b bool
			_ = v.As(&b)
			x = b
		}
		out = x
	case typ.Is(tftypes.List{}), typ.Is(tftypes.Set{}):
		var elems []tftypes.Value
		_ = v.As(&elems)
		list := []any{}
		for _, e := range elems {
			list = append(list, jsonValue(t, e))
		}
		out = list
	default:
		var attrs map[string]tftypes.Value
		_ = v.As(&attrs)
		obj := map[string]any{}
		for k, e := range attrs {
			obj[k] = jsonValue(t, e)
		}
		out = obj
	}
	return out
}

func dynamic(t *testing.T, typ tftypes.Type, v tftypes.Value) *tfprotov6.DynamicValue {
	t.Helper()
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		t.Fatal(err)
	}
	return &dv
}

func diagnostics(diags []*tfprotov6.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s %s: %s (%v)", d.Severity, d.Summary, d.Detail, d.Attribute))
	}
	return out
}

func hasError(diags []*tfprotov6.Diagnostic) bool {
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			return true
		}
	}
	return false
}
