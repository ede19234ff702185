// Package gauth is a client for the Genesys Multicloud CX Genesys Authentication (GAuth) v3 APIs:
// API clients under /auth/v3/ops, and environments, contact centers, data centers and
// contact-center settings under /environment/v3.
package gauth

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// tokenPath is where GAuth issues client-credentials tokens, relative to its URL.
const tokenPath = "/auth/v3/oauth/token" //nolint:gosec // G101: a URL path, not a credential.

// Config holds the GAuth URL and the two credential pairs it accepts. Either pair may be empty;
// a call that needs a missing pair fails with a *MissingCredentialsError.
type Config struct {
	URL string // e.g. https://gauth.example.com; serves both /auth/v3 and /environment/v3

	// ClientID and ClientSecret are an API client's credentials, exchanged for a bearer token
	// used on /environment/v3.
	ClientID     string
	ClientSecret string

	// OpsUsername and OpsPassword are the ops Basic credentials that /auth/v3/ops requires and
	// /environment/v3 also accepts.
	OpsUsername string
	OpsPassword string

	UserAgent  string
	Logger     transport.Logger // nil = no logging
	HTTPClient *http.Client     // nil = the transport's default

	// Retry tuning, passed to the transport unchanged; zero values select its defaults.
	RetryMax      int
	RetryWaitMin  time.Duration
	RetryWaitMax  time.Duration
	MaxRetryAfter time.Duration

	// MaxRequestsPerMinute is the client-side request budget, held in any sliding minute across
	// both credential pairs; 0 = none (GAuth documents no rate limit).
	MaxRequestsPerMinute int
}

// Client calls GAuth. It is safe for concurrent use.
type Client struct {
	ops         route // /auth/v3/ops/clients
	environment route // environments, contact centers and their settings
	dataCenters route
	tokens      *transport.TokenSource // nil without client credentials
}

// route is the transport client one API area is called through, or why there is none.
type route struct {
	api *transport.Client
	err error
}

// Setting names as the provider configuration spells them, so that a missing-credentials
// error tells the user exactly what to set.
var (
	opsSettings    = []string{"ops_username", "ops_password"}
	clientSettings = []string{"client_id", "client_secret"}
)

// New builds a Client without contacting GAuth: tokens are fetched on the first call that needs one.
func New(cfg Config) (*Client, error) {
	base := strings.TrimRight(cfg.URL, "/")
	if base == "" {
		return nil, errors.New("gauth: URL is required")
	}
	// Checked here too because without credentials no transport client would check it.
	if _, err := transport.ValidateURL(base); err != nil {
		return nil, fmt.Errorf("gauth: %w", err)
	}
	hasOps, err := bothOrNeither(opsSettings, cfg.OpsUsername, cfg.OpsPassword)
	if err != nil {
		return nil, err
	}
	hasClient, err := bothOrNeither(clientSettings, cfg.ClientID, cfg.ClientSecret)
	if err != nil {
		return nil, err
	}

	// One pacer for both credential pairs: the budget is for this GAuth, whichever pair a call uses.
	pacer := transport.NewPacer(cfg.MaxRequestsPerMinute)
	options := func(auth transport.Authenticator) transport.Options {
		return transport.Options{
			BaseURL:       base,
			Auth:          auth,
			UserAgent:     cfg.UserAgent,
			Logger:        cfg.Logger,
			HTTPClient:    cfg.HTTPClient,
			RetryMax:      cfg.RetryMax,
			RetryWaitMin:  cfg.RetryWaitMin,
			RetryWaitMax:  cfg.RetryWaitMax,
			MaxRetryAfter: cfg.MaxRetryAfter,
			Pacer:         pacer,
			DecodeError:   decodeError,
		}
	}

	c := &Client{}
	var basic, bearer *transport.Client
	if hasOps {
		if basic, err = transport.New(options(transport.NewBasic(cfg.OpsUsername, cfg.OpsPassword))); err != nil {
			return nil, fmt.Errorf("gauth: %w", err)
		}
	}
	if hasClient {
		c.tokens = transport.NewTokenSource(transport.TokenConfig{
			TokenURL:     base + tokenPath,
			ClientID:     cfg.ClientID,
			ClientSecret: cfg.ClientSecret,
			HTTPClient:   cfg.HTTPClient,
			Logger:       cfg.Logger,
		})
		if bearer, err = transport.New(options(c.tokens)); err != nil {
			return nil, fmt.Errorf("gauth: %w", err)
		}
	}

	// Bearer on /auth/v3/ops is not part of the contract, so API clients need the ops pair.
	c.ops = pick(&MissingCredentialsError{API: "API clients (/auth/v3/ops/clients)",
		Alternatives: [][]string{opsSettings}}, basic)
	// The environment API is documented with a bearer token; ops Basic is the scripts' fallback.
	c.environment = pick(&MissingCredentialsError{API: "environment API (/environment/v3)",
		Alternatives: [][]string{clientSettings, opsSettings}}, bearer, basic)
	// The documented data-center call uses ops Basic; a bearer token is the fallback.
	c.dataCenters = pick(&MissingCredentialsError{API: "data centers (/environment/v3/data-centers)",
		Alternatives: [][]string{opsSettings, clientSettings}}, basic, bearer)
	return c, nil
}

// TokenFetches reports how many access tokens the client has requested so far (0 without client
// credentials), so tests and benchmarks can check that one token is reused.
func (c *Client) TokenFetches() int {
	if c.tokens == nil {
		return 0
	}
	return c.tokens.Fetches()
}

// bothOrNeither reports whether a credential pair is set, and rejects a half-set pair: it is a
// configuration mistake that would otherwise surface later as a confusing 401.
func bothOrNeither(names []string, first, second string) (bool, error) {
	switch {
	case first != "" && second != "":
		return true, nil
	case first == "" && second == "":
		return false, nil
	case first == "":
		return false, fmt.Errorf("gauth: %s is set but %s is empty; set both or neither", names[1], names[0])
	default:
		return false, fmt.Errorf("gauth: %s is set but %s is empty; set both or neither", names[0], names[1])
	}
}

// pick returns a route over the first available client, in order of preference.
func pick(missing *MissingCredentialsError, candidates ...*transport.Client) route {
	for _, api := range candidates {
		if api != nil {
			return route{api: api}
		}
	}
	return route{err: missing}
}
