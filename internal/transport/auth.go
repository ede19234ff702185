package transport

import (
	"context"
	"net/http"
)

// Authenticator puts credentials on requests.
type Authenticator interface {
	Apply(ctx context.Context, req *http.Request) error
	// Renew drops cached credentials after a 401 so the next Apply fetches fresh ones.
	// It returns false when renewing cannot help (static Basic credentials).
	Renew() bool
}

// NewBasic returns an Authenticator sending static HTTP Basic credentials (GAuth ops user).
func NewBasic(username, password string) Authenticator {
	return basicAuth{username: username, password: password}
}

type basicAuth struct {
	username, password string
}

func (b basicAuth) Apply(_ context.Context, req *http.Request) error {
	req.SetBasicAuth(b.username, b.password)
	return nil
}

// Renew cannot help: the same credentials would be rejected again.
func (basicAuth) Renew() bool { return false }
