package kit

import (
	"context"
	"reflect"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

var getSchema = schema.Schema{Attributes: map[string]schema.Attribute{
	"id":     schema.StringAttribute{Computed: true},
	"name":   schema.StringAttribute{Required: true},
	"count":  schema.Int64Attribute{Optional: true},
	"labels": schema.MapAttribute{ElementType: types.StringType, Optional: true},
	"policies": schema.SetNestedAttribute{Optional: true, NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
		"domain":  schema.StringAttribute{Required: true},
		"actions": schema.SetAttribute{ElementType: types.StringType, Required: true},
	}}},
}}

// getModel is a model of framework values only: GetPlan reads it without the framework.
type getModel struct {
	ID       types.String `tfsdk:"id"`
	Name     types.String `tfsdk:"name"`
	Count    types.Int64  `tfsdk:"count"`
	Labels   types.Map    `tfsdk:"labels"`
	Policies types.Set    `tfsdk:"policies"`
}

// nestedModel holds the policies as Go values: the framework's Get reads it.
type nestedModel struct {
	ID       types.String  `tfsdk:"id"`
	Name     *string       `tfsdk:"name"`
	Count    types.Int64   `tfsdk:"count"`
	Labels   types.Map     `tfsdk:"labels"`
	Policies []policyModel `tfsdk:"policies"`
}

type policyModel struct {
	Domain  types.String `tfsdk:"domain"`
	Actions []string     `tfsdk:"actions"`
}

// idNameModel is the model of a schema of an id and a name (kit.Read's tests); of getSchema it
// lacks attributes, which the framework's Get refuses.
type idNameModel struct {
	ID   types.String `tfsdk:"id"`
	Name types.String `tfsdk:"name"`
}

func getValues(t testing.TB) map[string]tftypes.Value {
	t.Helper()
	objType, ok := getSchema.Type().TerraformType(context.Background()).(tftypes.Object)
	if !ok {
		t.Fatal("schema type is not an object")
	}
	at := objType.AttributeTypes
	policyType := at["policies"].(tftypes.Set).ElementType //nolint:forcetypeassert // the schema above
	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	strs := func(ss ...string) tftypes.Value {
		vals := make([]tftypes.Value, 0, len(ss))
		for _, s := range ss {
			vals = append(vals, str(s))
		}
		return tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, vals)
	}
	policy := func(domain string, actions tftypes.Value) tftypes.Value {
		return tftypes.NewValue(policyType, map[string]tftypes.Value{"domain": str(domain), "actions": actions})
	}
	full := map[string]tftypes.Value{
		"id": str("r-1"), "name": str("Reporting"), "count": tftypes.NewValue(tftypes.Number, 3),
		"labels":   tftypes.NewValue(at["labels"], map[string]tftypes.Value{"team": str("ops")}),
		"policies": tftypes.NewValue(at["policies"], []tftypes.Value{policy("analytics", strs("view")), policy("wfm", strs("edit", "view"))}),
	}
	nulls := map[string]tftypes.Value{}
	unknowns := map[string]tftypes.Value{}
	for name, typ := range at {
		nulls[name] = tftypes.NewValue(typ, nil)
		unknowns[name] = tftypes.NewValue(typ, tftypes.UnknownValue)
	}
	nulls["name"] = str("Reporting")
	nestedUnknown := map[string]tftypes.Value{}
	for k, v := range full {
		nestedUnknown[k] = v
	}
	nestedUnknown["policies"] = tftypes.NewValue(at["policies"], []tftypes.Value{policy("analytics", tftypes.NewValue(tftypes.Set{ElementType: tftypes.String}, tftypes.UnknownValue))})
	duplicates := map[string]tftypes.Value{}
	for k, v := range full {
		duplicates[k] = v
	}
	duplicates["policies"] = tftypes.NewValue(at["policies"], []tftypes.Value{policy("wfm", strs("view")), policy("wfm", strs("view"))})
	return map[string]tftypes.Value{
		"a set with an element twice": tftypes.NewValue(objType, duplicates),
		"every attribute set":         tftypes.NewValue(objType, full),
		"null attributes":             tftypes.NewValue(objType, nulls),
		"unknown attributes":          tftypes.NewValue(objType, unknowns),
		"unknown inside a set":        tftypes.NewValue(objType, nestedUnknown),
		"null object":                 tftypes.NewValue(objType, nil),
		"unknown object":              tftypes.NewValue(objType, tftypes.UnknownValue),
		"value of another type":       tftypes.NewValue(tftypes.Object{AttributeTypes: map[string]tftypes.Type{"id": tftypes.String}}, map[string]tftypes.Value{"id": str("r-1")}),
		"another type, same names":    tftypes.NewValue(tftypes.Object{AttributeTypes: sameNames(at)}, sameNamesValue(at, full)),
	}
}

// sameNames is the schema's attribute names with every type but name's turned into a string.
func sameNames(at map[string]tftypes.Type) map[string]tftypes.Type {
	out := map[string]tftypes.Type{}
	for name := range at {
		out[name] = tftypes.String
	}
	return out
}

func sameNamesValue(at map[string]tftypes.Type, full map[string]tftypes.Value) map[string]tftypes.Value {
	out := map[string]tftypes.Value{}
	for name := range at {
		out[name] = tftypes.NewValue(tftypes.String, "x")
	}
	out["name"] = full["name"]
	return out
}

