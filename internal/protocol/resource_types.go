package protocol

import (
	"context"
	"reflect"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// resourceType is what the server needs of one resource type to answer without the framework,
// worked out once per process: the framework recomputes it on every request.
type resourceType struct {
	factory func() resource.Resource
	schema  schema.Schema
	typ     tftypes.Type // the schema's value type
	// plainSchema is a schema without blocks or dynamic attributes: the framework's block and
	// dynamic handling then changes no value, so a value round-trips unchanged.
	plainSchema bool
	// unchangedPlans is whether a plan that changes nothing may be answered by the server (see
	// unchangedPlan): a plain schema of the framework's attribute types without custom value
	// types, whose plan modifiers are all the framework's own, which leave a known value equal to
	// the prior state alone, and without sets of nested objects holding defaults or write-only
	// attributes, whose elements the defaults check cannot pair with the configuration's.
	unchangedPlans bool
	// identityType is the value type of the resource's identity, nil when it has none: an
	// unchanged plan plans the prior identity, as the framework does.
	identityType tftypes.Type
	modifiesPlan bool // the resource implements ModifyPlan
}

// resourceTypes returns the resource types of p by type name, as the framework names them.
func resourceTypes(ctx context.Context, p provider.Provider) map[string]*resourceType {
	var meta provider.MetadataResponse
	p.Metadata(ctx, provider.MetadataRequest{}, &meta)
	out := map[string]*resourceType{}
	for _, factory := range p.Resources(ctx) {
		r := factory()
		var name resource.MetadataResponse
		r.Metadata(ctx, resource.MetadataRequest{ProviderTypeName: meta.TypeName}, &name)
		var s resource.SchemaResponse
		r.Schema(ctx, resource.SchemaRequest{}, &s)
		if s.Diagnostics.HasError() || name.TypeName == "" {
			continue // the framework reports it on every request
		}
		_, modifiesPlan := r.(resource.ResourceWithModifyPlan)
		var identityType tftypes.Type
		if ri, ok := r.(resource.ResourceWithIdentity); ok {
			var is resource.IdentitySchemaResponse
			ri.IdentitySchema(ctx, resource.IdentitySchemaRequest{}, &is)
			if is.Diagnostics.HasError() {
				continue // the framework reports it on every request
			}
			identityType = is.IdentitySchema.Type().TerraformType(ctx)
		}
		plain := len(s.Schema.Blocks) == 0 && !hasDynamic(s.Schema.Attributes)
		out[name.TypeName] = &resourceType{
			factory:        factory,
			schema:         s.Schema,
			typ:            s.Schema.Type().TerraformType(ctx),
			plainSchema:    plain,
			unchangedPlans: plain && checkable(s.Schema.Attributes),
			modifiesPlan:   modifiesPlan,
			identityType:   identityType,
		}
	}
	return out
}

// hasDynamic reports whether any attribute, nested ones included, is dynamic.
func hasDynamic(attrs map[string]schema.Attribute) bool {
	for _, a := range attrs {
		if _, ok := a.GetType().(basetypes.DynamicTypable); ok {
			return true
		}
		if nested := nestedAttributes(a); nested != nil && hasDynamic(nested) {
			return true
		}
	}
	return false
}

// checkable reports whether attrs are all the framework's own attribute types, without custom
// value types, with the framework's own plan modifiers only, and no set of nested objects holds
// defaults or write-only attributes.
func checkable(attrs map[string]schema.Attribute) bool {
	for _, a := range attrs {
		if !frameworkAttribute(a) || customType(a) || !frameworkModifiers(a) {
			return false
		}
		nested := nestedAttributes(a)
		if nested == nil {
			continue
		}
		if _, isSet := a.(schema.SetNestedAttribute); isSet && holdsDefaultsOrWriteOnly(nested) {
			return false
		}
		if obj, ok := nestedObject(a); ok && !frameworkModifiers(obj) {
			return false
		}
		if !checkable(nested) {
			return false
		}
	}
	return true
}

func holdsDefaultsOrWriteOnly(attrs map[string]schema.Attribute) bool {
	for _, a := range attrs {
		if a.IsWriteOnly() || hasDefault(a) {
			return true
		}
		if nested := nestedAttributes(a); nested != nil && holdsDefaultsOrWriteOnly(nested) {
			return true
		}
	}
	return false
}

// frameworkAttribute reports whether a is one of the framework's attribute types, whose defaults,
// write-only flag and plan modifiers the server knows how to read.
func frameworkAttribute(a schema.Attribute) bool {
	switch a.(type) {
	case schema.BoolAttribute, schema.Float32Attribute, schema.Float64Attribute, schema.Int32Attribute,
		schema.Int64Attribute, schema.NumberAttribute, schema.StringAttribute, schema.ListAttribute,
		schema.MapAttribute, schema.SetAttribute, schema.ObjectAttribute, schema.ListNestedAttribute,
		schema.MapNestedAttribute, schema.SetNestedAttribute, schema.SingleNestedAttribute:
		return true
	}
	return false
}

// customType reports whether a, or its nested object, has a custom value type, whose conversions
// the framework runs in a plan and may fail.
func customType(a schema.Attribute) bool {
	if obj, ok := nestedObject(a); ok && obj.CustomType != nil {
		return true
	}
	field := reflect.ValueOf(a).FieldByName("CustomType")
	return field.IsValid() && !field.IsNil()
}

// frameworkPlanModifiers is where the framework's plan modifiers live, one package per value type
// (stringplanmodifier, setplanmodifier, ...). Each of them (RequiresReplace..., UseStateForUnknown,
// UseNonNullStateForUnknown) does nothing when the planned value is known and equals the state's.
const frameworkPlanModifiers = "github.com/hashicorp/terraform-plugin-framework/resource/schema/"

// frameworkModifiers reports whether every plan modifier of v, an attribute or nested object
// struct, comes from the framework.
func frameworkModifiers(v any) bool {
	field := reflect.ValueOf(v).FieldByName("PlanModifiers")
	if !field.IsValid() {
		return true
	}
	for i := range field.Len() {
		t := reflect.TypeOf(field.Index(i).Interface())
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		pkg := t.PkgPath()
		if !strings.HasPrefix(pkg, frameworkPlanModifiers) || !strings.HasSuffix(pkg, "planmodifier") {
			return false
		}
	}
	return true
}

// nestedAttributes returns the attributes of a nested attribute's objects, or nil.
func nestedAttributes(a schema.Attribute) map[string]schema.Attribute {
	if obj, ok := nestedObject(a); ok {
		return obj.Attributes
	}
	if n, ok := a.(schema.SingleNestedAttribute); ok {
		return n.Attributes
	}
	return nil
}

// nestedObject returns the object of a list, set or map of nested objects.
func nestedObject(a schema.Attribute) (schema.NestedAttributeObject, bool) {
	switch n := a.(type) {
	case schema.ListNestedAttribute:
		return n.NestedObject, true
	case schema.SetNestedAttribute:
		return n.NestedObject, true
	case schema.MapNestedAttribute:
		return n.NestedObject, true
	}
	return schema.NestedAttributeObject{}, false
}
