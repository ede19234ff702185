package emulator

import "time"

// gauthClient is a stored GAuth API client (CONTRACT.md B.3). Its secret is an unexported field so
// that no response or dump can carry it: secrets are never echoed [I].
type gauthClient struct {
	ClientID                      string   `json:"client_id"`
	Name                          string   `json:"name"`
	Description                   string   `json:"description,omitempty"`
	ClientType                    string   `json:"clientType"`
	InternalClient                bool     `json:"internalClient"`
	Authorities                   []string `json:"authorities"`
	Scope                         []string `json:"scope"`
	AuthorizedGrantTypes          []string `json:"authorizedGrantTypes"`
	RedirectURIs                  []string `json:"redirectURIs"`
	AccessTokenExpirationTimeout  int      `json:"accessTokenExpirationTimeout"`
	RefreshTokenExpirationTimeout int      `json:"refreshTokenExpirationTimeout"`
	ContactCenterIDs              []string `json:"contactCenterIds"`
	// CreatedAt is in milliseconds since the epoch, as the service reports it.
	CreatedAt int64 `json:"createdAt"`

	secret string
	// created is when the API created the client; zero for the seeded bootstrap client.
	created time.Time
	// key identifies this incarnation of the client. Tokens are issued to the key rather than to
	// client_id, so a client deleted and created again does not revive its predecessor's tokens.
	key string
}

// view is a copy of the client without its secret.
func (c gauthClient) view() gauthClient {
	c.secret = ""
	return c
}

func (c gauthClient) creation() time.Time { return c.created }

// gauthClientInput is a client as a request carries it; a nil field was not sent.
type gauthClientInput struct {
	ClientID                      *string   `json:"client_id"`
	ClientSecret                  *string   `json:"client_secret"`
	Name                          *string   `json:"name"`
	Description                   *string   `json:"description"`
	ClientType                    *string   `json:"clientType"`
	InternalClient                *bool     `json:"internalClient"`
	Authorities                   *[]string `json:"authorities"`
	Scope                         *[]string `json:"scope"`
	AuthorizedGrantTypes          *[]string `json:"authorizedGrantTypes"`
	RedirectURIs                  *[]string `json:"redirectURIs"`
	AccessTokenExpirationTimeout  *int      `json:"accessTokenExpirationTimeout"`
	RefreshTokenExpirationTimeout *int      `json:"refreshTokenExpirationTimeout"`
	ContactCenterIDs              *[]string `json:"contactCenterIds"`
}

// mergeInto copies the fields that were sent onto c; the caller has checked the input.
func (in gauthClientInput) mergeInto(c *gauthClient) {
	gauthSetIf(&c.secret, in.ClientSecret)
	gauthSetIf(&c.Name, in.Name)
	gauthSetIf(&c.Description, in.Description)
	gauthSetIf(&c.ClientType, in.ClientType)
	gauthSetIf(&c.InternalClient, in.InternalClient)
	gauthSetIf(&c.Authorities, in.Authorities)
	gauthSetIf(&c.Scope, in.Scope)
	gauthSetIf(&c.AuthorizedGrantTypes, in.AuthorizedGrantTypes)
	gauthSetIf(&c.RedirectURIs, in.RedirectURIs)
	gauthSetIf(&c.AccessTokenExpirationTimeout, in.AccessTokenExpirationTimeout)
	gauthSetIf(&c.RefreshTokenExpirationTimeout, in.RefreshTokenExpirationTimeout)
	gauthSetIf(&c.ContactCenterIDs, in.ContactCenterIDs)
	c.Authorities = gauthOrEmpty(c.Authorities)
	c.Scope = gauthOrEmpty(c.Scope)
	c.AuthorizedGrantTypes = gauthOrEmpty(c.AuthorizedGrantTypes)
	c.RedirectURIs = gauthOrEmpty(c.RedirectURIs)
	c.ContactCenterIDs = gauthOrEmpty(c.ContactCenterIDs)
}

// validate checks the fields that were sent; required fields are checked by the create handler.
func (in gauthClientInput) validate() (gauthReply, bool) {
	if in.ClientSecret != nil && *in.ClientSecret == "" {
		return gauthFail(gauthCodeMissing, "client_secret must not be empty"), false
	}
	for name, v := range map[string]*int{
		"accessTokenExpirationTimeout":  in.AccessTokenExpirationTimeout,
		"refreshTokenExpirationTimeout": in.RefreshTokenExpirationTimeout,
	} {
		if v != nil && *v < 0 {
			return gauthFail(gauthCodeInvalidValue, "%s must not be negative", name), false
		}
	}
	return gauthReply{}, true
}

// clientByKey returns the client of that incarnation key, or nil.
func (g *gauthState) clientByKey(key string) *gauthClient {
	for _, c := range g.clients.all() {
		if c.key == key {
			return c
		}
	}
	return nil
}

func (s *Server) gauthCreateClient(call gauthCall) gauthReply {
	var in gauthClientInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	if in.ClientID == nil || *in.ClientID == "" {
		return gauthFail(gauthCodeMissing, "client_id is required")
	}
	if !gauthValidID(*in.ClientID) {
		return gauthFail(gauthCodeInvalidValue, "client_id %q cannot be used in a path", *in.ClientID)
	}
	if in.ClientSecret == nil {
		return gauthFail(gauthCodeMissing, "client_secret is required")
	}
	if rep, ok := in.validate(); !ok {
		return rep
	}
	c := &gauthClient{ClientID: *in.ClientID, CreatedAt: call.now.UnixMilli(), created: call.now, key: newUUID()}
	in.mergeInto(c)
	if !s.opts.GAuthEchoGrantTypes {
		c.AuthorizedGrantTypes = withAddedGrantTypes(c.AuthorizedGrantTypes)
	}
	if rep, ok := s.gauth.clients.add(c.ClientID, c); !ok {
		return rep
	}
	return gauthOK(c.view())
}

// gauthUpdateClient merges the sent fields into the client (the service's scripts send only
// redirectURIs). A new client_secret takes effect at the token endpoint at once.
func (s *Server) gauthUpdateClient(call gauthCall) gauthReply {
	id := call.r.PathValue("client_id")
	c, rep, ok := s.gauth.clients.find(id)
	if !ok {
		return rep
	}
	var in gauthClientInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	if in.ClientID != nil && *in.ClientID != id {
		return gauthFail(gauthCodeReadOnly, "client_id cannot be changed")
	}
	if rep, ok := in.validate(); !ok {
		return rep
	}
	in.mergeInto(c)
	return gauthOK(c.view())
}

func (s *Server) gauthDeleteClient(call gauthCall) gauthReply {
	c, rep, ok := s.gauth.clients.delete(call.r.PathValue("client_id"))
	if ok {
		s.gauth.forgetRefreshTokens(c.key)
	}
	return rep
}
