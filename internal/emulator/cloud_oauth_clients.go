package emulator

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// OAuth client grant types, states and limits (CONTRACT A.5).
const (
	grantClientCredentials = "CLIENT-CREDENTIALS"

	clientActive   = "active"
	clientDisabled = "disabled"
	clientInactive = "inactive"

	defaultTokenValidity = 86400
	minTokenValidity     = 300
	maxTokenValidity     = 172800
	maxSCIMTokenValidity = 38880000 // 450 days, for SCIM clients only (REAL-ORG-BEHAVIOUR R7)

	// inactiveDeleteDelay is how far in the future dateToDelete lands when a client goes inactive.
	inactiveDeleteDelay = 30 * 24 * time.Hour
)

// grantTypes are the authorizedGrantType values the API takes, spelled with hyphens: real orgs
// refuse the 2017 spellings CLIENT_CREDENTIALS and SAML2BEARER (REAL-ORG-BEHAVIOUR R7), which
// Options.AcceptUnderscoreGrantTypes maps through underscoreGrantTypes instead.
var (
	grantTypes           = []string{"CODE", "TOKEN", "SAML2-BEARER", "PASSWORD", grantClientCredentials}
	underscoreGrantTypes = map[string]string{"CLIENT_CREDENTIALS": grantClientCredentials, "SAML2BEARER": "SAML2-BEARER"}
)

// oauthClient is an OAuthClient as GET, PUT and list show it: the secret is never among its JSON fields.
type oauthClient struct {
	ID                         string         `json:"id"`
	Name                       string         `json:"name"`
	Description                string         `json:"description,omitempty"`
	AccessTokenValiditySeconds int64          `json:"accessTokenValiditySeconds"`
	RegisteredRedirectURI      []string       `json:"registeredRedirectUri"`
	RoleIDs                    []string       `json:"roleIds"`
	DateCreated                time.Time      `json:"dateCreated"`
	DateModified               time.Time      `json:"dateModified"`
	CreatedBy                  *entityRef     `json:"createdBy,omitempty"`
	ModifiedBy                 *entityRef     `json:"modifiedBy,omitempty"`
	AuthorizedGrantType        string         `json:"authorizedGrantType"`
	Scope                      []string       `json:"scope"`
	RoleDivisions              []roleDivision `json:"roleDivisions"`
	State                      string         `json:"state"`
	DateToDelete               *time.Time     `json:"dateToDelete,omitempty"`
	SelfURI                    string         `json:"selfUri"`

	secret  string    // shown only by create and secret reset
	created time.Time // when the API created it; zero for the bootstrap client
}

// oauthClientWithSecret is the answer of create and secret reset, the only two that carry the secret.
type oauthClientWithSecret struct {
	oauthClient
	Secret string `json:"secret"`
}

// roleDivision grants a role in a division ("*" for every division).
type roleDivision struct {
	RoleID     string `json:"roleId"`
	DivisionID string `json:"divisionId"`
}

// oauthClientRequest is the OAuthClientRequest body of POST and PUT; PUT is a full replace.
type oauthClientRequest struct {
	Name                       string         `json:"name"`
	Description                string         `json:"description"`
	AuthorizedGrantType        string         `json:"authorizedGrantType"`
	AccessTokenValiditySeconds *int64         `json:"accessTokenValiditySeconds"`
	RegisteredRedirectURI      []string       `json:"registeredRedirectUri"`
	Scope                      []string       `json:"scope"`
	RoleDivisions              []roleDivision `json:"roleDivisions"`
	RoleIDs                    []string       `json:"roleIds"` // deprecated: each becomes a grant in the home division
	State                      string         `json:"state"`
}

func clientURI(id string) string { return "/api/v2/oauth/clients/" + id }

func (cl *oauthClient) withSecret() oauthClientWithSecret {
	return oauthClientWithSecret{oauthClient: *cl, Secret: cl.secret}
}

