package genesyscloud

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// createClockSkew is how far the service's clock may run behind ours when FindCreatedOAuthClient
// compares a client's dateCreated with the time the create was sent. Clocks kept by NTP differ by
// far less; the allowance also covers dateCreated being stamped in whole milliseconds.
const createClockSkew = 30 * time.Second

// oauthCreates remembers, for one Client, the OAuth clients it created or adopted and the creates
// still under way, so that an ambiguous create never adopts a client that another resource of the
// same run made (client names need not be unique). The zero value is ready to use.
type oauthCreates struct {
	mu       sync.Mutex
	inFlight map[string]int      // creates under way, by client name
	claimed  map[string]struct{} // ids of clients this Client created or adopted
}

// begin records a create of a client named name; the returned func records its end.
func (o *oauthCreates) begin(name string) (end func()) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.inFlight == nil {
		o.inFlight = map[string]int{}
	}
	o.inFlight[name]++
	return func() {
		o.mu.Lock()
		defer o.mu.Unlock()
		if o.inFlight[name]--; o.inFlight[name] == 0 {
			delete(o.inFlight, name)
		}
	}
}

// claimLocked records that id belongs to a resource now; the caller holds mu.
func (o *oauthCreates) claimLocked(id string) {
	if o.claimed == nil {
		o.claimed = map[string]struct{}{}
	}
	o.claimed[id] = struct{}{}
}

// claim records that id belongs to a resource now.
func (o *oauthCreates) claim(id string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.claimLocked(id)
}

// claimOnly claims the one candidate nobody has claimed yet. It refuses while another create of
// the same name is under way, since the client found may be the one that create is about to
// report, and when several candidates remain, since nothing tells which is the create's.
func (o *oauthCreates) claimOnly(name string, candidates []OAuthClient) (*OAuthClient, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.inFlight[name] > 0 {
		return nil, fmt.Errorf("another create of an OAuth client named %q is under way; not adopting a client that may be its", name)
	}
	var free []OAuthClient
	for _, cl := range candidates {
		if _, taken := o.claimed[cl.ID]; !taken {
			free = append(free, cl)
		}
	}
	switch len(free) {
	case 0:
		return nil, notFound(oauthClientsPath, "no OAuth client named %q was created by the failed create", name)
	case 1:
		o.claimLocked(free[0].ID)
		return &free[0], nil
	default:
		return nil, fmt.Errorf("%d OAuth clients named %q were created since the failed create was sent; "+
			"not adopting any, as nothing tells which one it made", len(free), name)
	}
}

// FindCreatedOAuthClient returns the client that a create of in, sent at sentAt, made although it
// failed without saying so (no answer, a dropped connection, a server error). None is an error for
// which IsNotFound is true.
//
// Adopting a client means resetting its secret, which breaks whoever else holds it, so a client
// is taken as the create's only on evidence that leaves no doubt:
//   - its name and grant type are the ones the create sent, and it is not deleted;
//   - it was created no earlier than the create was sent (less createClockSkew), so it is not an
//     older client that happens to share the name;
//   - its createdBy, when the service reports one, is the OAuth client this Client authenticates
//     as, so it is not someone else's at the same moment (with a user's access token the caller
//     is not known without another call, and this check is skipped);
//   - this Client neither created nor adopted it for another resource, and no other create of the
//     same name is under way here (two resources of one configuration may share a name);
//   - exactly one client is left after all that.
//
// A client found this way is claimed: no later call of this Client adopts it again.
func (c *Client) FindCreatedOAuthClient(ctx context.Context, in OAuthClientInput, sentAt time.Time) (*OAuthClient, error) {
	named, err := c.FindOAuthClientsByName(ctx, in.Name)
	if err != nil {
		return nil, err
	}
	since := sentAt.Add(-createClockSkew)
	var candidates []OAuthClient
	for _, cl := range named {
		created, err := time.Parse(time.RFC3339Nano, cl.DateCreated)
		switch {
		case cl.AuthorizedGrantType != in.AuthorizedGrantType, cl.State == OAuthClientStateDeleted:
		case err != nil, created.Before(since):
		case c.clientID != "" && cl.CreatedBy != nil && cl.CreatedBy.ID != "" && cl.CreatedBy.ID != c.clientID:
		default:
			candidates = append(candidates, cl)
		}
	}
	return c.oauthCreates.claimOnly(in.Name, candidates)
}
