package gauth

import (
	"context"
	"fmt"
	"net/http"
)

const environmentsPath = "/environment/v3/environments"

// Environment is a Configuration Server environment (a CME tenant GAuth authenticates against).
type Environment struct {
	ID       string `json:"id,omitempty"` // optional on create: GAuth generates one when absent
	Username string `json:"username"`
	// Password is write-only: GAuth does not return it, and it is sent only when set.
	Password           string         `json:"password,omitempty"`
	ConnectionProtocol string         `json:"connectionProtocol"` // e.g. addp
	LocalTimeout       int64          `json:"localTimeout"`       // ADDP local timeout, seconds
	RemoteTimeout      int64          `json:"remoteTimeout"`      // ADDP remote timeout, seconds
	TraceMode          string         `json:"traceMode"`          // CfgTraceMode, e.g. CFGTMBoth
	AppName            string         `json:"appName"`            // Configuration Server client application
	Tenant             string         `json:"tenant"`
	TLSEnabled         bool           `json:"tlsEnabled"`
	ConfigServers      []ConfigServer `json:"configServers"`
}

// ConfigServer is one Configuration Server primary/backup pair of an environment.
type ConfigServer struct {
	PrimaryAddress string `json:"primaryAddress"`
	PrimaryPort    int64  `json:"primaryPort"`
	BackupAddress  string `json:"backupAddress,omitempty"`
	BackupPort     int64  `json:"backupPort,omitempty"`
	ReadOnly       bool   `json:"readOnly"`
	Locations      string `json:"locations"` // a location path such as /USW1
}

// CreateEnvironment creates an environment and returns its id: the one GAuth reports in the
// answer's path, or the caller's when the answer has none.
func (c *Client) CreateEnvironment(ctx context.Context, environment Environment) (string, error) {
	return c.environment.create(ctx, environmentsPath, environment, environment.ID, "creating GAuth environment")
}

// GetEnvironment reads one environment.
func (c *Client) GetEnvironment(ctx context.Context, id string) (*Environment, error) {
	return get[Environment](ctx, c.environment, itemPath(environmentsPath, id), fmt.Sprintf("reading GAuth environment %q", id))
}

// ListEnvironments returns every environment.
func (c *Client) ListEnvironments(ctx context.Context) ([]Environment, error) {
	return list[Environment](ctx, c.environment, environmentsPath, "listing GAuth environments")
}

// UpdateEnvironment sends the environment's fields to GAuth. The id travels in the path only.
// Whether GAuth merges them into the stored environment or replaces it is not published
// (REAL-ORG-BEHAVIOUR R8): an empty Password leaves the password out, which a merging GAuth keeps
// and a replacing one clears, so a caller that means to keep the password sends it.
func (c *Client) UpdateEnvironment(ctx context.Context, id string, environment Environment) error {
	environment.ID = ""
	return c.environment.send(ctx, http.MethodPut, itemPath(environmentsPath, id), environment, fmt.Sprintf("updating GAuth environment %q", id))
}

// DeleteEnvironment deletes an environment. GAuth refuses (CodeInUse) while a contact center
// references it.
func (c *Client) DeleteEnvironment(ctx context.Context, id string) error {
	return c.environment.send(ctx, http.MethodDelete, itemPath(environmentsPath, id), nil, fmt.Sprintf("deleting GAuth environment %q", id))
}