// GET /api/v2/oauth/clients: every client in one page.
func (s *Server) listClients(c *cloudCall) (int, any) {
	return http.StatusOK, onePage(c, s.cloud.listedClients())
}

// POST /api/v2/oauth/clients: the answer is the only one besides a reset that shows the secret.
func (s *Server) createClient(c *cloudCall) (int, any) {
	var in oauthClientRequest
	if e := c.decodeBody(&in); e != nil {
		return e.reply()
	}
	if limit := s.opts.CloudMaxOAuthClients; limit > 0 && len(s.cloud.clients) >= limit {
		return newCloudError(http.StatusBadRequest, "auth.too.many.clients",
			fmt.Sprintf("The organization already has the maximum of %d OAuth clients.", limit)).reply()
	}
	if e := s.cloud.checkClient(&in, nil); e != nil {
		return e.reply()
	}
	if e := s.checkRolesHeld(c, in.RoleDivisions, nil); e != nil {
		return e.reply()
	}
	caller := callerRef(c)
	cl := &oauthClient{
		ID: newUUID(), DateCreated: stamp(c.now), CreatedBy: caller,
		secret: randomToken(), created: c.now,
	}
	cl.SelfURI = clientURI(cl.ID)
	cl.set(in, c.now, caller)
	s.cloud.clients[cl.ID] = cl
	return http.StatusOK, cl.withSecret()
}

// GET /api/v2/oauth/clients/{clientId}: one client, never with its secret.
func (s *Server) getClient(c *cloudCall) (int, any) {
	cl, ok := s.cloud.clientToRead(c.r.PathValue("clientId"))
	if !ok || s.hiddenAfterCreate(cl.created) {
		return errNotFound().reply()
	}
	return http.StatusOK, cl
}

// PUT /api/v2/oauth/clients/{clientId}: a full replace; the secret stays as it is.
func (s *Server) replaceClient(c *cloudCall) (int, any) {
	cl := s.cloud.client(c.r.PathValue("clientId"))
	var in oauthClientRequest
	if e := c.decodeBodyOf(cl != nil, &in); e != nil {
		return e.reply()
	}
	if e := s.cloud.checkClient(&in, cl); e != nil {
		return e.reply()
	}
	if e := s.checkRolesHeld(c, in.RoleDivisions, cl); e != nil {
		return e.reply()
	}
	cl.set(in, c.now, callerRef(c))
	return http.StatusOK, *cl
}

// DELETE /api/v2/oauth/clients/{clientId}: only an inactive client may go.
func (s *Server) deleteClient(c *cloudCall) (int, any) {
	cl := s.cloud.client(c.r.PathValue("clientId"))
	if cl == nil {
		return errNotFound().reply()
	}
	if cl.State != clientInactive {
		return newCloudError(http.StatusBadRequest, "cannot.delete.client",
			"Clients must be marked as inactive to be eligible for deletion.").reply()
	}
	delete(s.cloud.clients, cl.ID)
	s.cloud.buryClient(cl)
	return http.StatusNoContent, nil
}

// POST /api/v2/oauth/clients/{clientId}/secret: a new secret; the old one stops working at /oauth/token.
func (s *Server) resetClientSecret(c *cloudCall) (int, any) {
	cl := s.cloud.client(c.r.PathValue("clientId"))
	if cl == nil {
		return errNotFound().reply()
	}
	cl.secret = randomToken()
	cl.DateModified, cl.ModifiedBy = stamp(c.now), callerRef(c)
	return http.StatusOK, cl.withSecret()
}

