package emulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"
)

// Admin paths for the role-holding rule (REAL-ORG-BEHAVIOUR R1), all ours: what an administrator
// does by hand in a real org before Terraform runs.
//
//	POST /__emulator/cloud/client-roles  {"clientId": "...", "roleIds": ["..."], "divisionId": "..."}
//	    grants roles to an OAuth client (default: the bootstrap client; division default: home),
//	    as an admin does in the UI before a client-credentials run; answers the client.
//	POST /__emulator/cloud/user-token
//	    a token of the seeded administrator (CloudAdminUserID), as a login would give:
//	    {"access_token": "...", "token_type": "bearer", "expires_in": 86400, "user_id": "..."}

// clientRolesRequest is the body of POST /__emulator/cloud/client-roles.
type clientRolesRequest struct {
	ClientID   string   `json:"clientId"`
	RoleIDs    []string `json:"roleIds"`
	DivisionID string   `json:"divisionId"`
}

// userTokenResponse is the answer of POST /__emulator/cloud/user-token.
type userTokenResponse struct {
	cloudTokenResponse
	UserID string `json:"user_id"`
}

// errUnknownClient is the admin calls' answer (GrantClientRoles, SetOAuthClientState) for a client
// id the store does not hold.
var errUnknownClient = errors.New("no such OAuth client")

// writeClientAdminError answers an admin call on an OAuth client that failed: 404 for a client
// the store does not hold, 400 for anything else, with the error as {"error": ...}.
func writeClientAdminError(w http.ResponseWriter, err error) {
	status := http.StatusBadRequest
	if errors.Is(err, errUnknownClient) {
		status = http.StatusNotFound
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

func (s *Server) routeCloudAdmin() {
	s.handle("POST "+adminPrefix+"cloud/client-roles", func(w http.ResponseWriter, r *http.Request) {
		var in clientRolesRequest
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "body: " + err.Error()})
			return
		}
		cl, err := s.grantClientRoles(in)
		if err != nil {
			writeClientAdminError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, cl)
	})
	s.handle("POST "+adminPrefix+"cloud/user-token", func(w http.ResponseWriter, _ *http.Request) {
		value, ttl := s.UserToken()
		writeJSON(w, http.StatusOK, userTokenResponse{
			cloudTokenResponse: cloudTokenResponse{AccessToken: value, TokenType: "bearer", ExpiresIn: int(ttl / time.Second)},
			UserID:             CloudAdminUserID,
		})
	})
}

// GrantClientRoles grants roles to an OAuth client in the home division, as an administrator
// would before a client-credentials run; an empty clientID means the bootstrap client.
func (s *Server) GrantClientRoles(clientID string, roleIDs ...string) error {
	_, err := s.grantClientRoles(clientRolesRequest{ClientID: clientID, RoleIDs: roleIDs})
	return err
}

func (s *Server) grantClientRoles(in clientRolesRequest) (oauthClient, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if in.ClientID == "" {
		in.ClientID = s.opts.CloudClientID
	}
	if in.DivisionID == "" {
		in.DivisionID = CloudHomeDivisionID
	}
	cl := s.cloud.clients[in.ClientID]
	if cl == nil {
		return oauthClient{}, fmt.Errorf("%w: %q", errUnknownClient, in.ClientID)
	}
	if _, ok := s.cloud.division(in.DivisionID); !ok && in.DivisionID != "*" {
		return oauthClient{}, fmt.Errorf("no such division %q", in.DivisionID)
	}
	grants := slices.Clone(cl.RoleDivisions)
	for _, id := range in.RoleIDs {
		if s.cloud.roles[id] == nil {
			return oauthClient{}, fmt.Errorf("no such role %q", id)
		}
		if g := (roleDivision{RoleID: id, DivisionID: in.DivisionID}); !slices.Contains(grants, g) {
			grants = append(grants, g)
		}
	}
	cl.setGrants(grants)
	return *cl, nil
}
