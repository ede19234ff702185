package kit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
)

// What every Create, Update and Delete starts and ends with: the models read from the request,
// converted for the API, and the model stored as the new state. Each helper adds what fails to
// diags and returns ok false, after which the caller returns; the API calls stay in the resource.

// Planned reads a create's plan into a model of type M and converts it for the API with toAPI,
// the model's conversion as a method expression (cloudRoleModel.toAPI). The conversion runs only
// once the plan is read.
func Planned[M, T any](ctx context.Context, p tfsdk.Plan, toAPI func(M, context.Context) (T, diag.Diagnostics),
	diags *diag.Diagnostics,
) (plan M, in T, ok bool) {
	if !Got(diags, GetPlan(ctx, p, &plan)) {
		return plan, in, false
	}
	in, converted := toAPI(plan, ctx)
	return plan, in, Got(diags, converted)
}

// PlannedUpdate is Planned for an update: it reads the prior state too, before the conversion.
func PlannedUpdate[M, T any](ctx context.Context, req resource.UpdateRequest, toAPI func(M, context.Context) (T, diag.Diagnostics),
	diags *diag.Diagnostics,
) (plan, state M, in T, ok bool) {
	if !Got(diags, GetPlan(ctx, req.Plan, &plan), GetState(ctx, req.State, &state)) {
		return plan, state, in, false
	}
	in, converted := toAPI(plan, ctx)
	return plan, state, in, Got(diags, converted)
}

// PlanAndState reads an update's plan and prior state, each into a model of type M.
func PlanAndState[M any](ctx context.Context, req resource.UpdateRequest, diags *diag.Diagnostics) (plan, state M, ok bool) {
	ok = Got(diags, GetPlan(ctx, req.Plan, &plan), GetState(ctx, req.State, &state))
	return plan, state, ok
}

// StateOf reads a state (a delete's) into a model of type M.
func StateOf[M any](ctx context.Context, s tfsdk.State, diags *diag.Diagnostics) (state M, ok bool) {
	ok = Got(diags, GetState(ctx, s, &state))
	return state, ok
}

// Got adds the diagnostics of reads or conversions (GetPlan, GetState, GetConfig, toAPI) to
// diags, and reports whether diags holds no error.
func Got(diags *diag.Diagnostics, results ...diag.Diagnostics) bool {
	for _, d := range results {
		diags.Append(d...)
	}
	return !diags.HasError()
}

// SetCreated stores model, the object a create made, as the create's state, and marks the create
// in the private state (MarkCreated), so that reads within the create's window wait for it.
func SetCreated(ctx context.Context, resp *resource.CreateResponse, model any) {
	resp.Diagnostics.Append(MarkCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(SetState(ctx, &resp.State, resp.Identity, model)...)
}
