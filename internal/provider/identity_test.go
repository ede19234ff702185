package provider

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Resource identity is what Terraform 1.12 and later keep beside the state and import by; the
// CLI here is older, so these tests speak the plugin protocol to the provider server directly.

var identityType = tftypes.Object{AttributeTypes: map[string]tftypes.Type{"id": tftypes.String}}

func TestEveryResourceTypeHasAnIdentityOfItsID(t *testing.T) {
	srv, schemas := providerServer(t)
	ctx := context.Background()
	identities, err := srv.GetResourceIdentitySchemas(ctx, &tfprotov6.GetResourceIdentitySchemasRequest{})
	if err != nil || diagsError(identities.Diagnostics) != nil {
		t.Fatal(err, diagsError(identities.Diagnostics))
	}
	if len(identities.IdentitySchemas) != len(schemas.ResourceSchemas) {
		t.Errorf("%d identity schemas for %d resource types", len(identities.IdentitySchemas), len(schemas.ResourceSchemas))
	}
	for typeName := range schemas.ResourceSchemas {
		s := identities.IdentitySchemas[typeName]
		if s == nil || len(s.IdentityAttributes) != 1 || s.IdentityAttributes[0].Name != "id" ||
			!s.IdentityAttributes[0].RequiredForImport || !s.IdentityAttributes[0].Type.Equal(tftypes.String) {
			t.Errorf("%s: identity schema %+v, want one string attribute id, required for import", typeName, s)
		}
	}
}

// An import by identity (an import block with `identity = { id = ... }`) imports the object of
// that id, and the Read that follows stores the identity.
func TestImportByIdentityThenReadStoresTheIdentity(t *testing.T) {
	ctx := context.Background()
	env := acctest.NewEnv(t, emulator.Options{})
	name := acctest.RandomName("Imported by identity")
	roleID := acctest.ExistingRole(t, env, genesyscloud.RoleInput{Name: name})
	srv, schemas := configuredServer(t, env)
	roleType := schemas.ResourceSchemas["genesys_cloud_role"].ValueType()
	identity := func(id string) *tfprotov6.ResourceIdentityData {
		return &tfprotov6.ResourceIdentityData{IdentityData: dynamic(t, identityType,
			tftypes.NewValue(identityType, map[string]tftypes.Value{"id": tftypes.NewValue(tftypes.String, id)}))}
	}

	imported, err := srv.ImportResourceState(ctx, &tfprotov6.ImportResourceStateRequest{
		TypeName: "genesys_cloud_role", Identity: identity(roleID),
	})
	if err != nil || diagsError(imported.Diagnostics) != nil {
		t.Fatal(err, diagsError(imported.Diagnostics))
	}
	if len(imported.ImportedResources) != 1 {
		t.Fatalf("%d imported resources, want 1", len(imported.ImportedResources))
	}
	state := imported.ImportedResources[0].State
	if got := attr(t, state, roleType, "id"); got != roleID {
		t.Fatalf("imported id %q, want %q", got, roleID)
	}

	read, err := srv.ReadResource(ctx, &tfprotov6.ReadResourceRequest{
		TypeName: "genesys_cloud_role", CurrentState: state, CurrentIdentity: imported.ImportedResources[0].Identity,
	})
	if err != nil || diagsError(read.Diagnostics) != nil {
		t.Fatal(err, diagsError(read.Diagnostics))
	}
	if got := attr(t, read.NewState, roleType, "name"); got != name {
		t.Errorf("read name %q, want the role's", got)
	}
	if read.NewIdentity == nil {
		t.Fatal("the read returned no identity")
	}
	if got := attr(t, read.NewIdentity.IdentityData, identityType, "id"); got != roleID {
		t.Errorf("identity id %q, want %q", got, roleID)
	}
}
