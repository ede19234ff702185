package oauth_test

import (
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/services/cloud/oauth"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// An unknown grant type gets one error, the attribute validator's: rules keyed on grant types
// (roles only for CLIENT-CREDENTIALS, ...) must not add a second, misleading one about roles.
func TestCloudOAuthClientValidateConfig_unknownGrantTypeIsTheOnlyError(t *testing.T) {
	r, ok := oauth.NewCloudOAuthClientResource().(resource.ResourceWithValidateConfig)
	if !ok {
		t.Fatal("genesys_cloud_oauth_client has no ValidateConfig")
	}
	for grant, wantErrors := range map[string]int{
		"CLIENT_CREDENTIALS": 0, // misspelt: the OneOf validator, not ValidateConfig, reports it
		"CODE":               2, // roles not allowed, redirect URIs missing
	} {
		config := oauthClientWithARole(t, r, grant)
		var resp resource.ValidateConfigResponse
		r.ValidateConfig(t.Context(), resource.ValidateConfigRequest{Config: config}, &resp)
		if got := resp.Diagnostics.ErrorsCount(); got != wantErrors {
			t.Errorf("grant %s: ValidateConfig reported %d errors, want %d: %v", grant, got, wantErrors, resp.Diagnostics)
		}
	}
}

// oauthClientWithARole is a configuration of the resource with grant as its grant type, one role
// (role_id only) and every other attribute null.
func oauthClientWithARole(t *testing.T, r resource.Resource, grant string) tfsdk.Config {
	t.Helper()
	var schemaResp resource.SchemaResponse
	r.Schema(t.Context(), resource.SchemaRequest{}, &schemaResp)
	objectType, ok := schemaResp.Schema.Type().TerraformType(t.Context()).(tftypes.Object)
	if !ok {
		t.Fatal("the schema's type is not an object")
	}
	nulls := func(o tftypes.Object) map[string]tftypes.Value {
		values := map[string]tftypes.Value{}
		for name, typ := range o.AttributeTypes {
			values[name] = tftypes.NewValue(typ, nil)
		}
		return values
	}
	values := nulls(objectType)
	values["authorized_grant_type"] = tftypes.NewValue(tftypes.String, grant)
	rolesType, ok := objectType.AttributeTypes["roles"].(tftypes.Set)
	roleType, isObject := rolesType.ElementType.(tftypes.Object)
	if !ok || !isObject {
		t.Fatal("roles is not a set of objects")
	}
	role := nulls(roleType)
	role["role_id"] = tftypes.NewValue(tftypes.String, "r")
	values["roles"] = tftypes.NewValue(rolesType, []tftypes.Value{tftypes.NewValue(roleType, role)})
	return tfsdk.Config{Schema: schemaResp.Schema, Raw: tftypes.NewValue(objectType, values)}
}
