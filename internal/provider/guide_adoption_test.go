package provider

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// terraformBlock is an example's terraform block, which acctest.RequiredProvider stands for.
var terraformBlock = regexp.MustCompile(`(?s)^terraform \{.*?\n\}\n`)

// The guide "Adopting an existing org" adopts a golden org's roles with the data source and
// import blocks: the first apply imports each and changes nothing, the next plan is empty.
func TestAccGuideAdoptingAnExistingOrg(t *testing.T) {
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s=1", resource.EnvTfAcc)
	}
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	env.KnownOrg(t, `adopts, and at its destroy deletes, every role of the org named "Golden ..."`)
	ids := map[string]string{}
	for name, in := range map[string]genesyscloud.RoleInput{
		"Golden Reporting": {Description: "Reads conversation details",
			PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("conversationDetail")}},
		"Golden Viewer": {PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("userObservation")}},
		"Other Team":    {PermissionPolicies: []genesyscloud.PermissionPolicy{analyticsPolicy("userObservation")}},
	} {
		in.Name = name
		ids[name] = acctest.ExistingRole(t, env, in)
	}
	example, err := os.ReadFile(filepath.Join(examplesDir, "guides", "adopting-an-existing-org", "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	adopted := func(name string) string { return fmt.Sprintf("genesys_cloud_role.golden[%q]", name) }
	acctest.CheckAdoption(t, acctest.ProviderBinary(t.TempDir())(t), acctest.Adoption{
		Config:   env.ProviderConfig() + terraformBlock.ReplaceAllString(string(example), ""),
		Imported: []string{adopted("Golden Reporting"), adopted("Golden Viewer")},
		Adopted: func(state *tfjson.State) error {
			for _, name := range []string{"Golden Reporting", "Golden Viewer"} {
				if r := acctest.Instances(state, "genesys_cloud_role")[adopted(name)]; r == nil || r.AttributeValues["id"] != ids[name] {
					return fmt.Errorf("%s is not role %s in the state: %v", adopted(name), ids[name], r)
				}
			}
			return nil
		},
		Destroyed: func() error {
			for _, name := range []string{"Golden Reporting", "Golden Viewer"} {
				id := ids[name]
				if err := env.CheckRolesDestroyed(&id)(nil); err != nil {
					return err
				}
			}
			_, err := env.Cloud.GetRole(t.Context(), ids["Other Team"]) // not the guide's to adopt
			return err
		},
	})
}
