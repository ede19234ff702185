package emulator

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
)

// What only Genesys support does to an org, as admin calls: tests need a client in the
// "disabled" state that the API itself does not let a caller set (REAL-ORG-BEHAVIOUR R7).

// supportStates are the states support may put an OAuth client in.
var supportStates = []string{clientActive, clientDisabled, clientInactive}

// SetOAuthClientState sets an OAuth client's state as Genesys support would, "disabled" included.
// A disabled client's tokens stop working at once and it can get no new ones.
func (s *Server) SetOAuthClientState(clientID, state string) error {
	if !slices.Contains(supportStates, state) {
		return errors.New("state must be active, disabled or inactive")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	cl := s.cloud.clients[clientID]
	if cl == nil {
		return errUnknownClient
	}
	now := s.opts.Now()
	in := oauthClientRequest{State: state, AccessTokenValiditySeconds: new(cl.AccessTokenValiditySeconds)}
	in.Name, in.Description, in.AuthorizedGrantType = cl.Name, cl.Description, cl.AuthorizedGrantType
	in.RegisteredRedirectURI, in.Scope, in.RoleDivisions = cl.RegisteredRedirectURI, cl.Scope, cl.RoleDivisions
	cl.set(in, now, cl.ModifiedBy)
	return nil
}

// routeSupport registers PUT /__emulator/cloud/oauth-clients/{clientId}/state with {"state": "disabled"}.
func (s *Server) routeSupport() {
	s.handle("PUT "+adminPrefix+"cloud/oauth-clients/{clientId}/state", func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			State string `json:"state"`
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, cloudMaxBody))
		if err == nil {
			err = json.Unmarshal(body, &in)
		}
		if err == nil {
			err = s.SetOAuthClientState(r.PathValue("clientId"), in.State)
		}
		if err != nil {
			writeClientAdminError(w, err)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
