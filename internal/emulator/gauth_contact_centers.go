package emulator

import "time"

// gauthContactCenter is a stored contact center (CONTRACT.md B.5). Its domains are the names users
// type before `\` in a password-grant username.
type gauthContactCenter struct {
	ID            string   `json:"id"`
	Domains       []string `json:"domains"`
	EnvironmentID string   `json:"environmentId"`
	Auth          string   `json:"auth"`

	created time.Time
}

// gauthContactCenterInput is a contact center as a request carries it; a nil field was not sent.
type gauthContactCenterInput struct {
	ID            *string   `json:"id"`
	Domains       *[]string `json:"domains"`
	EnvironmentID *string   `json:"environmentId"`
	Auth          *string   `json:"auth"`
}

func (cc gauthContactCenter) view() gauthContactCenter { return cc }

func (cc gauthContactCenter) creation() time.Time { return cc.created }

func (in gauthContactCenterInput) sentID() *string { return in.ID }

func (in gauthContactCenterInput) mergeInto(cc *gauthContactCenter) {
	gauthSetIf(&cc.Domains, in.Domains)
	gauthSetIf(&cc.EnvironmentID, in.EnvironmentID)
	gauthSetIf(&cc.Auth, in.Auth)
	cc.Domains = gauthOrEmpty(cc.Domains)
}

// checkContactCenter answers code 1 for a missing environmentId and code 2 for one that does not exist.
func (g *gauthState) checkContactCenter(cc *gauthContactCenter) (gauthReply, bool) {
	if cc.EnvironmentID == "" {
		return gauthFail(gauthCodeMissing, "environmentId is required"), false
	}
	if g.environments.get(cc.EnvironmentID) == nil {
		return gauthFail(gauthCodeInvalidState, "environment %s does not exist", cc.EnvironmentID), false
	}
	return gauthReply{}, true
}

// gauthCreateContactCenter stores a contact center under the caller's id, or a generated UUID.
func (s *Server) gauthCreateContactCenter(call gauthCall) gauthReply {
	return gauthCreateWithID[gauthContactCenter, gauthContactCenterInput](s.gauth.contactCenters, call, "/contact-centers",
		func(id string) *gauthContactCenter { return &gauthContactCenter{ID: id, created: call.now} }, s.gauth.checkContactCenter)
}

// gauthUpdateContactCenter merges the sent fields; a new environmentId must exist.
func (s *Server) gauthUpdateContactCenter(call gauthCall) gauthReply {
	return gauthReplace[gauthContactCenter, gauthContactCenterInput](s.gauth.contactCenters, call,
		func(cc *gauthContactCenter) gauthContactCenter { return *cc }, s.gauth.checkContactCenter)
}

// gauthDeleteContactCenter removes the contact center and, with it, its settings [I].
func (s *Server) gauthDeleteContactCenter(call gauthCall) gauthReply {
	id := call.r.PathValue("id")
	_, rep, ok := s.gauth.contactCenters.delete(id)
	if ok {
		delete(s.gauth.settings, id)
	}
	return rep
}
