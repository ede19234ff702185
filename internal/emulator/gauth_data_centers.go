package emulator

import (
	"net/url"
	"strings"
	"time"
)

// gauthDataCenter is a stored data center: a region (location) with the entry point that serves it
// and whether it is read-only (CONTRACT.md B.6, a proposed contract [I]). Ids are server-generated;
// the location is the natural key and is unique.
type gauthDataCenter struct {
	ID         string `json:"id"`
	Location   string `json:"location"`
	EntryPoint string `json:"entryPoint"`
	ReadOnly   bool   `json:"readOnly"`

	created time.Time
}

// gauthDataCenterInput is a data center as a request carries it; a nil field was not sent.
type gauthDataCenterInput struct {
	ID         *string `json:"id"`
	Location   *string `json:"location"`
	EntryPoint *string `json:"entryPoint"`
	ReadOnly   *bool   `json:"readOnly"`
}

func (dc gauthDataCenter) view() gauthDataCenter { return dc }

func (dc gauthDataCenter) creation() time.Time { return dc.created }

func (in gauthDataCenterInput) sentID() *string { return in.ID }

func (in gauthDataCenterInput) mergeInto(dc *gauthDataCenter) {
	gauthSetIf(&dc.Location, in.Location)
	gauthSetIf(&dc.EntryPoint, in.EntryPoint)
	gauthSetIf(&dc.ReadOnly, in.ReadOnly)
}

// checkDataCenter validates a whole data center and the uniqueness of its location among the others.
func (g *gauthState) checkDataCenter(dc *gauthDataCenter) (gauthReply, bool) {
	switch {
	case dc.Location == "":
		return gauthFail(gauthCodeMissing, "location is required"), false
	case !strings.HasPrefix(dc.Location, "/"):
		return gauthFail(gauthCodeInvalidValue, "location %q must start with /", dc.Location), false
	case dc.EntryPoint == "":
		return gauthFail(gauthCodeMissing, "entryPoint is required"), false
	}
	if u, err := url.Parse(dc.EntryPoint); err != nil || !u.IsAbs() || u.Host == "" {
		return gauthFail(gauthCodeInvalidValue, "entryPoint %q must be an absolute URL", dc.EntryPoint), false
	}
	for _, other := range g.dataCenters.all() {
		if other.ID != dc.ID && other.Location == dc.Location {
			return gauthFail(gauthCodeExists, "data center for location %s already exists", dc.Location), false
		}
	}
	return gauthReply{}, true
}

// gauthCreateDataCenter stores a data center under a generated id; an id in the body is ignored,
// since data centers are found by location.
func (s *Server) gauthCreateDataCenter(call gauthCall) gauthReply {
	var in gauthDataCenterInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	dc := &gauthDataCenter{ID: newUUID(), created: call.now}
	in.mergeInto(dc)
	if rep, ok := s.gauth.checkDataCenter(dc); !ok {
		return rep
	}
	s.gauth.dataCenters.put(dc.ID, dc)
	return gauthCreated("/data-centers/" + dc.ID)
}

// gauthUpdateDataCenter merges the sent fields; a new location must still be unique.
func (s *Server) gauthUpdateDataCenter(call gauthCall) gauthReply {
	return gauthReplace[gauthDataCenter, gauthDataCenterInput](s.gauth.dataCenters, call,
		func(dc *gauthDataCenter) gauthDataCenter { return *dc }, s.gauth.checkDataCenter)
}

func (s *Server) gauthDeleteDataCenter(call gauthCall) gauthReply {
	_, rep, _ := s.gauth.dataCenters.delete(call.r.PathValue("id"))
	return rep
}
