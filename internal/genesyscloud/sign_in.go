package genesyscloud

import (
	"context"
	"errors"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// ErrNoLoginURL is SignIn's error for a client configured without a login URL (an access token
// alone).
var ErrNoLoginURL = errors.New("genesys cloud: no login URL to sign in at; set the region or login_url")

// SignIn fetches a client-credentials access token for another OAuth client, from the token
// endpoint this client uses: proof that the client and secret work, or a token to hand over. The
// token is not kept.
func (c *Client) SignIn(ctx context.Context, clientID, clientSecret string) (string, error) {
	if c.signIn.TokenURL == "" {
		return "", ErrNoLoginURL
	}
	cfg := c.signIn
	cfg.ClientID, cfg.ClientSecret = clientID, clientSecret
	return transport.NewTokenSource(cfg).Token(ctx)
}

// IsSignInRefused reports whether the token endpoint refused the client id and secret
// (invalid_client): wrong credentials, an inactive client, or one too new for the org to know yet.
func IsSignInRefused(err error) bool {
	var te *transport.TokenError
	return errors.As(err, &te) && te.Code == "invalid_client"
}
