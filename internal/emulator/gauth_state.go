package emulator

// gauthState holds the GAuth objects. Every method expects the caller to hold Server.mu.
type gauthState struct {
	clients        *gauthTable[gauthClient]
	environments   *gauthTable[gauthEnvironment]
	contactCenters *gauthTable[gauthContactCenter]
	dataCenters    *gauthTable[gauthDataCenter]
	// settings are kept per contact-center id, in the order they were first posted.
	settings map[string][]*gauthSetting
	// refreshTokens are the refresh tokens handed out by the password grant, by value.
	refreshTokens map[string]gauthRefreshToken
}

// The tables of the stored kinds, for the routes that serve every kind alike.
func gauthClients(g *gauthState) *gauthTable[gauthClient]               { return g.clients }
func gauthEnvironments(g *gauthState) *gauthTable[gauthEnvironment]     { return g.environments }
func gauthContactCenters(g *gauthState) *gauthTable[gauthContactCenter] { return g.contactCenters }
func gauthDataCenters(g *gauthState) *gauthTable[gauthDataCenter]       { return g.dataCenters }

// newGAuthState returns the seed: no objects but the bootstrap API client the provider
// authenticates with, stored like any other client so that it can be listed, read and changed.
func newGAuthState(opts Options) *gauthState {
	g := &gauthState{
		clients:        newGAuthTable[gauthClient]("client"),
		environments:   newGAuthTable[gauthEnvironment]("environment"),
		contactCenters: newGAuthTable[gauthContactCenter]("contact center"),
		dataCenters:    newGAuthTable[gauthDataCenter]("data center"),
		settings:       map[string][]*gauthSetting{},
		refreshTokens:  map[string]gauthRefreshToken{},
	}
	g.clients.put(opts.GAuthClientID, &gauthClient{
		ClientID:                      opts.GAuthClientID,
		Name:                          opts.GAuthClientID,
		ClientType:                    "CONFIDENTIAL",
		InternalClient:                true,
		Authorities:                   []string{gauthRoleInternalClient},
		Scope:                         []string{"*"},
		AuthorizedGrantTypes:          []string{gauthGrantClientCredentials, gauthGrantPassword},
		RedirectURIs:                  []string{},
		AccessTokenExpirationTimeout:  int(opts.TokenTTL.Seconds()),
		RefreshTokenExpirationTimeout: int(opts.TokenTTL.Seconds()),
		ContactCenterIDs:              []string{},
		CreatedAt:                     opts.Now().UnixMilli(),
		secret:                        opts.GAuthClientSecret,
		key:                           newUUID(),
	})
	return g
}

// gauthSettingDump is a setting in the object dump, which also says which contact center owns it.
type gauthSettingDump struct {
	ContactCenterID string `json:"contactCenterId"`
	gauthSetting
}

// dump adds every GAuth object to out, without secrets or passwords. Each kind is present even when empty.
func (g *gauthState) dump(out Objects) {
	add := func(kind string, v any) { out[kind] = append(out[kind], v) }
	for _, kind := range []string{"gauth_clients", "gauth_environments", "gauth_contact_centers", "gauth_data_centers", "gauth_settings"} {
		out[kind] = []any{}
	}
	for _, c := range g.clients.all() {
		add("gauth_clients", c.view())
	}
	for _, e := range g.environments.all() {
		add("gauth_environments", gauthEnvironmentDump{gauthEnvironment: e.view(), PasswordSet: e.password != ""})
	}
	for _, cc := range g.contactCenters.all() {
		add("gauth_contact_centers", cc.view())
		for _, st := range g.settings[cc.ID] {
			add("gauth_settings", gauthSettingDump{ContactCenterID: cc.ID, gauthSetting: *st})
		}
	}
	for _, dc := range g.dataCenters.all() {
		add("gauth_data_centers", dc.view())
	}
}
