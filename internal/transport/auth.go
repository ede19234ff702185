package transport

import (
	"context"
	"net/http"
)

// Authenticator puts credentials on requests.
type Authenticator interface {
	Apply(ctx context.Context, req *http.Request) error
	// Renew is told that the API refused the credentials Apply put on refused (a 401), and
	// drops them if they are still the cached ones, so the next Apply fetches fresh ones. It
	// returns false when renewing cannot help (static Basic credentials).
	Renew(refused *http.Request) bool
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
func (basicAuth) Renew(*http.Request) bool { return false }

// NewBearer returns an Authenticator sending a fixed access token obtained elsewhere (a user's
// token from a login): there is nothing to renew it with.
func NewBearer(token string) Authenticator {
	return bearerAuth(token)
}

type bearerAuth string

func (b bearerAuth) Apply(_ context.Context, req *http.Request) error {
	req.Header.Set("Authorization", "Bearer "+string(b))
	return nil
}

// Renew cannot help: a refused token stays refused until the user signs in again.
func (bearerAuth) Renew(*http.Request) bool { return false }
