package genesyscloud

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

const oauthClientsPath = "/api/v2/oauth/clients"

// OAuth client states.
const (
	OAuthClientStateActive   = "active"   // tokens can be created
	OAuthClientStateDisabled = "disabled" // existing tokens are invalid, no new ones
	OAuthClientStateInactive = "inactive" // no new tokens; required before deletion
	OAuthClientStateDeleted  = "deleted"  // reported for a while after deletion
)

// OAuthClient is an OAuth client as the service returns it. Secret is set only by
// CreateOAuthClient and ResetOAuthClientSecret.
type OAuthClient struct {
	ID                         string         `json:"id,omitempty"` // also the OAuth client_id
	Name                       string         `json:"name"`
	Description                string         `json:"description,omitempty"`
	AuthorizedGrantType        string         `json:"authorizedGrantType"` // CODE, TOKEN, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS
	AccessTokenValiditySeconds int64          `json:"accessTokenValiditySeconds,omitempty"`
	RegisteredRedirectURI      []string       `json:"registeredRedirectUri,omitempty"`
	Scope                      []string       `json:"scope,omitempty"`
	RoleDivisions              []RoleDivision `json:"roleDivisions,omitempty"`
	State                      string         `json:"state,omitempty"`
	Secret                     string         `json:"secret,omitempty"`
	DateCreated                string         `json:"dateCreated,omitempty"`
	DateModified               string         `json:"dateModified,omitempty"`
	DateToDelete               string         `json:"dateToDelete,omitempty"`
	CreatedBy                  *EntityRef     `json:"createdBy,omitempty"`
	ModifiedBy                 *EntityRef     `json:"modifiedBy,omitempty"`
	SelfURI                    string         `json:"selfUri,omitempty"`
}

// RoleDivision grants a role to a client-credentials client within a division ("*" = all).
type RoleDivision struct {
	RoleID     string `json:"roleId"`
	DivisionID string `json:"divisionId"`
}

// OAuthClientInput is the body of a create (POST) and update (PUT). A PUT replaces the client,
// so every field is sent and the lists go out as [] when empty, never null.
type OAuthClientInput struct {
	Name                       string         `json:"name"`
	Description                string         `json:"description"`
	AuthorizedGrantType        string         `json:"authorizedGrantType"`
	AccessTokenValiditySeconds int64          `json:"accessTokenValiditySeconds,omitempty"` // 0 = the service default (86400)
	RegisteredRedirectURI      []string       `json:"registeredRedirectUri"`
	Scope                      []string       `json:"scope"`
	RoleDivisions              []RoleDivision `json:"roleDivisions"`
	State                      string         `json:"state,omitempty"` // "" = active on create
}

// MarshalJSON sends nil slices as [].
func (in OAuthClientInput) MarshalJSON() ([]byte, error) {
	type wire OAuthClientInput // no MarshalJSON method: avoids recursion
	w := wire(in)
	w.RegisteredRedirectURI = orEmpty(w.RegisteredRedirectURI)
	w.Scope = orEmpty(w.Scope)
	w.RoleDivisions = orEmpty(w.RoleDivisions)
	return json.Marshal(w)
}

// CreateOAuthClient creates a client; the result carries its secret, which the service will
// not show again.
func (c *Client) CreateOAuthClient(ctx context.Context, in OAuthClientInput) (*OAuthClient, error) {
	return call[OAuthClient](ctx, c, http.MethodPost, oauthClientsPath, nil, in)
}

// GetOAuthClient reads a client (without its secret). A missing client is an error for which
// IsNotFound is true.
func (c *Client) GetOAuthClient(ctx context.Context, id string) (*OAuthClient, error) {
	return call[OAuthClient](ctx, c, http.MethodGet, itemPath(oauthClientsPath, id), nil, nil)
}

// ListOAuthClients returns every client. The service answers with all of them in one page
// and accepts no paging parameters.
func (c *Client) ListOAuthClients(ctx context.Context) ([]OAuthClient, error) {
	var listing entityListing[OAuthClient]
	if err := c.do(ctx, http.MethodGet, oauthClientsPath, nil, nil, &listing); err != nil {
		return nil, err
	}
	return listing.Entities, nil
}

// FindOAuthClientsByName returns the clients named exactly name; client names need not be
// unique, so there may be several, or none.
func (c *Client) FindOAuthClientsByName(ctx context.Context, name string) ([]OAuthClient, error) {
	clients, err := c.ListOAuthClients(ctx)
	if err != nil {
		return nil, err
	}
	var found []OAuthClient
	for _, cl := range clients {
		if cl.Name == name {
			found = append(found, cl)
		}
	}
	return found, nil
}

