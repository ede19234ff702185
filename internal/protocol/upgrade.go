package protocol

import (
	"context"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// currentState answers an UpgradeResourceState of a state stored at the current schema version,
// which Terraform sends for every resource of every plan, or returns nil for the framework to
// answer. The framework passes such a state through: it reads the JSON against the schema's type,
// skipping attributes the schema no longer has, and encodes the value again (fwserver
// UpgradeResourceState, then toproto6.State, whose block handling changes nothing in a schema
// without blocks). This is the same, with the schema's type worked out once.
func (s *shortcutServer) currentState(ctx context.Context, req *tfprotov6.UpgradeResourceStateRequest) *tfprotov6.UpgradeResourceStateResponse {
	if req == nil || req.RawState == nil || req.RawState.JSON == nil {
		return nil
	}
	rt := s.resourceType(ctx, req.TypeName)
	if rt == nil || !rt.plainSchema || req.Version != rt.schema.GetVersion() {
		return nil
	}
	v, err := req.RawState.UnmarshalWithOpts(rt.typ, tfprotov6.UnmarshalOpts{
		ValueFromJSONOpts: tftypes.ValueFromJSONOpts{IgnoreUndefinedAttributes: true},
	})
	if err != nil {
		return nil // the framework words the error
	}
	dv, err := tfprotov6.NewDynamicValue(rt.typ, v)
	if err != nil {
		return nil
	}
	return &tfprotov6.UpgradeResourceStateResponse{UpgradedState: &dv}
}
