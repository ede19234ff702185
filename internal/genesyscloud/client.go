// Package genesyscloud is a client for the parts of the Genesys Cloud Platform API v2 the
// provider manages: authorization roles, OAuth clients, the permission catalogue and divisions.
// It authenticates with the OAuth client-credentials grant, or with a user's access token, and shares retries, logging and
// errors with the other API clients through package transport.
package genesyscloud

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// Config configures a Client.
type Config struct {
	APIURL       string // e.g. https://api.mypurecloud.com (see URLsForDomain)
	LoginURL     string // e.g. https://login.mypurecloud.com; tokens come from LoginURL + "/oauth/token"
	ClientID     string
	ClientSecret string
	// AccessToken is a user's token obtained elsewhere, used as it is instead of ClientID and
	// ClientSecret; it cannot be renewed, so a 401 fails the call.
	AccessToken string
	UserAgent   string
	Logger      transport.Logger // nil = no logging
	HTTPClient  *http.Client     // nil = a default with timeouts

	// Retry tuning, passed to transport.Options; zero values take the transport defaults.
	RetryMax      int
	RetryWaitMin  time.Duration
	RetryWaitMax  time.Duration
	MaxRetryAfter time.Duration

	// MaxRequestsPerMinute is the client-side request budget, held in any sliding minute; 0 = none
	// beyond the Retry-After of a 429. The service allows 300 per token and, since 2021, reports
	// nothing else to pace by.
	MaxRequestsPerMinute int
	// MaxTokens is the most client-credentials tokens held at once (below 1 means 1): another is
	// fetched only while requests wait on the budget of every token held, each with a budget of
	// MaxRequestsPerMinute (see transport.TokenPool).
	MaxTokens int
}

// Client calls the Genesys Cloud Platform API v2. It is safe for concurrent use and shares one
// access token between all calls.
type Client struct {
	api      *transport.Client
	tokens   *transport.TokenPool  // nil with a fixed AccessToken
	clientID string                // the OAuth client the calls are made as; empty with an AccessToken
	signIn   transport.TokenConfig // the token endpoint, for SignIn; its TokenURL is empty without a login URL

	// home caches the org's home division: it never changes, and every OAuth client role
	// without a division needs it at plan time.
	homeMu sync.Mutex
	home   *Division
}

// New returns a Client. It validates the configuration but does no network I/O: the token is
// fetched on the first call.
func New(cfg Config) (*Client, error) {
	var auth transport.Authenticator
	var tokens *transport.TokenPool
	var signIn transport.TokenConfig
	if cfg.LoginURL != "" {
		if _, err := transport.ValidateURL(cfg.LoginURL); err == nil {
			signIn = transport.TokenConfig{TokenURL: strings.TrimSuffix(cfg.LoginURL, "/") + "/oauth/token", HTTPClient: cfg.HTTPClient, Logger: cfg.Logger}
		}
	}
	switch {
	case cfg.AccessToken != "" && (cfg.ClientID != "" || cfg.ClientSecret != ""):
		return nil, errors.New("genesys cloud: use either an access token or an OAuth client id and secret, not both")
	case cfg.AccessToken != "":
		auth = transport.NewBearer(cfg.AccessToken)
	case cfg.ClientID == "" || cfg.ClientSecret == "":
		return nil, errors.New("genesys cloud: an OAuth client id and client secret, or an access token, are required")
	default:
		if _, err := transport.ValidateURL(cfg.LoginURL); err != nil {
			return nil, fmt.Errorf("genesys cloud login URL: %w", err)
		}
		tokens = transport.NewTokenPool(transport.PoolConfig{
			Token: transport.TokenConfig{
				TokenURL:     strings.TrimSuffix(cfg.LoginURL, "/") + "/oauth/token",
				ClientID:     cfg.ClientID,
				ClientSecret: cfg.ClientSecret,
				HTTPClient:   cfg.HTTPClient,
				Logger:       cfg.Logger,
			},
			MaxTokens:            cfg.MaxTokens,
			MaxRequestsPerMinute: cfg.MaxRequestsPerMinute,
		})
	}
	var pacer *transport.Pacer
	if tokens == nil {
		pacer = transport.NewPacer(cfg.MaxRequestsPerMinute)
	}
	api, err := transport.New(transport.Options{
		BaseURL:       cfg.APIURL,
		Auth:          auth,
		UserAgent:     cfg.UserAgent,
		Logger:        cfg.Logger,
		HTTPClient:    cfg.HTTPClient,
		RetryMax:      cfg.RetryMax,
		RetryWaitMin:  cfg.RetryWaitMin,
		RetryWaitMax:  cfg.RetryWaitMax,
		MaxRetryAfter: cfg.MaxRetryAfter,
		Pacer:         pacer,
		Tokens:        tokens,
		DecodeError:   DecodeError,
	})
	if err != nil {
		return nil, fmt.Errorf("genesys cloud API URL: %w", err)
	}
	return &Client{api: api, tokens: tokens, clientID: cfg.ClientID, signIn: signIn}, nil
}

// TokenFetches returns how many access tokens the client has requested (tests, benchmarks); none
// with a fixed access token.
func (c *Client) TokenFetches() int {
	if c.tokens == nil {
		return 0
	}
	return c.tokens.Fetches()
}

// do sends one request and decodes a successful answer into out (nil = discard).
func (c *Client) do(ctx context.Context, method, path string, query url.Values, body, out any) error {
	_, err := c.api.Do(ctx, transport.Request{Method: method, Path: path, Query: query, Body: body}, out)
	return err
}

// call sends one request and returns its answer decoded as a T: most calls answer with the one
// object they read, create or change.
func call[T any](ctx context.Context, c *Client, method, path string, query url.Values, body any) (*T, error) {
	var out T
	if err := c.do(ctx, method, path, query, body, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// orEmpty returns s, or an empty slice for nil: the API takes [] where it means none, not null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// itemPath is the path of the object id in collection, the id escaped.
func itemPath(collection, id string) string {
	return collection + "/" + url.PathEscape(id)
}
