package kit

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// RemovedOutsideTerraform drops a resource whose object answered 404 on refresh, with a warning, so
// the plan proposes to create it again instead of failing.
func RemovedOutsideTerraform(ctx context.Context, resp *resource.ReadResponse, kind, id string) {
	resp.Diagnostics.AddWarning("Object Deleted Outside Terraform",
		fmt.Sprintf("The %s %s no longer exists; it was deleted outside Terraform. It is removed from the state, "+
			"and the plan will create it again if it is still in the configuration.", kind, id))
	// The identity is set all the same: the framework requires one after every Read without
	// an error, even one that removes the resource.
	resp.Diagnostics.Append(setIdentity(ctx, resp.Identity, id)...)
	resp.State.RemoveResource(ctx)
}
