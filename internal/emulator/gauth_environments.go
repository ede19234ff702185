package emulator

import (
	"slices"
	"time"
)

// gauthTraceModes are the Configuration Server CfgTraceMode values an environment may name.
var gauthTraceModes = []string{"CFGTMNoTraceMode", "CFGTMNone", "CFGTMLocal", "CFGTMRemote", "CFGTMBoth"}

// gauthEnvironment is a stored environment: the Configuration Server connection of a tenant
// (CONTRACT.md B.4). The password is unexported so that it is never echoed [I].
type gauthEnvironment struct {
	ID                 string              `json:"id"`
	Username           string              `json:"username"`
	ConnectionProtocol string              `json:"connectionProtocol"`
	LocalTimeout       int                 `json:"localTimeout"`
	RemoteTimeout      int                 `json:"remoteTimeout"`
	TraceMode          string              `json:"traceMode"`
	AppName            string              `json:"appName"`
	Tenant             string              `json:"tenant"`
	TLSEnabled         bool                `json:"tlsEnabled"`
	ConfigServers      []gauthConfigServer `json:"configServers"`

	password string
	created  time.Time
}

// gauthConfigServer is one Configuration Server of an environment; the backup pair is optional [I].
type gauthConfigServer struct {
	PrimaryAddress string `json:"primaryAddress"`
	PrimaryPort    int    `json:"primaryPort"`
	BackupAddress  string `json:"backupAddress,omitempty"`
	BackupPort     int    `json:"backupPort,omitempty"`
	ReadOnly       bool   `json:"readOnly"`
	Locations      string `json:"locations"`
}

// view is a copy of the environment without its password.
func (e gauthEnvironment) view() gauthEnvironment {
	e.password = ""
	return e
}

func (e gauthEnvironment) creation() time.Time { return e.created }

// gauthEnvironmentInput is an environment as a request carries it; a nil field was not sent.
type gauthEnvironmentInput struct {
	ID                 *string              `json:"id"`
	Username           *string              `json:"username"`
	Password           *string              `json:"password"`
	ConnectionProtocol *string              `json:"connectionProtocol"`
	LocalTimeout       *int                 `json:"localTimeout"`
	RemoteTimeout      *int                 `json:"remoteTimeout"`
	TraceMode          *string              `json:"traceMode"`
	AppName            *string              `json:"appName"`
	Tenant             *string              `json:"tenant"`
	TLSEnabled         *bool                `json:"tlsEnabled"`
	ConfigServers      *[]gauthConfigServer `json:"configServers"`
}

func (in gauthEnvironmentInput) sentID() *string { return in.ID }

// mergeInto copies the fields that were sent onto e; configServers, when sent, replaces the whole list.
func (in gauthEnvironmentInput) mergeInto(e *gauthEnvironment) {
	gauthSetIf(&e.Username, in.Username)
	gauthSetIf(&e.password, in.Password)
	gauthSetIf(&e.ConnectionProtocol, in.ConnectionProtocol)
	gauthSetIf(&e.LocalTimeout, in.LocalTimeout)
	gauthSetIf(&e.RemoteTimeout, in.RemoteTimeout)
	gauthSetIf(&e.TraceMode, in.TraceMode)
	gauthSetIf(&e.AppName, in.AppName)
	gauthSetIf(&e.Tenant, in.Tenant)
	gauthSetIf(&e.TLSEnabled, in.TLSEnabled)
	gauthSetIf(&e.ConfigServers, in.ConfigServers)
}

// validate checks a whole environment, after a create or a merge [I: the service's rules are not published].
func (e *gauthEnvironment) validate() (gauthReply, bool) {
	if len(e.ConfigServers) == 0 {
		return gauthFail(gauthCodeInvalidValue, "configServers must list at least one Configuration Server"), false
	}
	for i, cs := range e.ConfigServers {
		if cs.PrimaryAddress == "" {
			return gauthFail(gauthCodeInvalidValue, "configServers[%d].primaryAddress is required", i), false
		}
		if !gauthValidPort(cs.PrimaryPort) {
			return gauthFail(gauthCodeInvalidValue, "configServers[%d].primaryPort must be between 1 and 65535", i), false
		}
		if cs.BackupPort != 0 && !gauthValidPort(cs.BackupPort) {
			return gauthFail(gauthCodeInvalidValue, "configServers[%d].backupPort must be between 1 and 65535", i), false
		}
	}
	if e.TraceMode != "" && !slices.Contains(gauthTraceModes, e.TraceMode) {
		return gauthFail(gauthCodeInvalidValue, "traceMode must be one of %v", gauthTraceModes), false
	}
	if e.LocalTimeout < 0 || e.RemoteTimeout < 0 {
		return gauthFail(gauthCodeInvalidValue, "localTimeout and remoteTimeout must not be negative"), false
	}
	return gauthReply{}, true
}

func gauthValidPort(p int) bool { return p >= 1 && p <= 65535 }

// gauthCreateEnvironment stores an environment under the caller's id, or a generated UUID.
func (s *Server) gauthCreateEnvironment(call gauthCall) gauthReply {
	return gauthCreateWithID[gauthEnvironment, gauthEnvironmentInput](s.gauth.environments, call, "/environments",
		func(id string) *gauthEnvironment { return &gauthEnvironment{ID: id, created: call.now} }, (*gauthEnvironment).validate)
}

// gauthUpdateEnvironment replaces the environment with the sent fields, or merges them into it
// (see gauthEnvironmentPutBase); the result must still be valid.
func (s *Server) gauthUpdateEnvironment(call gauthCall) gauthReply {
	return gauthReplace[gauthEnvironment, gauthEnvironmentInput](s.gauth.environments, call,
		s.gauthEnvironmentPutBase, (*gauthEnvironment).validate)
}

// gauthDeleteEnvironment refuses while a contact center still references the environment.
func (s *Server) gauthDeleteEnvironment(call gauthCall) gauthReply {
	id := call.r.PathValue("id")
	if _, rep, ok := s.gauth.environments.find(id); !ok {
		return rep
	}
	for _, cc := range s.gauth.contactCenters.all() {
		if cc.EnvironmentID == id {
			return gauthFail(gauthCodeInUse, "environment %s is in use by contact center %s", id, cc.ID)
		}
	}
	s.gauth.environments.remove(id)
	return gauthOK(nil)
}
