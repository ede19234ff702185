package gauth

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// gauthDelete runs the DELETE of a GAuth object and returns its error for the caller to report,
// except a 404. No public source documents the DELETE routes of environments, contact centers,
// their settings or data centers (REAL-ORG-BEHAVIOUR R8), so a 404 may mean that this GAuth
// version does not serve the route rather than that the object is gone: it is taken as success
// only once exists, a read through a documented list, no longer finds the object. When the object
// is still there, the destroy fails naming it, instead of dropping from the state an object that
// still exists.
func gauthDelete(ctx context.Context, diags *diag.Diagnostics, what string, del func(context.Context) error,
	exists func(context.Context) (bool, error)) error {
	err := del(ctx)
	if !gauth.IsNotFound(err) {
		return err
	}
	found, err := exists(ctx)
	switch {
	case err != nil:
		kit.AddAPIError(diags, fmt.Sprintf("check that %s is gone after GAuth answered its DELETE with 404", what), "", err)
	case found:
		diags.AddError("GAuth Object Not Deleted", fmt.Sprintf("GAuth answered the DELETE of %[1]s with 404 Not Found, "+
			"but %[1]s is still there, so it was not deleted. No public source documents this DELETE route, and "+
			"this GAuth version may not serve it. Delete %[1]s by other means (GAuth's own tooling, or Genesys "+
			"support), then run the destroy or apply again: once the object is gone it completes. To stop "+
			"managing the object instead, run terraform state rm on this resource.", what))
	}
	return nil
}

// undocumentedDeleteDoc is the resource-page paragraph on gauthDelete, for a resource whose
// object is named as object ("contact center").
func undocumentedDeleteDoc(object string) string {
	return "\n\n**Destroy on a GAuth version without the route** (real-org rule R8): no public source documents " +
		"the `DELETE` of a " + object + ", so a `404` answer is taken as success only when a read confirms that the " +
		object + " is gone. When it is still there, the destroy fails naming it, rather than report it deleted: " +
		"delete it by other means (GAuth's own tooling, or Genesys support) and run the destroy again, or run " +
		"`terraform state rm` to stop managing it."
}

// listed adapts a list read to gauthDelete's exists: whether an object of the list has that id.
// A 404 on the list itself means its owner is gone, and the object with it.
func listed[T any](list func(context.Context) ([]T, error), idOf func(T) string, id string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		all, err := list(ctx)
		if gauth.IsNotFound(err) {
			return false, nil
		}
		return slices.ContainsFunc(all, func(o T) bool { return idOf(o) == id }), err
	}
}
