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
	var in gauthContactCenterInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	cc := &gauthContactCenter{ID: newUUID(), created: call.now}
	if in.ID != nil {
		if !gauthValidID(*in.ID) {
			return gauthFail(gauthCodeInvalidValue, "id %q cannot be used in a path", *in.ID)
		}
		cc.ID = *in.ID
	}
	in.mergeInto(cc)
	if rep, ok := s.gauth.checkContactCenter(cc); !ok {
		return rep
	}
	if s.gauth.contactCenters.get(cc.ID) != nil {
		return gauthFail(gauthCodeExists, "contact center %s already exists", cc.ID)
	}
	s.gauth.contactCenters.put(cc.ID, cc)
	return gauthCreated("/contact-centers/" + cc.ID)
}

func (s *Server) gauthListContactCenters(gauthCall) gauthReply {
	out := []gauthContactCenter{}
	for _, cc := range s.gauth.contactCenters.all() {
		out = append(out, *cc)
	}
	return gauthOK(out)
}

func (s *Server) gauthGetContactCenter(call gauthCall) gauthReply {
	id := call.r.PathValue("id")
	cc := s.gauth.contactCenters.get(id)
	if cc == nil || s.hiddenAfterCreate(cc.created) {
		return gauthFail(gauthCodeNotFound, "contact center %s not found", id)
	}
	return gauthOK(*cc)
}

// gauthUpdateContactCenter merges the sent fields; a new environmentId must exist.
func (s *Server) gauthUpdateContactCenter(call gauthCall) gauthReply {
	id := call.r.PathValue("id")
	cc := s.gauth.contactCenters.get(id)
	if cc == nil {
		return gauthFail(gauthCodeNotFound, "contact center %s not found", id)
	}
	var in gauthContactCenterInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	if in.ID != nil && *in.ID != id {
		return gauthFail(gauthCodeReadOnly, "id cannot be changed")
	}
	merged := *cc
	in.mergeInto(&merged)
	if rep, ok := s.gauth.checkContactCenter(&merged); !ok {
		return rep
	}
	*cc = merged
	return gauthOK(nil)
}

// gauthDeleteContactCenter removes the contact center and, with it, its settings [I].
func (s *Server) gauthDeleteContactCenter(call gauthCall) gauthReply {
	id := call.r.PathValue("id")
	if s.gauth.contactCenters.get(id) == nil {
		return gauthFail(gauthCodeNotFound, "contact center %s not found", id)
	}
	s.gauth.contactCenters.remove(id)
	delete(s.gauth.settings, id)
	return gauthOK(nil)
}
