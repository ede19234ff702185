package genesyscloud

import (
	"context"
	"net/http"
	"net/url"
)

const divisionsPath = "/api/v2/authorization/divisions"

// Division is an authorization division (AuthzDivision).
type Division struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Description  string `json:"description,omitempty"`
	HomeDivision bool   `json:"homeDivision"`
	SelfURI      string `json:"selfUri,omitempty"`
}

// HomeDivision returns the organization's home division, where objects go by default. It is
// fetched once per Client.
func (c *Client) HomeDivision(ctx context.Context) (*Division, error) {
	c.homeMu.Lock()
	defer c.homeMu.Unlock()
	if c.home == nil {
		d, err := call[Division](ctx, c, http.MethodGet, divisionsPath+"/home", nil, nil)
		if err != nil {
			return nil, err
		}
		c.home = d
	}
	home := *c.home
	return &home, nil
}

// GetDivision reads a division. A missing division is an error for which IsNotFound is true.
func (c *Client) GetDivision(ctx context.Context, id string) (*Division, error) {
	return call[Division](ctx, c, http.MethodGet, itemPath(divisionsPath, id), nil, nil)
}

// ListDivisions returns every division, or those matching name (the service's search) when
// name is not "", across all pages.
func (c *Client) ListDivisions(ctx context.Context, name string) ([]Division, error) {
	query := url.Values{}
	if name != "" {
		query.Set("name", name)
	}
	return listAll[Division](ctx, c, divisionsPath, query, defaultPageSize)
}

// FindDivisionByName returns the division named exactly name. None is an error for which
// IsNotFound is true; several is an error too.
func (c *Client) FindDivisionByName(ctx context.Context, name string) (*Division, error) {
	divisions, err := c.ListDivisions(ctx, name)
	if err != nil {
		return nil, err
	}
	return uniqueByName(divisions, func(d Division) string { return d.Name }, name, "division", divisionsPath)
}
