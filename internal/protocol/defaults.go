package protocol

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/defaults"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// plannedAsPrior reports whether the framework's first steps of a plan, applied to a proposed new
// state equal to prior, keep it as it is: every attribute null in config that has a default holds
// the default in prior (the framework plans the default, fwschemadata TransformDefaults), and every
// write-only attribute is null in prior (the framework plans null). A default replaces the whole
// value of its attribute, so what is inside is not looked at; the framework applies defaults
// inside first, then replaces them.
func plannedAsPrior(ctx context.Context, attrs map[string]schema.Attribute, config, prior tftypes.Value, at path.Path) bool {
	if prior.IsNull() {
		return true // nothing inside to default
	}
	priorAttrs, ok := objectAttributes(prior)
	if !ok {
		return false
	}
	configAttrs := map[string]tftypes.Value{} // every attribute null in a null configuration
	if !config.IsNull() {
		if configAttrs, ok = objectAttributes(config); !ok {
			return false
		}
	}
	for name, a := range attrs {
		p, c := priorAttrs[name], configAttrs[name]
		if a.IsWriteOnly() && !p.IsNull() {
			return false
		}
		if c.IsNull() {
			if d, has, diags := defaultValue(ctx, a, at.AtName(name)); has {
				if diags.HasError() || !d.Equal(p) {
					return false
				}
				continue
			}
		}
		if !nestedAsPrior(ctx, a, c, p, at.AtName(name)) {
			return false
		}
	}
	return true
}

// nestedAsPrior is plannedAsPrior for the objects inside a nested attribute a.
func nestedAsPrior(ctx context.Context, a schema.Attribute, config, prior tftypes.Value, at path.Path) bool {
	if prior.IsNull() {
		return true
	}
	switch n := a.(type) {
	case schema.SingleNestedAttribute:
		return plannedAsPrior(ctx, n.Attributes, config, prior, at)
	case schema.ListNestedAttribute:
		var ps, cs []tftypes.Value
		if prior.As(&ps) != nil || (!config.IsNull() && config.As(&cs) != nil) {
			return false
		}
		for i, p := range ps {
			c := tftypes.NewValue(p.Type(), nil)
			if !config.IsNull() {
				if i >= len(cs) {
					return false // no configured element to pair with
				}
				c = cs[i]
			}
			if !plannedAsPrior(ctx, n.NestedObject.Attributes, c, p, at.AtListIndex(i)) {
				return false
			}
		}
	case schema.MapNestedAttribute:
		var ps, cs map[string]tftypes.Value
		if prior.As(&ps) != nil || (!config.IsNull() && config.As(&cs) != nil) {
			return false
		}
		for k, p := range ps {
			c, ok := cs[k]
			if !ok {
				if !config.IsNull() {
					return false
				}
				c = tftypes.NewValue(p.Type(), nil)
			}
			if !plannedAsPrior(ctx, n.NestedObject.Attributes, c, p, at.AtMapKey(k)) {
				return false
			}
		}
	}
	// Sets of nested objects hold neither defaults nor write-only attributes (resourceType
	// unchangedPlans); other attributes hold no attributes.
	return true
}

func objectAttributes(v tftypes.Value) (map[string]tftypes.Value, bool) {
	if !v.IsKnown() {
		return nil, false
	}
	var attrs map[string]tftypes.Value
	return attrs, v.As(&attrs) == nil
}

func hasDefault(a schema.Attribute) bool {
	_, has, _ := defaultValue(context.Background(), a, path.Empty())
	return has
}

// defaultValue is the value the framework plans for a, at path at, when a is null in config.
func defaultValue(ctx context.Context, a schema.Attribute, at path.Path) (tftypes.Value, bool, diag.Diagnostics) {
	var v attr.Value
	var diags diag.Diagnostics
	switch d := a.(type) {
	case interface{ BoolDefaultValue() defaults.Bool }:
		if d.BoolDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.BoolResponse
		d.BoolDefaultValue().DefaultBool(ctx, defaults.BoolRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ Float32DefaultValue() defaults.Float32 }:
		if d.Float32DefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.Float32Response
		d.Float32DefaultValue().DefaultFloat32(ctx, defaults.Float32Request{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ Float64DefaultValue() defaults.Float64 }:
		if d.Float64DefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.Float64Response
		d.Float64DefaultValue().DefaultFloat64(ctx, defaults.Float64Request{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ Int32DefaultValue() defaults.Int32 }:
		if d.Int32DefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.Int32Response
		d.Int32DefaultValue().DefaultInt32(ctx, defaults.Int32Request{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ Int64DefaultValue() defaults.Int64 }:
		if d.Int64DefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.Int64Response
		d.Int64DefaultValue().DefaultInt64(ctx, defaults.Int64Request{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ ListDefaultValue() defaults.List }:
		if d.ListDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.ListResponse
		d.ListDefaultValue().DefaultList(ctx, defaults.ListRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ MapDefaultValue() defaults.Map }:
		if d.MapDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.MapResponse
		d.MapDefaultValue().DefaultMap(ctx, defaults.MapRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ NumberDefaultValue() defaults.Number }:
		if d.NumberDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.NumberResponse
		d.NumberDefaultValue().DefaultNumber(ctx, defaults.NumberRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ ObjectDefaultValue() defaults.Object }:
		if d.ObjectDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.ObjectResponse
		d.ObjectDefaultValue().DefaultObject(ctx, defaults.ObjectRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ SetDefaultValue() defaults.Set }:
		if d.SetDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.SetResponse
		d.SetDefaultValue().DefaultSet(ctx, defaults.SetRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	case interface{ StringDefaultValue() defaults.String }:
		if d.StringDefaultValue() == nil {
			return tftypes.Value{}, false, nil
		}
		var resp defaults.StringResponse
		d.StringDefaultValue().DefaultString(ctx, defaults.StringRequest{Path: at}, &resp)
		v, diags = resp.PlanValue, resp.Diagnostics
	default:
		return tftypes.Value{}, false, nil
	}
	if diags.HasError() {
		return tftypes.Value{}, true, diags
	}
	tv, err := v.ToTerraformValue(ctx)
	if err != nil {
		diags.AddError("Default Value", err.Error())
	}
	return tv, true, diags
}
