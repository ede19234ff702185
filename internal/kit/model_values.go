package kit

import (
	"context"
	"reflect"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/attr/xattr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// GetPlan, GetState and GetConfig read a whole plan, state or configuration into a model, as
// their Get method does, at a fraction of the cost: every resource and data source reads its
// models through them, and the checks that run on every resource of every plan (ModifyPlan,
// ValidateConfig) and every refresh (kit.Read) are where it counts.
//
// The framework's Get (v1.19) works the schema's type out again and walks the model's struct tags
// on every call, compiling a regular expression for each field; over a plan of a thousand
// resources that was a tenth of the provider's CPU time. Here both are worked out once per model
// type. Only models whose fields are all framework values (types.String, types.Set, ...) take
// this way, and only for a known, non-null value of the type the model was first read with;
// anything else, and any value the types or their checks refuse, goes to the framework's Get,
// which gives its own result and diagnostics.
func GetPlan(ctx context.Context, p tfsdk.Plan, target any) diag.Diagnostics {
	return get(ctx, p.Raw, p.Schema, p.Get, target)
}

// GetState is GetPlan for a state.
func GetState(ctx context.Context, s tfsdk.State, target any) diag.Diagnostics {
	return get(ctx, s.Raw, s.Schema, s.Get, target)
}

// GetConfig is GetPlan for a configuration.
func GetConfig(ctx context.Context, c tfsdk.Config, target any) diag.Diagnostics {
	return get(ctx, c.Raw, c.Schema, c.Get, target)
}

// setModel writes a model, a struct or a pointer to one, into a state as its Set method does, and
// as GetPlan reads one: without the framework's per-call reflection for models of framework values
// only, through Set for anything else and for any value whose type or checks do not fit the schema.
func setModel(ctx context.Context, s *tfsdk.State, model any) diag.Diagnostics {
	raw, diags, ok := valueOf(ctx, s.Schema, model)
	// The state already holds a value of the schema's type (the prior state, or null): a model
	// type first written with another schema must not write a value of that one's type.
	if !ok || s.Raw.Type() == nil || !s.Raw.Type().Equal(raw.Type()) {
		return s.Set(ctx, model)
	}
	s.Raw = raw
	return diags
}

// typed is what get needs of a schema: its value type.
type typed interface {
	Type() attr.Type
}

// modelFields is what get knows of one model type, read from the schema the model was first
// read with.
type modelFields struct {
	tfType tftypes.Type // the schema's value type
	fields []modelField
	ok     bool // the fields and the attributes pair one to one, each field a framework value
}

type modelField struct {
	name   string
	index  int
	typ    attr.Type
	tfType tftypes.Type // typ's
}

// models caches modelFields by model type.
var models sync.Map // reflect.Type -> *modelFields

func get(ctx context.Context, raw tftypes.Value, s typed, frameworkGet func(context.Context, any) diag.Diagnostics, target any) diag.Diagnostics {
	rv := reflect.ValueOf(target)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct || s == nil ||
		!raw.IsKnown() || raw.IsNull() {
		return frameworkGet(ctx, target)
	}
	m := fieldsOf(ctx, rv.Elem().Type(), s)
	if !m.ok || !raw.Type().Equal(m.tfType) {
		return frameworkGet(ctx, target)
	}
	var attrs map[string]tftypes.Value
	if raw.As(&attrs) != nil || len(attrs) != len(m.fields) {
		return frameworkGet(ctx, target)
	}
	out := reflect.New(rv.Elem().Type()).Elem()
	var diags diag.Diagnostics
	for _, f := range m.fields {
		v, found := attrs[f.name]
		if !found {
			return frameworkGet(ctx, target)
		}
		value, err := f.typ.ValueFromTerraform(ctx, v)
		if err != nil {
			return frameworkGet(ctx, target)
		}
		field := out.Field(f.index)
		if _, validates := value.(xattr.ValidateableAttribute); validates || reflect.TypeOf(value) != field.Type() {
			return frameworkGet(ctx, target)
		}
		// The framework's Get runs the type's own checks too (a set's elements are unique, an
		// Int64 is whole); it then reports what they find.
		//nolint:staticcheck // xattr.TypeWithValidate is deprecated, and still honoured by the framework's Get.
		if tv, ok := f.typ.(xattr.TypeWithValidate); ok {
			found := tv.Validate(ctx, v, path.Root(f.name))
			if found.HasError() {
				return frameworkGet(ctx, target)
			}
			diags.Append(found...)
		}
		field.Set(reflect.ValueOf(value))
	}
	rv.Elem().Set(out)
	return diags
}

// fieldsOf returns what get knows of model type t, working it out from s the first time.
func fieldsOf(ctx context.Context, t reflect.Type, s typed) *modelFields {
	if m, ok := models.Load(t); ok {
		return m.(*modelFields) //nolint:forcetypeassert // models holds nothing else
	}
	m := &modelFields{}
	objType, isObject := s.Type().(basetypes.ObjectType)
	if isObject {
		m.tfType = objType.TerraformType(ctx)
		m.fields, m.ok = modelFieldsOf(t, objType.AttrTypes)
	}
	actual, _ := models.LoadOrStore(t, m)
	return actual.(*modelFields) //nolint:forcetypeassert // models holds nothing else
}

// modelFieldsOf pairs the fields of model type t with the attribute types by their tfsdk tags,
// and reports whether they pair one to one, each field a framework value of a type without
// validation of its own.
func modelFieldsOf(t reflect.Type, types map[string]attr.Type) ([]modelField, bool) {
	attrValue := reflect.TypeFor[attr.Value]()
	fields := make([]modelField, 0, t.NumField())
	seen := map[string]bool{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, tagged := sf.Tag.Lookup("tfsdk")
		typ, inSchema := types[name]
		if !sf.IsExported() || sf.Anonymous || !tagged || !inSchema || seen[name] || !sf.Type.Implements(attrValue) {
			return nil, false
		}
		seen[name] = true
		fields = append(fields, modelField{name: name, index: i, typ: typ, tfType: typ.TerraformType(context.Background())})
	}
	return fields, len(fields) == len(types)
}

// valueOf is the value of model in a schema of s's type, as the framework's Set would write it,
// and false when the framework must write it.
func valueOf(ctx context.Context, s typed, model any) (tftypes.Value, diag.Diagnostics, bool) {
	rv := reflect.ValueOf(model)
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() != reflect.Struct || s == nil {
		return tftypes.Value{}, nil, false
	}
	m := fieldsOf(ctx, rv.Type(), s)
	if !m.ok {
		return tftypes.Value{}, nil, false
	}
	vals := make(map[string]tftypes.Value, len(m.fields))
	var diags diag.Diagnostics
	for _, f := range m.fields {
		v, isValue := rv.Field(f.index).Interface().(attr.Value)
		if !isValue || v == nil || !v.Type(ctx).Equal(f.typ) {
			return tftypes.Value{}, nil, false
		}
		if _, validates := v.(xattr.ValidateableAttribute); validates {
			return tftypes.Value{}, nil, false
		}
		tf, err := v.ToTerraformValue(ctx)
		if err != nil || !tf.Type().Equal(f.tfType) {
			return tftypes.Value{}, nil, false
		}
		//nolint:staticcheck // xattr.TypeWithValidate is deprecated, and still honoured by the framework's Set.
		if tv, ok := f.typ.(xattr.TypeWithValidate); ok {
			found := tv.Validate(ctx, tf, path.Root(f.name))
			if found.HasError() {
				return tftypes.Value{}, nil, false
			}
			diags.Append(found...)
		}
		vals[f.name] = tf
	}
	return tftypes.NewValue(m.tfType, vals), diags, true
}
