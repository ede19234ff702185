package protocol

import (
	"bytes"
	"context"
	"encoding/json"
	"unicode/utf8"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// unchangedPlan answers a PlanResourceChange whose proposed new state is the prior state, as
// Terraform sends for every resource a plan finds unchanged, or returns nil for the framework to
// answer. The answer is the framework's for such a request: the prior state as planned state,
// the prior private state, nothing to replace, no diagnostics. It holds when
//
//   - the resource is neither created nor destroyed, and its private state reads (plannedPrivate);
//   - the framework's defaults and write-only handling keep the prior state (plannedAsPrior);
//   - the prior state is then already the plan, so the framework marks nothing unknown, and its
//     own plan modifiers, the only ones the schema has (resourceType), change nothing;
//   - the resource's Configure, called here as the framework calls it, says nothing;
//   - the resource's ModifyPlan, if it has one, called here as the framework calls it, returns
//     the plan untouched without diagnostics. It still runs on every unchanged plan: what it
//     checks and warns about is the resource's business, and is reported whenever it reports.
//
// Anything else (an error, a warning, a value ModifyPlan changes) goes to the framework, which
// then runs the whole plan again and answers.
func (s *shortcutServer) unchangedPlan(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) *tfprotov6.PlanResourceChangeResponse {
	if req == nil || req.PriorState == nil || req.ProposedNewState == nil || req.Config == nil ||
		req.ProviderMeta != nil {
		return nil
	}
	private, ok := plannedPrivate(req.PriorPrivate)
	if !ok {
		return nil
	}
	prior, proposed := req.PriorState, req.ProposedNewState
	if prior.MsgPack == nil || prior.JSON != nil || proposed.JSON != nil || !bytes.Equal(prior.MsgPack, proposed.MsgPack) {
		return nil
	}
	rt := s.resourceType(ctx, req.TypeName)
	if rt == nil || !rt.unchangedPlans {
		return nil
	}
	resourceData, deferred := s.provider.configured()
	if deferred {
		return nil
	}
	state, err := prior.Unmarshal(rt.typ)
	if err != nil || state.IsNull() || !state.IsFullyKnown() {
		return nil
	}
	config, err := req.Config.Unmarshal(rt.typ)
	if err != nil || !plannedAsPrior(ctx, rt.schema.Attributes, config, state, path.Empty()) {
		return nil
	}
	identity, ok := plannedIdentity(rt, req.PriorIdentity)
	if !ok {
		return nil
	}
	r, ok := configuredResource(ctx, rt, resourceData)
	if !ok || (rt.modifiesPlan && !keepsPlan(ctx, r, rt, req, config, state)) {
		return nil
	}
	return &tfprotov6.PlanResourceChangeResponse{
		PlannedState: &tfprotov6.DynamicValue{MsgPack: prior.MsgPack}, PlannedPrivate: private, PlannedIdentity: identity,
	}
}

// plannedIdentity is the identity the framework plans when nothing touches it: the prior one
// decoded and encoded again, or, when Terraform sent none (before 1.12), a null identity of the
// resource's identity type; nil for a resource without identity. It returns false for an
// identity the server does not expect.
func plannedIdentity(rt *resourceType, prior *tfprotov6.ResourceIdentityData) (*tfprotov6.ResourceIdentityData, bool) {
	switch {
	case rt.identityType == nil:
		return nil, prior == nil
	case prior == nil:
		dv, err := tfprotov6.NewDynamicValue(rt.identityType, tftypes.NewValue(rt.identityType, nil))
		return &tfprotov6.ResourceIdentityData{IdentityData: &dv}, err == nil
	case prior.IdentityData == nil:
		return nil, false
	}
	v, err := prior.IdentityData.Unmarshal(rt.identityType)
	if err != nil {
		return nil, false
	}
	dv, err := tfprotov6.NewDynamicValue(rt.identityType, v)
	return &tfprotov6.ResourceIdentityData{IdentityData: &dv}, err == nil
}

// plannedPrivate is the private state the framework plans when nothing touches it: the prior one
// decoded (privatestate.NewData) and encoded again (Data.Bytes), nil when it holds no key. It
// returns false for private state the framework would refuse or discard.
func plannedPrivate(prior []byte) ([]byte, bool) {
	if len(prior) == 0 {
		return nil, true
	}
	var data map[string][]byte
	if json.Unmarshal(prior, &data) != nil {
		return nil, false
	}
	for _, v := range data {
		if !utf8.Valid(v) || !json.Valid(v) { // an empty value too
			return nil, false
		}
	}
	if len(data) == 0 {
		return nil, true
	}
	out, err := json.Marshal(data)
	return out, err == nil
}

// configuredResource returns a new instance of the resource, configured as the framework
// configures one for each request, and false if Configure said anything: a resource may refuse
// every plan there (a product the provider block does not configure), and the framework then
// answers with what it said.
func configuredResource(ctx context.Context, rt *resourceType, resourceData any) (resource.Resource, bool) {
	r := rt.factory()
	if c, ok := r.(resource.ResourceWithConfigure); ok {
		var resp resource.ConfigureResponse
		c.Configure(ctx, resource.ConfigureRequest{ProviderData: resourceData}, &resp)
		if len(resp.Diagnostics) > 0 {
			return nil, false
		}
	}
	return r, true
}

// keepsPlan calls the ModifyPlan of r as the framework would on a plan equal to state, and
// reports whether it left the plan alone, without diagnostics.
func keepsPlan(ctx context.Context, r resource.Resource, rt *resourceType, req *tfprotov6.PlanResourceChangeRequest, config, state tftypes.Value) bool {
	m, ok := r.(resource.ResourceWithModifyPlan)
	if !ok {
		return false
	}
	modReq := resource.ModifyPlanRequest{
		Config: tfsdk.Config{Raw: config, Schema: rt.schema},
		Plan:   tfsdk.Plan{Raw: state.Copy(), Schema: rt.schema},
		State:  tfsdk.State{Raw: state, Schema: rt.schema},
		// Private stays nil, the framework's type having no constructor outside it: reading it
		// gives nothing, writing it fails (and the framework then plans). The ModifyPlan of the
		// resources here neither reads nor writes it; private state serves Read, Update and
		// Delete (kit.MarkCreated).
	}
	if req.ClientCapabilities != nil {
		modReq.ClientCapabilities.DeferralAllowed = req.ClientCapabilities.DeferralAllowed
	}
	resp := resource.ModifyPlanResponse{Plan: modReq.Plan, RequiresReplace: path.Paths{}}
	m.ModifyPlan(ctx, modReq, &resp)
	return len(resp.Diagnostics) == 0 && len(resp.RequiresReplace) == 0 && resp.Deferred == nil &&
		resp.Private == nil && resp.Identity == nil && resp.Plan.Raw.Equal(state)
}
