package emulator

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// gauthSetting is a contact-center setting such as cors-origins (CONTRACT.md B.7). A setting is
// keyed by (name, location); each stored one gets an id [I].
type gauthSetting struct {
	ID       string `json:"id"`
	Location string `json:"location"`
	Name     string `json:"name"`
	// Shared is kept as sent: the service's examples send the string "true", clients may send a bool.
	Shared json.RawMessage `json:"shared,omitempty"`
	Value  string          `json:"value"`

	// created is when the (name, location) was first posted; an override does not renew it.
	created time.Time
}

// gauthSettingInput is a setting as a request carries it; a nil field (or an absent or null shared)
// was not sent.
type gauthSettingInput struct {
	Location *string         `json:"location"`
	Name     *string         `json:"name"`
	Shared   json.RawMessage `json:"shared"`
	Value    *string         `json:"value"`
}

// sharedSent reports whether the request carried a shared value.
func (in gauthSettingInput) sharedSent() bool {
	v := bytes.TrimSpace(in.Shared)
	return len(v) > 0 && string(v) != "null"
}

// validate checks the fields that were sent.
func (in gauthSettingInput) validate() (gauthReply, bool) {
	if in.Location != nil && !strings.HasPrefix(*in.Location, "/") {
		return gauthFail(gauthCodeInvalidValue, "location %q must start with /", *in.Location), false
	}
	if in.sharedSent() && !gauthValidShared(in.Shared) {
		return gauthFail(gauthCodeInvalidValue, `shared must be true, false, "true" or "false"`), false
	}
	return gauthReply{}, true
}

// gauthValidShared accepts a JSON bool or the strings "true" and "false".
func gauthValidShared(raw json.RawMessage) bool {
	var b bool
	if json.Unmarshal(raw, &b) == nil {
		return true
	}
	var s string
	return json.Unmarshal(raw, &s) == nil && (s == "true" || s == "false")
}

// gauthSettingsList is the data of a settings listing; scripts read .data.settings.
type gauthSettingsList struct {
	Settings []gauthSetting `json:"settings"`
}

// findSetting returns the setting with that name. A non-empty location narrows the match to that
// location; otherwise, when several locations share the name, the "/" one (all regions) wins, then
// the first posted.
func (g *gauthState) findSetting(ccid, name, location string) *gauthSetting {
	var first *gauthSetting
	for _, st := range g.settings[ccid] {
		switch {
		case st.Name != name:
		case location != "":
			if st.Location == location {
				return st
			}
		case st.Location == "/":
			return st
		case first == nil:
			first = st
		}
	}
	return first
}

// gauthSettingsOwner answers 404 unless the contact center in the path exists.
func (s *Server) gauthSettingsOwner(call gauthCall) (string, gauthReply, bool) {
	ccid := call.r.PathValue("id")
	if _, rep, ok := s.gauth.contactCenters.find(ccid); !ok {
		return "", rep, false
	}
	return ccid, gauthReply{}, true
}

func (s *Server) gauthListSettings(call gauthCall) gauthReply {
	ccid, rep, ok := s.gauthSettingsOwner(call)
	if !ok {
		return rep
	}
	out := gauthSettingsList{Settings: []gauthSetting{}}
	for _, st := range s.gauth.settings[ccid] {
		out.Settings = append(out.Settings, *st)
	}
	return gauthOK(out)
}

// gauthPostSetting upserts a setting by (name, location): the posted value and shared flag override
// the stored ones, as the service documents for cors-origins. Location defaults to "/" [I].
func (s *Server) gauthPostSetting(call gauthCall) gauthReply {
	ccid, rep, ok := s.gauthSettingsOwner(call)
	if !ok {
		return rep
	}
	var in gauthSettingInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	switch {
	case in.Name == nil || *in.Name == "":
		return gauthFail(gauthCodeMissing, "name is required")
	case in.Value == nil:
		return gauthFail(gauthCodeMissing, "value is required")
	}
	if rep, ok := in.validate(); !ok {
		return rep
	}
	location := "/"
	gauthSetIf(&location, in.Location)
	var shared json.RawMessage
	if in.sharedSent() {
		shared = in.Shared
	}
	if st := s.gauth.findSetting(ccid, *in.Name, location); st != nil {
		st.Value, st.Shared = *in.Value, shared
		return gauthOK(nil)
	}
	s.gauth.settings[ccid] = append(s.gauth.settings[ccid], &gauthSetting{
		ID: newUUID(), Location: location, Name: *in.Name, Shared: shared, Value: *in.Value, created: call.now,
	})
	return gauthOK(nil)
}

// The per-name paths are not documented [I]. They take an optional ?location= to pick one
// location of a name; without it GET and PUT act on the setting findSetting prefers and DELETE
// removes the name at every location.

// gauthPathSetting returns the setting a per-name path and its ?location= pick, answering 404
// when the contact center or such a setting does not exist.
func (s *Server) gauthPathSetting(call gauthCall) (*gauthSetting, gauthReply, bool) {
	ccid, rep, ok := s.gauthSettingsOwner(call)
	if !ok {
		return nil, rep, false
	}
	name := call.r.PathValue("name")
	st := s.gauth.findSetting(ccid, name, call.r.URL.Query().Get("location"))
	if st == nil {
		return nil, gauthFail(gauthCodeNotFound, "setting %s not found", name), false
	}
	return st, gauthReply{}, true
}

func (s *Server) gauthGetSetting(call gauthCall) gauthReply {
	st, rep, ok := s.gauthPathSetting(call)
	if !ok {
		return rep
	}
	if s.hiddenAfterCreate(st.created) {
		return gauthFail(gauthCodeNotFound, "setting %s not found", st.Name)
	}
	return gauthOK(*st)
}

// gauthUpdateSetting merges value and shared into an existing setting; name and location are its key.
func (s *Server) gauthUpdateSetting(call gauthCall) gauthReply {
	st, rep, ok := s.gauthPathSetting(call)
	if !ok {
		return rep
	}
	var in gauthSettingInput
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	if (in.Name != nil && *in.Name != st.Name) || (in.Location != nil && *in.Location != st.Location) {
		return gauthFail(gauthCodeReadOnly, "name and location cannot be changed")
	}
	if rep, ok := in.validate(); !ok {
		return rep
	}
	gauthSetIf(&st.Value, in.Value)
	if in.sharedSent() {
		st.Shared = in.Shared
	}
	return gauthOK(nil)
}

func (s *Server) gauthDeleteSetting(call gauthCall) gauthReply {
	ccid, rep, ok := s.gauthSettingsOwner(call)
	if !ok {
		return rep
	}
	name, location := call.r.PathValue("name"), call.r.URL.Query().Get("location")
	kept := []*gauthSetting{}
	for _, st := range s.gauth.settings[ccid] {
		if st.Name != name || (location != "" && st.Location != location) {
			kept = append(kept, st)
		}
	}
	if len(kept) == len(s.gauth.settings[ccid]) {
		return gauthFail(gauthCodeNotFound, "setting %s not found", name)
	}
	s.gauth.settings[ccid] = kept
	return gauthOK(nil)
}
