package oauth

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// The role-holding rule (REAL-ORG-BEHAVIOUR R1) as genesys_cloud_oauth_client meets it: an OAuth
// client may be granted only roles the caller holds, and only a caller holding a client's roles may
// edit it (the inactive PUT of a destroy included). The plan warns about what the API will refuse;
// the apply turns the refusal into an error that names the role and the fix; with
// grant_roles_to_user and a user's token, the provider grants the user the roles first.

const roleNotHeldSummary = "Role Not Held By The Caller"

// plannedRoleIDs returns the role ids of a roles set, and whether some are not known until apply
// (roles created in the same run).
func plannedRoleIDs(ctx context.Context, roles types.Set) ([]string, bool, diag.Diagnostics) {
	if roles.IsNull() {
		return nil, false, nil
	}
	if roles.IsUnknown() {
		return nil, true, nil
	}
	var models []roleDivisionModel
	diags := roles.ElementsAs(ctx, &models, true)
	var ids []string
	unknown := false
	for _, m := range models {
		switch {
		case m.RoleID.IsUnknown():
			unknown = true
		case !slices.Contains(ids, m.RoleID.ValueString()):
			ids = append(ids, m.RoleID.ValueString())
		}
	}
	return ids, unknown, diags
}

func roleIDsOfInput(in genesyscloud.OAuthClientInput) []string {
	var ids []string
	for _, g := range in.RoleDivisions {
		if !slices.Contains(ids, g.RoleID) {
			ids = append(ids, g.RoleID)
		}
	}
	return ids
}

// fixFor is the remedy for a caller that does not hold a role.
func fixFor(c *caller, grantToUser bool) string {
	switch {
	case c.user && !grantToUser:
		return "Set grant_roles_to_user = true in the provider's cloud block to let the provider add the role to that user " +
			"first, or grant the role to the user beforehand (Admin > People > the user > Roles)."
	case c.user:
		return "Grant the role to the user beforehand (Admin > People > the user > Roles)."
	default:
		return "Grant the role to that OAuth client first (Admin > OAuth > the client > Roles, by someone who holds it), " +
			"or run Terraform with the token of a user who holds it (cloud.access_token), or with a user's token and " +
			"cloud.grant_roles_to_user = true, which grants the user the role first."
	}
}

// warnUnheldRoles adds plan-time warnings for what the API will refuse: roles to grant that the
// caller does not hold or that do not exist yet (planned, unknown), and roles of the existing
// client (current) that it does not hold, which it needs to edit or delete the client.
func (r *cloudOAuthClientResource) warnUnheldRoles(ctx context.Context, planned []string, unknown bool, current []string, diags *diag.Diagnostics) {
	if callerOf.Of(r.Cloud) == nil || (len(planned) == 0 && !unknown && len(current) == 0) {
		return
	}
	c, err := callerOf.Of(r.Cloud).get(ctx)
	if err != nil {
		// The check is advice; the apply still reports a refusal exactly.
		tflog.Debug(ctx, "role-holding check skipped: the caller's roles could not be read", map[string]any{"error": err.Error()})
		return
	}
	if c.user && callerOf.Of(r.Cloud).grantToUser {
		return // the apply grants the user whatever it lacks
	}
	for _, id := range c.unheld(planned) {
		diags.AddAttributeWarning(path.Root("roles"), roleNotHeldSummary, fmt.Sprintf(
			"Genesys Cloud grants an OAuth client only roles the caller already holds, and %s does not hold role %s: "+
				"the apply will be refused. %s", c.describe(), id, fixFor(c, callerOf.Of(r.Cloud).grantToUser)))
	}
	if unknown {
		fix := "Run Terraform with a user's token (cloud.access_token) and cloud.grant_roles_to_user = true, which grants " +
			"the user each new role before the client, or create the role in an earlier apply and grant it to the " +
			"OAuth client Terraform uses before applying this client."
		if c.user {
			fix = "Set grant_roles_to_user = true in the provider's cloud block: the provider then grants the user each new " +
				"role before the client."
		}
		diags.AddAttributeWarning(path.Root("roles"), roleNotHeldSummary, fmt.Sprintf(
			"This OAuth client is granted a role created in the same run. Genesys Cloud grants an OAuth client only "+
				"roles the caller already holds, and %s cannot hold a role that does not exist yet: the apply will be "+
				"refused. %s", c.describe(), fix))
	}
	if held := c.unheld(current); len(held) > 0 {
		diags.AddAttributeWarning(path.Root("roles"), roleNotHeldSummary, fmt.Sprintf(
			"Only a caller holding every role of an OAuth client may edit it, and %s does not hold %s, which this client "+
				"has: the update, or the destroy (which first sets the client inactive), will be refused. %s",
			c.describe(), strings.Join(held, ", "), fixFor(c, callerOf.Of(r.Cloud).grantToUser)))
	}
}

