package emulator

import (
	"net/http"
	"slices"
	"strings"
)

// division is an AuthzDivision (CONTRACT A.4).
type division struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Description  string `json:"description"`
	HomeDivision bool   `json:"homeDivision"`
	SelfURI      string `json:"selfUri"`
}

func (c *cloudState) division(id string) (division, bool) {
	i := slices.IndexFunc(c.divisions, func(d division) bool { return d.ID == id })
	if i < 0 {
		return division{}, false
	}
	return c.divisions[i], true
}

// GET /api/v2/authorization/divisions: name is a case-insensitive search term, id repeats.
func (s *Server) listDivisions(c *cloudCall) (int, any) {
	q := c.r.URL.Query()
	name, ids := strings.ToLower(q.Get("name")), q["id"]
	var out []division
	for _, d := range s.cloud.divisions {
		if strings.Contains(strings.ToLower(d.Name), name) && (len(ids) == 0 || slices.Contains(ids, d.ID)) {
			out = append(out, d)
		}
	}
	page, err := paginate(c, out)
	if err != nil {
		return err.reply()
	}
	return http.StatusOK, page
}

// GET /api/v2/authorization/divisions/home: the division new objects land in.
func (s *Server) getHomeDivision(*cloudCall) (int, any) {
	d, _ := s.cloud.division(CloudHomeDivisionID)
	return http.StatusOK, d
}

// GET /api/v2/authorization/divisions/{divisionId}: one division.
func (s *Server) getDivision(c *cloudCall) (int, any) {
	d, ok := s.cloud.division(c.r.PathValue("divisionId"))
	if !ok {
		return errNotFound().reply()
	}
	return http.StatusOK, d
}
