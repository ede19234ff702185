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
	env, err := c.environment.do(ctx, http.MethodPost, contactCentersPath, contactCenter)
	if err != nil {
		return "", fmt.Errorf("creating GAuth contact center: %w", err)
	}
	id, err := createdID(env, contactCenter.ID)
	if err != nil {
		return "", fmt.Errorf("creating GAuth contact center: %w", err)
	}
	return id, nil
}

// GetContactCenter reads one contact center.
func (c *Client) GetContactCenter(ctx context.Context, id string) (*ContactCenter, error) {
	contactCenter, err := get[ContactCenter](ctx, c.environment, itemPath(contactCentersPath, id))
	if err != nil {
		return nil, fmt.Errorf("reading GAuth contact center %q: %w", id, err)
	}
	return contactCenter, nil
}

// ListContactCenters returns every contact center.
func (c *Client) ListContactCenters(ctx context.Context) ([]ContactCenter, error) {
	contactCenters, err := list[ContactCenter](ctx, c.environment, contactCentersPath)
	if err != nil {
		return nil, fmt.Errorf("listing GAuth contact centers: %w", err)
	}
	return contactCenters, nil
}

// UpdateContactCenter sends the contact center's fields to GAuth, which merges them into the
// stored one. The id travels in the path only.
func (c *Client) UpdateContactCenter(ctx context.Context, id string, contactCenter ContactCenter) error {
	contactCenter.ID = ""
	if _, err := c.environment.do(ctx, http.MethodPut, itemPath(contactCentersPath, id), contactCenter); err != nil {
		return fmt.Errorf("updating GAuth contact center %q: %w", id, err)
	}
	return nil
}

// DeleteContactCenter deletes a contact center.
func (c *Client) DeleteContactCenter(ctx context.Context, id string) error {
	if _, err := c.environment.do(ctx, http.MethodDelete, itemPath(contactCentersPath, id), nil); err != nil {
		return fmt.Errorf("deleting GAuth contact center %q: %w", id, err)
	}
	return nil
}
