package emulator

import "net/http"

// The calls common Genesys Cloud clients make when they start: who the organization is, whose
// token this is, and which products the organization has.

// organization is the part of an Organization clients read.
type organization struct {
	ID                string `json:"id"`
	Name              string `json:"name"`
	DefaultLanguage   string `json:"defaultLanguage"`
	DefaultCountry    string `json:"defaultCountryCode"`
	ThirdPartyOrgName string `json:"thirdPartyOrgName"`
	Domain            string `json:"domain"`
	State             string `json:"state"`
	Version           int    `json:"version"`
	SelfURI           string `json:"selfUri"`
}

// tokenInfo is a TokenInfo: the caller's organization and OAuth client.
type tokenInfo struct {
	Organization     entityRef      `json:"organization"`
	HomeOrganization entityRef      `json:"homeOrganization"`
	AuthorizedScope  []string       `json:"authorizedScope"`
	OAuthClient      tokenInfoOwner `json:"OAuthClient"`
}

type tokenInfoOwner struct {
	ID           string    `json:"id"`
	Name         string    `json:"name"`
	Organization entityRef `json:"organization"`
}

// orgProduct is a DomainOrganizationProduct.
type orgProduct struct {
	ID string `json:"id"`
}

// cloudProducts are the products the emulated organization is licensed for.
var cloudProducts = []orgProduct{{ID: "analytics"}, {ID: "communicate"}, {ID: "engage"}, {ID: "quality"}, {ID: "wfm"}}

func orgRef() entityRef {
	return entityRef{ID: CloudOrganizationID, Name: cloudOrganizationName, SelfURI: "/api/v2/organizations/" + CloudOrganizationID}
}

// GET /api/v2/organizations/me: the one emulated organization.
func (s *Server) getOrganization(*cloudCall) (int, any) {
	return http.StatusOK, emulatedOrganization()
}

func emulatedOrganization() organization {
	return organization{
		ID: CloudOrganizationID, Name: cloudOrganizationName, DefaultLanguage: "en-us", DefaultCountry: "US",
		ThirdPartyOrgName: "emulated-org", Domain: "emulated-org", State: "active", Version: 1,
		SelfURI: "/api/v2/organizations/" + CloudOrganizationID,
	}
}

// GET /api/v2/tokens/me: the organization and OAuth client behind the caller's token. A user
// token names Genesys Cloud's own login client, of organization purecloud-builtin.
func (s *Server) getTokenInfo(c *cloudCall) (int, any) {
	owner := userLoginClient
	if c.token.userID == "" {
		cl := s.cloud.clients[c.token.clientID] // the middleware let the call through, so the client exists
		owner = tokenInfoOwner{ID: cl.ID, Name: cl.Name, Organization: orgRef()}
	}
	return http.StatusOK, tokenInfo{
		Organization:     orgRef(),
		HomeOrganization: orgRef(),
		AuthorizedScope:  []string{},
		OAuthClient:      owner,
	}
}

// productListing is an OrganizationProductEntityListing. Unlike the other listings, the SDK
// model has no page URIs, and the operation takes no paging parameters: one page holds them all.
type productListing struct {
	Entities   []orgProduct `json:"entities"`
	PageSize   int          `json:"pageSize"`
	PageNumber int          `json:"pageNumber"`
	Total      int          `json:"total"`
	PageCount  int          `json:"pageCount"`
}

// GET /api/v2/authorization/products: the products the organization is licensed for.
func (s *Server) listProducts(*cloudCall) (int, any) {
	n := len(cloudProducts)
	return http.StatusOK, productListing{Entities: cloudProducts, PageSize: n, PageNumber: 1, Total: n, PageCount: 1}
}
