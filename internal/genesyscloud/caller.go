package genesyscloud

import (
	"context"
	"net/http"
	"net/url"
	"slices"
)

// BuiltinClientOrganizationID is the organization of the OAuth client behind a user's token:
// Genesys Cloud's own login apps belong to "purecloud-builtin", client-credentials clients to the
// customer's org. The official provider tells the two kinds of token apart this way.
const BuiltinClientOrganizationID = "purecloud-builtin"

// TokenInfo is what GET /api/v2/tokens/me says about the caller's token.
type TokenInfo struct {
	Organization EntityRef      `json:"organization"`
	OAuthClient  TokenInfoOwner `json:"OAuthClient"` // the SDKs read this key as spelled
}

// TokenInfoOwner is the OAuth client a token was issued to.
type TokenInfoOwner struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Organization EntityRef `json:"organization"`
}

// IsUserToken reports whether the token acts for a user (it came from a login through one of
// Genesys Cloud's own clients) rather than for a client-credentials OAuth client.
func (t *TokenInfo) IsUserToken() bool {
	return t.OAuthClient.Organization.ID == BuiltinClientOrganizationID
}

// User is the part of a User the provider reads.
type User struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

// UserAuthorization is a user's roles (GET and PUT /api/v2/users/{id}/roles).
type UserAuthorization struct {
	Roles []EntityRef `json:"roles"`
}

// RoleIDs returns the ids of the roles.
func (a *UserAuthorization) RoleIDs() []string {
	ids := make([]string, 0, len(a.Roles))
	for _, r := range a.Roles {
		ids = append(ids, r.ID)
	}
	return ids
}

// Holds reports whether every one of roleIDs is among the user's roles.
func (a *UserAuthorization) Holds(roleIDs ...string) bool {
	held := a.RoleIDs()
	for _, id := range roleIDs {
		if !slices.Contains(held, id) {
			return false
		}
	}
	return true
}

func userRolesPath(userID string) string { return "/api/v2/users/" + url.PathEscape(userID) + "/roles" }

// TokenInfo returns what the service knows of the caller's token: its organization and OAuth client.
func (c *Client) TokenInfo(ctx context.Context) (*TokenInfo, error) {
	return call[TokenInfo](ctx, c, http.MethodGet, "/api/v2/tokens/me", nil, nil)
}

// Me returns the user a user token acts for. A client-credentials token has none: the service refuses.
func (c *Client) Me(ctx context.Context) (*User, error) {
	return call[User](ctx, c, http.MethodGet, "/api/v2/users/me", nil, nil)
}

// UserRoles returns the roles of a user.
func (c *Client) UserRoles(ctx context.Context, userID string) (*UserAuthorization, error) {
	return call[UserAuthorization](ctx, c, http.MethodGet, userRolesPath(userID), nil, nil)
}

// SetUserRoles replaces the roles of a user with roleIDs (PUT is a full replace: send the roles
// the user keeps too) and returns what the service answers.
func (c *Client) SetUserRoles(ctx context.Context, userID string, roleIDs []string) (*UserAuthorization, error) {
	return call[UserAuthorization](ctx, c, http.MethodPut, userRolesPath(userID), nil, orEmpty(roleIDs))
}