// UpdateOAuthClient replaces a client's settings.
func (c *Client) UpdateOAuthClient(ctx context.Context, id string, in OAuthClientInput) (*OAuthClient, error) {
	return call[OAuthClient](ctx, c, http.MethodPut, itemPath(oauthClientsPath, id), nil, in)
}

// ResetOAuthClientSecret issues a new secret, returned in the result; the old one stops working.
func (c *Client) ResetOAuthClientSecret(ctx context.Context, id string) (*OAuthClient, error) {
	return call[OAuthClient](ctx, c, http.MethodPost, itemPath(oauthClientsPath, id)+"/secret", nil, nil)
}

// DeleteOAuthClient deletes a client: it reads it, then DeactivateAndDeleteOAuthClient. A client
// missing at the start is an error for which IsNotFound is true, as is one in state "deleted".
func (c *Client) DeleteOAuthClient(ctx context.Context, id string) error {
	client, err := c.GetOAuthClient(ctx, id)
	if err != nil {
		return err
	}
	if client.State == OAuthClientStateDeleted {
		return notFound(itemPath(oauthClientsPath, id), "OAuth client %s is already deleted", id)
	}
	return c.DeactivateAndDeleteOAuthClient(ctx, client)
}

// grantTypeWithoutRoles is what a CLIENT-CREDENTIALS client whose every role is gone becomes on
// its way out. The service refuses such a client any update, the inactive one before a delete
// included (400 missing.client.roles), so it could never be deleted; a SAML2-BEARER client needs
// neither roles nor redirect URIs. The same update makes it inactive, and an inactive client gets
// no token whatever its grant type; nothing is granted, and the delete follows at once.
const grantTypeWithoutRoles = "SAML2-BEARER"

// DeactivateAndDeleteOAuthClient deletes a client as read a moment ago. The service deletes only
// inactive clients, so an active or disabled one is first updated to inactive; when that is
// refused because every role of the client has been deleted, the update also drops the client
// credentials grant (see grantTypeWithoutRoles). A client that disappears on the way (404, or
// state "deleted") counts as deleted.
func (c *Client) DeactivateAndDeleteOAuthClient(ctx context.Context, client *OAuthClient) error {
	id := client.ID
	if client.State != OAuthClientStateInactive {
		in := inputFrom(client)
		in.State = OAuthClientStateInactive
		updated, err := c.UpdateOAuthClient(ctx, id, in)
		if hasCode(err, "missing.client.roles") && in.AuthorizedGrantType == "CLIENT-CREDENTIALS" {
			in.AuthorizedGrantType = grantTypeWithoutRoles
			in.RoleDivisions, in.Scope, in.RegisteredRedirectURI = nil, nil, nil
			updated, err = c.UpdateOAuthClient(ctx, id, in)
		}
		switch {
		case IsNotFound(err):
			return nil
		case err != nil:
			return fmt.Errorf("setting OAuth client %s inactive before deleting it: %w", id, err)
		case updated.State == OAuthClientStateDeleted:
			return nil
		}
	}
	if err := c.DeleteInactiveOAuthClient(ctx, id); err != nil && !IsNotFound(err) {
		return err
	}
	return nil
}

// DeleteInactiveOAuthClient sends the DELETE of a client already set inactive. A 404 is returned
// as such (IsNotFound): right after a create it may mean only that the client does not show yet.
func (c *Client) DeleteInactiveOAuthClient(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, itemPath(oauthClientsPath, id), nil, nil, nil)
}

// hasCode reports whether err is, or wraps, an API error with that Genesys error code.
func hasCode(err error, code string) bool {
	apiErr, ok := transport.AsAPIError(err)
	return ok && apiErr.Code == code
}

// inputFrom is the PUT body that keeps a client as it is.
func inputFrom(cl *OAuthClient) OAuthClientInput {
	return OAuthClientInput{
		Name:                       cl.Name,
		Description:                cl.Description,
		AuthorizedGrantType:        cl.AuthorizedGrantType,
		AccessTokenValiditySeconds: cl.AccessTokenValiditySeconds,
		RegisteredRedirectURI:      cl.RegisteredRedirectURI,
		Scope:                      cl.Scope,
		RoleDivisions:              cl.RoleDivisions,
		State:                      cl.State,
	}
}