// checkClient validates a request and normalizes it in place: the default validity and state,
// and roleIds folded into roleDivisions. prior is the client a PUT replaces (nil for a create).
func (c *cloudState) checkClient(in *oauthClientRequest, prior *oauthClient) *errorBody {
	if strings.TrimSpace(in.Name) == "" {
		return errBadRequest("The client name is required.")
	}
	if e := c.clientRules.checkGrantType(in); e != nil {
		return e
	}
	if in.State == "" {
		in.State = clientActive
	}
	if e := c.clientRules.checkState(in, prior); e != nil {
		return e
	}
	grants, e := c.roleGrants(in)
	if e != nil {
		return e
	}
	if in.AuthorizedGrantType == grantClientCredentials && len(grants) == 0 {
		return newCloudError(http.StatusBadRequest, "missing.client.roles",
			"A client using the client credentials grant needs at least one role.")
	}
	if in.AccessTokenValiditySeconds == nil {
		in.AccessTokenValiditySeconds = new(int64(defaultTokenValidity))
	}
	if e := c.checkValidity(in.AuthorizedGrantType, grants, *in.AccessTokenValiditySeconds); e != nil {
		return e
	}
	in.RoleDivisions, in.RoleIDs = grants, nil
	return nil
}

// roleGrants merges roleDivisions and the deprecated roleIds (home division) without duplicates,
// checking that every role and division exists.
func (c *cloudState) roleGrants(in *oauthClientRequest) ([]roleDivision, *errorBody) {
	all := slices.Clone(in.RoleDivisions)
	for _, id := range in.RoleIDs {
		all = append(all, roleDivision{RoleID: id, DivisionID: CloudHomeDivisionID})
	}
	grants := []roleDivision{}
	for _, g := range all {
		if !c.grantable(g.RoleID) {
			return nil, errBadRequest("Role [" + g.RoleID + "] does not exist.")
		}
		if _, ok := c.division(g.DivisionID); !ok && g.DivisionID != "*" {
			return nil, errBadRequest("Division [" + g.DivisionID + "] does not exist.")
		}
		if !slices.Contains(grants, g) {
			grants = append(grants, g)
		}
	}
	return grants, nil
}

// set replaces the client's content with a checked request.
func (cl *oauthClient) set(in oauthClientRequest, now time.Time, by *entityRef) {
	cl.Name, cl.Description = in.Name, in.Description
	cl.AuthorizedGrantType = in.AuthorizedGrantType
	cl.AccessTokenValiditySeconds = *in.AccessTokenValiditySeconds
	cl.RegisteredRedirectURI = append([]string{}, in.RegisteredRedirectURI...)
	cl.Scope = append([]string{}, in.Scope...)
	cl.setGrants(in.RoleDivisions)
	switch {
	case in.State != clientInactive:
		cl.DateToDelete = nil
	case cl.State != clientInactive || cl.DateToDelete == nil:
		cl.DateToDelete = new(stamp(now.Add(inactiveDeleteDelay)))
	}
	cl.State = in.State
	cl.DateModified, cl.ModifiedBy = stamp(now), by
}

// setGrants stores the grants and the deprecated roleIds derived from them, in fresh slices.
func (cl *oauthClient) setGrants(grants []roleDivision) {
	cl.RoleDivisions = append([]roleDivision{}, grants...)
	cl.RoleIDs = []string{}
	for _, g := range grants {
		if !slices.Contains(cl.RoleIDs, g.RoleID) {
			cl.RoleIDs = append(cl.RoleIDs, g.RoleID)
		}
	}
}

// revokeRole drops a deleted role's grants from every client.
func (c *cloudState) revokeRole(roleID string) {
	for _, cl := range c.clients {
		if slices.ContainsFunc(cl.RoleDivisions, func(g roleDivision) bool { return g.RoleID == roleID }) {
			cl.setGrants(slices.DeleteFunc(slices.Clone(cl.RoleDivisions), func(g roleDivision) bool { return g.RoleID == roleID }))
		}
	}
}

// callerRef names who made the call, for createdBy and modifiedBy: the user of a user token,
// else the OAuth client whose token it is.
func callerRef(c *cloudCall) *entityRef {
	if c.token.userID != "" {
		return &entityRef{ID: c.token.userID, SelfURI: userURI(c.token.userID)}
	}
	return &entityRef{ID: c.token.clientID, SelfURI: clientURI(c.token.clientID)}
}
