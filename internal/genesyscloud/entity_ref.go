package genesyscloud

// EntityRef points at another Genesys Cloud object (a user, queue, team or division).
type EntityRef struct {
	ID      string `json:"id"`
	Name    string `json:"name,omitempty"`
	SelfURI string `json:"selfUri,omitempty"`
}
