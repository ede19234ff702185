package kit

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

var idNameSchema = schema.Schema{Attributes: map[string]schema.Attribute{
	"id": schema.StringAttribute{Computed: true}, "name": schema.StringAttribute{Optional: true},
}}

// idNameValue is the value of idNameSchema with that id and name.
func idNameValue(id, name string) tftypes.Value {
	typ := idNameSchema.Type().TerraformType(context.Background())
	return tftypes.NewValue(typ, map[string]tftypes.Value{
		"id": tftypes.NewValue(tftypes.String, id), "name": tftypes.NewValue(tftypes.String, name),
	})
}

// nameToAPI converts the model to its name, refusing an empty one.
func nameToAPI(m idNameModel, _ context.Context) (string, diag.Diagnostics) {
	var diags diag.Diagnostics
	if m.Name.ValueString() == "" {
		diags.AddError("No Name", "the model has no name")
	}
	return m.Name.ValueString(), diags
}

func TestPlannedReadsThePlanThenConverts(t *testing.T) {
	ctx := context.Background()
	var diags diag.Diagnostics
	plan, in, ok := Planned(ctx, tfsdk.Plan{Schema: idNameSchema, Raw: idNameValue("t1", "planned")}, nameToAPI, &diags)
	if !ok || diags.HasError() || plan.ID.ValueString() != "t1" || in != "planned" {
		t.Errorf("got %v, %q, %v, %v; want the plan of t1 converted to planned", plan, in, ok, diags)
	}

	diags = nil
	if _, _, ok := Planned(ctx, tfsdk.Plan{Schema: idNameSchema, Raw: idNameValue("t1", "")}, nameToAPI, &diags); ok ||
		len(diags.Errors()) != 1 || diags.Errors()[0].Summary() != "No Name" {
		t.Errorf("a failed conversion: ok %v, %v; want false with its error", ok, diags)
	}
}

func TestPlannedUpdateReadsPlanAndStateBeforeConverting(t *testing.T) {
	ctx := context.Background()
	req := resource.UpdateRequest{
		Plan:  tfsdk.Plan{Schema: idNameSchema, Raw: idNameValue("t1", "new")},
		State: tfsdk.State{Schema: idNameSchema, Raw: idNameValue("t1", "old")},
	}
	var diags diag.Diagnostics
	plan, state, in, ok := PlannedUpdate(ctx, req, nameToAPI, &diags)
	if !ok || plan.Name.ValueString() != "new" || state.Name.ValueString() != "old" || in != "new" {
		t.Errorf("got %v, %v, %q, %v, %v; want the plan, the state and the plan converted", plan, state, in, ok, diags)
	}
	plan, state, ok = PlanAndState[idNameModel](ctx, req, &diags)
	if !ok || plan.Name.ValueString() != "new" || state.Name.ValueString() != "old" {
		t.Errorf("PlanAndState: %v, %v, %v, %v; want the plan and the state", plan, state, ok, diags)
	}

	// A state that cannot be read stops before the conversion, which would add its own error.
	req.Plan.Raw = idNameValue("t1", "")
	req.State = tfsdk.State{Schema: idNameSchema, Raw: tftypes.NewValue(idNameSchema.Type().TerraformType(ctx), tftypes.UnknownValue)}
	diags = nil
	if _, _, _, ok := PlannedUpdate(ctx, req, nameToAPI, &diags); ok || !diags.HasError() {
		t.Errorf("unreadable state: ok %v, %v; want false with the read's error", ok, diags)
	}
	for _, d := range diags.Errors() {
		if d.Summary() == "No Name" {
			t.Errorf("the conversion ran after the state failed to read: %v", diags)
		}
	}
}

func TestStateOfAndGot(t *testing.T) {
	ctx := context.Background()
	var diags diag.Diagnostics
	state, ok := StateOf[idNameModel](ctx, tfsdk.State{Schema: idNameSchema, Raw: idNameValue("t1", "old")}, &diags)
	if !ok || state.ID.ValueString() != "t1" {
		t.Errorf("StateOf: %v, %v, %v; want t1", state, ok, diags)
	}

	var warned, failed diag.Diagnostics
	warned.AddWarning("W", "a warning")
	failed.AddError("E", "an error")
	diags = nil
	if !Got(&diags, nil, warned) || len(diags) != 1 {
		t.Errorf("warnings only: %v; want true with the warning kept", diags)
	}
	if Got(&diags, failed) || len(diags) != 2 {
		t.Errorf("an error: %v; want false with the error added", diags)
	}
}

func TestSetCreatedStoresTheModelAndMarksTheCreate(t *testing.T) {
	ctx := context.Background()
	// Only the framework makes a private state; without one, the mark's failure shows that
	// SetCreated made it, and the model is stored all the same.
	resp := &resource.CreateResponse{
		State: tfsdk.State{Schema: idNameSchema, Raw: tftypes.NewValue(idNameSchema.Type().TerraformType(ctx), nil)},
	}
	SetCreated(ctx, resp, &idNameModel{ID: types.StringValue("t1"), Name: types.StringValue("made")})
	if !resp.State.Raw.Equal(idNameValue("t1", "made")) {
		t.Errorf("state %v; want the model stored", resp.State.Raw)
	}
	if errs := resp.Diagnostics.Errors(); len(errs) != 1 || errs[0].Summary() != "Uninitialized ProviderData" {
		t.Errorf("diagnostics %v; want the mark's one error on a response without a private state", resp.Diagnostics)
	}
}
