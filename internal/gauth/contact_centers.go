package gauth

import (
	"context"
	"fmt"
	"net/http"
)

const contactCentersPath = "/environment/v3/contact-centers"

// ContactCenter is a tenant GAuth authenticates users for, bound to one environment. Its id is
// the CCID other Genesys services are provisioned with.
type ContactCenter struct {
	ID            string   `json:"id,omitempty"` // optional on create: GAuth generates one when absent
	Domains       []string `json:"domains"`      // tenant domains users type before "\" at login
	EnvironmentID string   `json:"environmentId"`
	Auth          string   `json:"auth"` // how users authenticate, e.g. configServer
}

// CreateContactCenter creates a contact center and returns its id: the one GAuth reports in the
// answer's path, or the caller's when the answer has none.
func (c *Client) CreateContactCenter(ctx context.Context, contactCenter ContactCenter) (string, error) {
	return c.environment.create(ctx, contactCentersPath, contactCenter, contactCenter.ID, "creating GAuth contact center")
}

// GetContactCenter reads one contact center.
func (c *Client) GetContactCenter(ctx context.Context, id string) (*ContactCenter, error) {
	return get[ContactCenter](ctx, c.environment, itemPath(contactCentersPath, id), fmt.Sprintf("reading GAuth contact center %q", id))
}

// ListContactCenters returns every contact center.
func (c *Client) ListContactCenters(ctx context.Context) ([]ContactCenter, error) {
	return list[ContactCenter](ctx, c.environment, contactCentersPath, "listing GAuth contact centers")
}

// UpdateContactCenter sends the contact center's fields to GAuth, which merges them into the
// stored one. The id travels in the path only.
func (c *Client) UpdateContactCenter(ctx context.Context, id string, contactCenter ContactCenter) error {
	contactCenter.ID = ""
	return c.environment.send(ctx, http.MethodPut, itemPath(contactCentersPath, id), contactCenter, fmt.Sprintf("updating GAuth contact center %q", id))
}

// DeleteContactCenter deletes a contact center.
func (c *Client) DeleteContactCenter(ctx context.Context, id string) error {
	return c.environment.send(ctx, http.MethodDelete, itemPath(contactCentersPath, id), nil, fmt.Sprintf("deleting GAuth contact center %q", id))
}
