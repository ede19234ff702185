package kit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/identityschema"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// Resource identity (Terraform 1.12 and later): every resource type is identified by its id
// alone. The natural keys that could join it are either mutable (a role's name, which an update
// may change, while an identity must not) or the id itself (a GAuth client's client_id, a CORS
// setting's contact center); the mutable ones remain import keys (ImportLookup).

// identityAttribute is the identity's one attribute, and the state attribute it mirrors.
const identityAttribute = "id"

// IDIdentity gives a resource the identity {id}. Embedded in the resource bases, so every resource
// type has it.
type IDIdentity struct{}

func (IDIdentity) IdentitySchema(_ context.Context, _ resource.IdentitySchemaRequest, resp *resource.IdentitySchemaResponse) {
	resp.IdentitySchema = identityschema.Schema{
		Attributes: map[string]identityschema.Attribute{
			identityAttribute: identityschema.StringAttribute{
				RequiredForImport: true,
				Description:       "The object's id, as the id attribute holds it.",
			},
		},
	}
}

// SetState sets the state to model and the identity to the id model holds: what every Create,
// Read and Update ends with.
func SetState(ctx context.Context, state *tfsdk.State, identity *tfsdk.ResourceIdentity, model any) diag.Diagnostics {
	diags := setModel(ctx, state, model)
	if diags.HasError() {
		return diags
	}
	diags.Append(setIdentity(ctx, identity, stateID(state.Raw))...)
	return diags
}

// stateID is the id attribute of a state's value, "" while it is null or unknown. It reads the
// value itself: the framework's GetAttribute works the schema's type out again on every call.
func stateID(raw tftypes.Value) string {
	var attrs map[string]tftypes.Value
	if !raw.IsKnown() || raw.IsNull() || raw.As(&attrs) != nil {
		return ""
	}
	v, ok := attrs[identityAttribute]
	var id *string
	if !ok || !v.IsKnown() || v.As(&id) != nil || id == nil {
		return ""
	}
	return *id
}

func setIdentity(ctx context.Context, identity *tfsdk.ResourceIdentity, id string) diag.Diagnostics {
	if identity == nil {
		return nil
	}
	return identity.SetAttribute(ctx, path.Root(identityAttribute), id)
}

// ImportedID is the id an import names: the import's id string, or the id of its identity
// (an import block with identity, Terraform 1.12 and later).
func ImportedID(ctx context.Context, req resource.ImportStateRequest, diags *diag.Diagnostics) string {
	if req.ID != "" || req.Identity == nil {
		return req.ID
	}
	var id types.String
	diags.Append(req.Identity.GetAttribute(ctx, path.Root(identityAttribute), &id)...)
	return id.ValueString()
}
