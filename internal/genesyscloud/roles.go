package genesyscloud

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

const rolesPath = "/api/v2/authorization/roles"

// Role is an authorization role (DomainOrganizationRole).
type Role struct {
	ID                 string             `json:"id,omitempty"`
	Name               string             `json:"name"`
	Description        string             `json:"description,omitempty"`
	DefaultRoleID      string             `json:"defaultRoleId,omitempty"` // set only on built-in roles, e.g. "employee"
	Permissions        []string           `json:"permissions,omitempty"`
	PermissionPolicies []PermissionPolicy `json:"permissionPolicies,omitempty"`
	UserCount          int                `json:"userCount,omitempty"`
	Default            bool               `json:"default,omitempty"` // a built-in role
	Base               bool               `json:"base,omitempty"`
	RoleNeedsUpdate    bool               `json:"roleNeedsUpdate,omitempty"`
	SelfURI            string             `json:"selfUri,omitempty"`
}

// PermissionPolicy grants actions on one entity of a permission domain (DomainPermissionPolicy).
type PermissionPolicy struct {
	Domain                string         `json:"domain"`
	EntityName            string         `json:"entityName"`
	ActionSet             []string       `json:"actionSet"`
	ResourceConditionNode *ConditionNode `json:"resourceConditionNode,omitempty"`
	// Filled in by the service.
	PolicyName        string   `json:"policyName,omitempty"`
	PolicyDescription string   `json:"policyDescription,omitempty"`
	NamedResources    []string `json:"namedResources,omitempty"`
	AllowConditions   bool     `json:"allowConditions,omitempty"`
}

// MarshalJSON sends a missing action set as [] rather than null.
func (p PermissionPolicy) MarshalJSON() ([]byte, error) {
	type wire PermissionPolicy // no MarshalJSON method: avoids recursion
	w := wire(p)
	w.ActionSet = orEmpty(w.ActionSet)
	return json.Marshal(w)
}

// ConditionNode restricts a policy (DomainResourceConditionNode). The top node usually joins
// terms with a conjunction; leaf terms compare a variable with operands.
type ConditionNode struct {
	VariableName string           `json:"variableName,omitempty"`
	Operator     string           `json:"operator,omitempty"` // EQ, IN, GE, GT, LE, LT
	Operands     []ConditionValue `json:"operands,omitempty"`
	Conjunction  string           `json:"conjunction,omitempty"` // AND, OR
	Terms        []ConditionNode  `json:"terms,omitempty"`
}

// ConditionValue is an operand of a condition (DomainResourceConditionValue).
type ConditionValue struct {
	Type  string     `json:"type"` // SCALAR, VARIABLE, USER, TEAM, QUEUE
	Value string     `json:"value,omitempty"`
	User  *EntityRef `json:"user,omitempty"`
	Queue *EntityRef `json:"queue,omitempty"`
	Team  *EntityRef `json:"team,omitempty"`
}

// RoleInput is the body of a role create (POST) and update (PUT). A PUT replaces the role, so
// Permissions and PermissionPolicies are always sent, as [] when empty, never null or omitted.
type RoleInput struct {
	Name               string             `json:"name"`
	Description        string             `json:"description"`
	Permissions        []string           `json:"permissions"`
	PermissionPolicies []PermissionPolicy `json:"permissionPolicies"`
}

// MarshalJSON sends nil slices as [].
func (in RoleInput) MarshalJSON() ([]byte, error) {
	type wire RoleInput // no MarshalJSON method: avoids recursion
	w := wire(in)
	w.Permissions = orEmpty(w.Permissions)
	w.PermissionPolicies = orEmpty(w.PermissionPolicies)
	return json.Marshal(w)
}

// RoleQuery filters ListRoles. Name is the service's partial, case-insensitive match.
type RoleQuery struct {
	Name           string
	DefaultRoleIDs []string
	IDs            []string
	PageSize       int // 0 = 100
}

// CreateRole creates a role.
func (c *Client) CreateRole(ctx context.Context, in RoleInput) (*Role, error) {
	return call[Role](ctx, c, http.MethodPost, rolesPath, nil, in)
}

// GetRole reads a role. A missing role is an error for which IsNotFound is true.
func (c *Client) GetRole(ctx context.Context, id string) (*Role, error) {
	// userCount=false spares the service counting users, which nothing here needs.
	return call[Role](ctx, c, http.MethodGet, itemPath(rolesPath, id), url.Values{"userCount": {"false"}}, nil)
}

// ListRoles returns every role matching q, across all pages.
func (c *Client) ListRoles(ctx context.Context, q RoleQuery) ([]Role, error) {
	query := url.Values{"userCount": {"false"}}
	if q.Name != "" {
		query.Set("name", q.Name)
	}
	if len(q.DefaultRoleIDs) > 0 {
		query["defaultRoleId"] = q.DefaultRoleIDs
	}
	if len(q.IDs) > 0 {
		query["id"] = q.IDs
	}
	pageSize := q.PageSize
	if pageSize <= 0 {
		pageSize = defaultPageSize
	}
	return listAll[Role](ctx, c, rolesPath, query, pageSize)
}

// FindRoleByName returns the role whose name is exactly name. None is an error for which
// IsNotFound is true; role names are unique, so several is an error too.
func (c *Client) FindRoleByName(ctx context.Context, name string) (*Role, error) {
	roles, err := c.ListRoles(ctx, RoleQuery{Name: name})
	if err != nil {
		return nil, err
	}
	return uniqueByName(roles, func(r Role) string { return r.Name }, name, "role", rolesPath)
}

// FindRoleByDefaultID returns the built-in role with the given defaultRoleId (e.g. "employee").
// None is an error for which IsNotFound is true.
func (c *Client) FindRoleByDefaultID(ctx context.Context, defaultRoleID string) (*Role, error) {
	roles, err := c.ListRoles(ctx, RoleQuery{DefaultRoleIDs: []string{defaultRoleID}})
	if err != nil {
		return nil, err
	}
	// Check the filter's result: a service ignoring it must not hand back an unrelated role.
	for _, r := range roles {
		if r.DefaultRoleID == defaultRoleID {
			return &r, nil
		}
	}
	return nil, notFound(rolesPath, "no built-in role has defaultRoleId %q", defaultRoleID)
}

// UpdateRole replaces a role's name, description, permissions and policies.
func (c *Client) UpdateRole(ctx context.Context, id string, in RoleInput) (*Role, error) {
	return call[Role](ctx, c, http.MethodPut, itemPath(rolesPath, id), nil, in)
}

// DeleteRole deletes a role. A 404 is returned as an error; callers decide what it means.
func (c *Client) DeleteRole(ctx context.Context, id string) error {
	return c.do(ctx, http.MethodDelete, itemPath(rolesPath, id), nil, nil, nil)
}

// RestoreDefaultRole resets a built-in role to its out-of-the-box permissions; built-in roles
// cannot be deleted, so this is what removing one from Terraform does.
func (c *Client) RestoreDefaultRole(ctx context.Context, id string) error {
	body := []EntityRef{{ID: id}}
	return c.do(ctx, http.MethodPut, rolesPath+"/default", nil, body, nil)
}
