package emulator

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// oauthClientRules are the OAuth client checks of a real org that Options can relax
// (REAL-ORG-BEHAVIOUR R7).
type oauthClientRules struct {
	underscoreGrantTypes    bool
	disabledState           bool
	longTokenValidityForAll bool
}

func newOAuthClientRules(opts Options) oauthClientRules {
	return oauthClientRules{
		underscoreGrantTypes:    opts.AcceptUnderscoreGrantTypes,
		disabledState:           opts.AcceptDisabledState,
		longTokenValidityForAll: opts.LongTokenValidityForAll,
	}
}

// scimPermissions are what SCIM user provisioning does: create, update and deactivate users.
// A CLIENT-CREDENTIALS client whose roles grant all three is a SCIM client [I: no public source
// says how the service tells a SCIM client apart; ours].
var scimPermissions = []string{"directory:user:add", "directory:user:edit", "directory:user:delete"}

// checkGrantType refuses a missing or unknown authorizedGrantType. The 2017 underscore spellings
// are unknown to a real org; with the leniency they are stored hyphenated.
func (r oauthClientRules) checkGrantType(in *oauthClientRequest) *errorBody {
	if in.AuthorizedGrantType == "" {
		return newCloudError(http.StatusBadRequest, "grant.type.required", "An authorized grant type is required.")
	}
	if hyphenated, ok := underscoreGrantTypes[in.AuthorizedGrantType]; ok && r.underscoreGrantTypes {
		in.AuthorizedGrantType = hyphenated
	}
	if !slices.Contains(grantTypes, in.AuthorizedGrantType) {
		// The code and text are ours [I]; the refusal is the service's.
		return newCloudError(http.StatusBadRequest, "bad.grant.type",
			"Grant type ["+in.AuthorizedGrantType+"] is not valid. Allowable values are: "+strings.Join(grantTypes, ", "))
	}
	return nil
}

// checkState takes active and inactive as input. disabled is set only by Genesys support, and
// a client support disabled stays disabled when a PUT asks for active [I: ours]; it may still go
// inactive, as a delete needs.
func (r oauthClientRules) checkState(in *oauthClientRequest, prior *oauthClient) *errorBody {
	allowed := []string{clientActive, clientInactive}
	if r.disabledState {
		allowed = append(allowed, clientDisabled)
	}
	if e := checkEnum("state", in.State, allowed, true); e != nil {
		return e
	}
	if prior != nil && prior.State == clientDisabled && in.State == clientActive && !r.disabledState {
		in.State = clientDisabled
	}
	return nil
}

// checkValidity enforces the accessTokenValiditySeconds range: 300 to 172800 seconds, or up to
// 38880000 (450 days) for a SCIM client.
func (c *cloudState) checkValidity(grant string, grants []roleDivision, v int64) *errorBody {
	limit := int64(maxTokenValidity)
	if c.clientRules.longTokenValidityForAll || (grant == grantClientCredentials && c.grantsAll(grants, scimPermissions)) {
		limit = maxSCIMTokenValidity
	}
	if v < minTokenValidity || v > limit {
		allowed := fmt.Sprintf("%d to %d (%d for a SCIM client)", minTokenValidity, maxTokenValidity, maxSCIMTokenValidity)
		return errInvalidValue("accessTokenValiditySeconds", fmt.Sprint(v), allowed)
	}
	return nil
}

// grantsAll reports whether the roles of the grants together hold every one of the permissions.
func (c *cloudState) grantsAll(grants []roleDivision, permissions []string) bool {
	return !slices.ContainsFunc(permissions, func(p string) bool {
		return !slices.ContainsFunc(grants, func(g roleDivision) bool {
			r := c.roles[g.RoleID]
			return r != nil && slices.ContainsFunc(r.PermissionPolicies, func(pol permissionPolicy) bool { return pol.grants(p) })
		})
	})
}
