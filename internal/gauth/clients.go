package gauth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
)

const clientsPath = "/auth/v3/ops/clients"

// APIClient is an API (OAuth) client as /auth/v3/ops/clients holds it. Its key is ClientID, a
// caller-chosen string.
type APIClient struct {
	ClientID string `json:"client_id"`
	// ClientSecret is chosen by the caller on create; GAuth does not return it on reads.
	ClientSecret                  string   `json:"client_secret,omitempty"`
	Name                          string   `json:"name"`
	Description                   string   `json:"description,omitempty"`
	ClientType                    string   `json:"clientType,omitempty"` // CONFIDENTIAL or PUBLIC
	InternalClient                bool     `json:"internalClient"`
	Authorities                   []string `json:"authorities,omitempty"` // e.g. ROLE_INTERNAL_CLIENT
	Scope                         []string `json:"scope,omitempty"`
	AuthorizedGrantTypes          []string `json:"authorizedGrantTypes,omitempty"`
	RedirectURIs                  []string `json:"redirectURIs,omitempty"`
	AccessTokenExpirationTimeout  int64    `json:"accessTokenExpirationTimeout,omitempty"`  // seconds
	RefreshTokenExpirationTimeout int64    `json:"refreshTokenExpirationTimeout,omitempty"` // seconds
	ContactCenterIDs              []string `json:"contactCenterIds,omitempty"`
	CreatedAt                     int64    `json:"createdAt,omitempty"` // milliseconds since the epoch, set by GAuth
}

// ClientUpdate is the body of a client update. GAuth merges it into the stored client, so only
// non-nil fields are sent and the rest stay as they are; a pointer to an empty slice clears a
// list. ClientSecret is sent only when set, so a secret is never re-sent by accident.
type ClientUpdate struct {
	ClientSecret                  *string   `json:"client_secret,omitempty"`
	Name                          *string   `json:"name,omitempty"`
	Description                   *string   `json:"description,omitempty"`
	ClientType                    *string   `json:"clientType,omitempty"`
	InternalClient                *bool     `json:"internalClient,omitempty"`
	Authorities                   *[]string `json:"authorities,omitempty"`
	Scope                         *[]string `json:"scope,omitempty"`
	AuthorizedGrantTypes          *[]string `json:"authorizedGrantTypes,omitempty"`
	RedirectURIs                  *[]string `json:"redirectURIs,omitempty"`
	AccessTokenExpirationTimeout  *int64    `json:"accessTokenExpirationTimeout,omitempty"`
	RefreshTokenExpirationTimeout *int64    `json:"refreshTokenExpirationTimeout,omitempty"`
	ContactCenterIDs              *[]string `json:"contactCenterIds,omitempty"`
}

// CreateClient creates an API client and returns it as GAuth stored it.
func (c *Client) CreateClient(ctx context.Context, client APIClient) (*APIClient, error) {
	env, err := c.ops.do(ctx, http.MethodPost, clientsPath, client)
	if err != nil {
		return nil, fmt.Errorf("creating GAuth API client %q: %w", client.ClientID, err)
	}
	var created APIClient
	switch err := env.decodeData(&created); {
	case errors.Is(err, errNoData):
		// The create answer is documented to echo the client; read it back if it does not.
		return c.GetClient(ctx, client.ClientID)
	case err != nil:
		return nil, fmt.Errorf("creating GAuth API client %q: %w", client.ClientID, err)
	}
	return &created, nil
}

// GetClient reads one API client by its client_id.
func (c *Client) GetClient(ctx context.Context, clientID string) (*APIClient, error) {
	return get[APIClient](ctx, c.ops, itemPath(clientsPath, clientID), fmt.Sprintf("reading GAuth API client %q", clientID))
}

// ListClients returns every API client.
func (c *Client) ListClients(ctx context.Context) ([]APIClient, error) {
	return list[APIClient](ctx, c.ops, clientsPath, "listing GAuth API clients")
}

// UpdateClient merges the set fields of update into the API client.
func (c *Client) UpdateClient(ctx context.Context, clientID string, update ClientUpdate) error {
	return c.ops.send(ctx, http.MethodPut, itemPath(clientsPath, clientID), update, fmt.Sprintf("updating GAuth API client %q", clientID))
}

// DeleteClient deletes an API client.
func (c *Client) DeleteClient(ctx context.Context, clientID string) error {
	return c.ops.send(ctx, http.MethodDelete, itemPath(clientsPath, clientID), nil, fmt.Sprintf("deleting GAuth API client %q", clientID))
}