// grantToUserFirst grants the user of a user token, with the opt-in, the roles of roleIDs it
// lacks, and waits for the grant to show. It reports whether it granted any.
func (r *cloudOAuthClientResource) grantToUserFirst(ctx context.Context, roleIDs []string, diags *diag.Diagnostics) bool {
	if callerOf.Of(r.Cloud) == nil || len(roleIDs) == 0 {
		return false
	}
	grants, err := callerOf.Of(r.Cloud).grantsToUser(ctx)
	if err == nil && grants {
		var granted []string
		granted, err = callerOf.Of(r.Cloud).ensureUserHolds(ctx, roleIDs)
		if err == nil {
			if len(granted) > 0 {
				tflog.Info(ctx, "granted roles to the user Terraform runs as (grant_roles_to_user)", map[string]any{"roles": granted})
			}
			return len(granted) > 0
		}
	}
	if err != nil {
		kit.AddAPIError(diags, fmt.Sprintf("grant roles %s to the user Terraform runs as (grant_roles_to_user), so that it may "+
			"grant them to the OAuth client", strings.Join(roleIDs, ", ")), permGrantAdd, err)
	}
	return false
}

// retryRefusedGrant retries call while it is refused with 403 after the provider granted the user
// roles a moment earlier: the authorization service may take a while to apply a grant it already
// shows. A refused create or update changed nothing, so resending it is safe.
func retryRefusedGrant[T any](ctx context.Context, granted bool, call func() (T, error)) (T, error) {
	out, err := call()
	if !granted {
		return out, err
	}
	deadline := time.Now().Add(roleGrantVisibleTimeout)
	wait := roleGrantPollFirst
	for isForbidden(err) && time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return out, err
		case <-time.After(wait):
		}
		wait = min(2*wait, roleGrantPollMax)
		out, err = call()
	}
	return out, err
}

func isForbidden(err error) bool {
	apiErr, ok := genesyscloud.AsAPIError(err)
	return ok && apiErr.StatusCode == http.StatusForbidden
}

// addRefusal reports a failed create, update or delete. A 403 while the caller does not hold one
// of roleIDs is the role-holding rule: the error says which role and what to do. Anything else is
// an ordinary API error.
func (r *cloudOAuthClientResource) addRefusal(ctx context.Context, diags *diag.Diagnostics, what, permission string, err error, roleIDs []string) {
	apiErr, ok := genesyscloud.AsAPIError(err)
	if ok && apiErr.StatusCode == http.StatusForbidden && callerOf.Of(r.Cloud) != nil {
		// The cached roles may be stale: the refusal is the moment to look again.
		if c, readErr := callerOf.Of(r.Cloud).refresh(ctx); readErr == nil {
			if unheld := c.unheld(roleIDs); len(unheld) > 0 {
				var b strings.Builder
				fmt.Fprintf(&b, "Could not %s: role %s is not held by %s, and Genesys Cloud lets a caller grant an OAuth "+
					"client, or edit one, only with roles the caller holds. %s\n\n",
					what, strings.Join(unheld, ", "), c.describe(), fixFor(c, callerOf.Of(r.Cloud).grantToUser))
				kit.WriteAPIAnswer(&b, apiErr)
				diags.AddAttributeError(path.Root("roles"), roleNotHeldSummary, b.String())
				return
			}
		}
	}
	kit.AddAPIError(diags, what, permission, err)
}