// Every value GetPlan, GetState and GetConfig read gives exactly the model and diagnostics the
// framework's Get gives, for models they read themselves and for those they pass on.
func TestGetReadsWhatTheFrameworksGetReads(t *testing.T) {
	ctx := context.Background()
	models := map[string]func() any{
		"framework values": func() any { return &getModel{} },
		"nested Go values": func() any { return &nestedModel{} },
		"missing a field":  func() any { return &idNameModel{} },
	}
	for valueName, raw := range getValues(t) {
		for modelName, newModel := range models {
			want, got := newModel(), newModel()
			wantDiags := tfsdk.Plan{Raw: raw, Schema: getSchema}.Get(ctx, want)
			checks := map[string]func() diag.Diagnostics{
				"GetPlan":   func() diag.Diagnostics { return GetPlan(ctx, tfsdk.Plan{Raw: raw, Schema: getSchema}, got) },
				"GetState":  func() diag.Diagnostics { return GetState(ctx, tfsdk.State{Raw: raw, Schema: getSchema}, got) },
				"GetConfig": func() diag.Diagnostics { return GetConfig(ctx, tfsdk.Config{Raw: raw, Schema: getSchema}, got) },
			}
			for getName, get := range checks {
				reflect.ValueOf(got).Elem().SetZero()
				gotDiags := get()
				if !sameDiagnostics(gotDiags, wantDiags) {
					t.Errorf("%s, %s, %s: diagnostics %v, want the framework's %v", valueName, modelName, getName, gotDiags, wantDiags)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %s, %s: read %+v, want the framework's %+v", valueName, modelName, getName, got, want)
				}
			}
		}
	}
}

// setModel writes what the framework's Set writes, with the same diagnostics, for models it
// writes itself and for those it passes on: every model GetPlan reads, a model of the wrong
// shape, and values whose type does not fit the schema.
func TestSetModelWritesWhatTheFrameworksSetWrites(t *testing.T) {
	ctx := context.Background()
	models := map[string]any{}
	for valueName, raw := range getValues(t) {
		var m getModel
		var n nestedModel
		if !(tfsdk.Plan{Raw: raw, Schema: getSchema}).Get(ctx, &m).HasError() {
			models[valueName] = m
			models[valueName+", as a pointer"] = &m
		}
		if !(tfsdk.Plan{Raw: raw, Schema: getSchema}).Get(ctx, &n).HasError() {
			models[valueName+", nested Go values"] = n
		}
	}
	models["missing a field"] = idNameModel{ID: types.StringValue("r-1"), Name: types.StringValue("Reporting")}
	models["a map of the wrong element type"] = getModel{Name: types.StringValue("x"), Labels: types.MapValueMust(types.Int64Type, nil)}
	models["zero values"] = getModel{}
	for name, model := range models {
		want := tfsdk.State{Schema: getSchema, Raw: tftypes.NewValue(getSchema.Type().TerraformType(ctx), nil)}
		got := want
		wantDiags := want.Set(ctx, model)
		gotDiags := setModel(ctx, &got, model)
		if !sameDiagnostics(gotDiags, wantDiags) {
			t.Errorf("%s: diagnostics %v, want the framework's %v", name, gotDiags, wantDiags)
		}
		if !got.Raw.Equal(want.Raw) {
			t.Errorf("%s: wrote %v, want the framework's %v", name, got.Raw, want.Raw)
		}
	}
}

// The framework-values model of a known value is read and written without the framework: GetPlan
// and setModel must not be wrappers around Get and Set that merely look right.
func TestGetReadsFrameworkValuesItself(t *testing.T) {
	ctx := context.Background()
	raw := getValues(t)["every attribute set"]
	called := false
	var m getModel
	diags := get(ctx, raw, getSchema, func(context.Context, any) diag.Diagnostics { called = true; return nil }, &m)
	if called || diags.HasError() {
		t.Fatalf("fell back to the framework (%v) or failed: %v", called, diags)
	}
	if m.Name.ValueString() != "Reporting" || m.Count.ValueInt64() != 3 || len(m.Policies.Elements()) != 2 {
		t.Errorf("read %+v", m)
	}
	if _, _, ok := valueOf(ctx, getSchema, m); !ok {
		t.Error("the model read would be written through the framework's Set")
	}
	if team, ok := m.Labels.Elements()["team"]; !ok || !team.Equal(types.StringValue("ops")) {
		t.Errorf("labels %v, want team = ops", m.Labels)
	}
}

// sameDiagnostics compares diagnostics by severity and summary: the framework's own details and
// paths follow map order (the first attribute it fails on), so two of its calls on the same value
// can differ there.
func sameDiagnostics(a, b diag.Diagnostics) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Severity() != b[i].Severity() || a[i].Summary() != b[i].Summary() {
			return false
		}
	}
	return true
}

// BenchmarkGet compares GetPlan with the framework's Get on a model of seven attributes, one of
// them a set of nested objects, and with its GetAttribute of that set alone.
func BenchmarkGet(b *testing.B) {
	ctx := context.Background()
	plan := tfsdk.Plan{Raw: getValues(b)["every attribute set"], Schema: getSchema}
	b.Run("framework", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var m getModel
			plan.Get(ctx, &m)
		}
	})
	b.Run("framework, one attribute", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var policies types.Set
			plan.GetAttribute(ctx, path.Root("policies"), &policies)
		}
	})
	b.Run("kit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var m getModel
			GetPlan(ctx, plan, &m)
		}
	})
}
