package oauth

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// Genesys Cloud grants an OAuth client only roles the caller holds (REAL-ORG-BEHAVIOUR R1). The
// caller is whoever the provider's token acts for: the OAuth client of a client-credentials token,
// or the user of a user's token. cloudCaller reads who that is, and the roles it holds, once per
// provider process, and with grant_roles_to_user grants a user the roles a new client needs.

// How long a role granted to the user may take to show in GET /api/v2/users/{id}/roles, and how
// often to look; Genesys Cloud's authorization service is eventually consistent.
const (
	roleGrantVisibleTimeout = 2 * time.Minute
	roleGrantPollFirst      = 200 * time.Millisecond
	roleGrantPollMax        = 5 * time.Second
)

// caller is who the provider acts as, and the roles it holds.
type caller struct {
	user bool   // a user's token; otherwise an OAuth client's
	id   string // the user id or OAuth client id
	name string
	held []string // role ids
}

// describe names the caller in a diagnostic.
func (c *caller) describe() string {
	if c.user {
		return fmt.Sprintf("the user Terraform runs as (%s, id %s)", c.name, c.id)
	}
	return fmt.Sprintf("the OAuth client Terraform uses (%s, id %s)", c.name, c.id)
}

// unheld returns the role ids of roleIDs the caller does not hold, each once.
func (c *caller) unheld(roleIDs []string) []string {
	var out []string
	for _, id := range roleIDs {
		if !slices.Contains(c.held, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// cloudCaller caches the caller for the provider process. It is safe for concurrent use; grants
// are serialized, since PUT /api/v2/users/{id}/roles replaces the user's whole role list.
type cloudCaller struct {
	client *genesyscloud.Client
	// grantToUser is the grant_roles_to_user opt-in.
	grantToUser bool
	// settle retries a grant of a role this provider created too recently for the API to know it.
	settle *kit.Consistency

	mu     sync.Mutex
	cached *caller
}

func newCloudCaller(client *genesyscloud.Client, grantToUser bool, settle *kit.Consistency) *cloudCaller {
	return &cloudCaller{client: client, grantToUser: grantToUser, settle: settle}
}

// get returns the caller, reading it on first use. A failed read is not cached.
func (cc *cloudCaller) get(ctx context.Context) (*caller, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if err := cc.load(ctx); err != nil {
		return nil, err
	}
	return cc.copyOf(), nil
}

// load reads the caller into the cache unless it holds it already. The caller holds mu.
func (cc *cloudCaller) load(ctx context.Context) error {
	if cc.cached != nil {
		return nil
	}
	c, err := cc.read(ctx)
	if err != nil {
		return err
	}
	cc.cached = c
	return nil
}

// refresh reads the caller again, after the API refused a grant the cache thought possible.
func (cc *cloudCaller) refresh(ctx context.Context) (*caller, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	c, err := cc.read(ctx)
	if err != nil {
		return nil, err
	}
	cc.cached = c
	return cc.copyOf(), nil
}

func (cc *cloudCaller) copyOf() *caller {
	c := *cc.cached
	c.held = slices.Clone(c.held)
	return &c
}

// read asks the API who the token acts for: GET /api/v2/tokens/me, then the user's roles or the
// OAuth client's grants. The caller holds mu.
func (cc *cloudCaller) read(ctx context.Context) (*caller, error) {
	info, err := cc.client.TokenInfo(ctx)
	if err != nil {
		return nil, err
	}
	if info.IsUserToken() {
		me, err := cc.client.Me(ctx)
		if err != nil {
			return nil, err
		}
		roles, err := cc.client.UserRoles(ctx, me.ID)
		if err != nil {
			return nil, err
		}
		return &caller{user: true, id: me.ID, name: me.Name, held: roles.RoleIDs()}, nil
	}
	cl, err := cc.client.GetOAuthClient(ctx, info.OAuthClient.ID)
	if err != nil {
		return nil, err
	}
	c := &caller{id: cl.ID, name: cl.Name}
	for _, g := range cl.RoleDivisions {
		if !slices.Contains(c.held, g.RoleID) {
			c.held = append(c.held, g.RoleID)
		}
	}
	return c, nil
}

// grantsToUser reports whether the provider grants roles to the user before creating a client:
// the opt-in is set and the token is a user's.
func (cc *cloudCaller) grantsToUser(ctx context.Context) (bool, error) {
	if !cc.grantToUser {
		return false, nil
	}
	c, err := cc.get(ctx)
	if err != nil {
		return false, err
	}
	return c.user, nil
}

// ensureUserHolds grants the user the roles of roleIDs it lacks and waits until
// GET /api/v2/users/{id}/roles shows them, polling (bounded by roleGrantVisibleTimeout). It
// returns the roles it granted.
func (cc *cloudCaller) ensureUserHolds(ctx context.Context, roleIDs []string) ([]string, error) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if err := cc.load(ctx); err != nil {
		return nil, err
	}
	userID := cc.cached.id
	// The cache may be stale (another tool may have changed the user's roles): read them now.
	current, err := cc.client.UserRoles(ctx, userID)
	if err != nil {
		return nil, fmt.Errorf("read the roles of user %s: %w", userID, err)
	}
	var missing []string
	for _, id := range roleIDs {
		if !current.Holds(id) && !slices.Contains(missing, id) {
			missing = append(missing, id)
		}
	}
	cc.cached.held = current.RoleIDs()
	if len(missing) == 0 {
		return nil, nil
	}
	held, err := cc.grantUser(ctx, userID, current.RoleIDs(), missing)
	if err != nil {
		return nil, fmt.Errorf("grant roles %v to user %s: %w", missing, userID, err)
	}
	if err := cc.waitUntilUserHolds(ctx, userID, roleIDs); err != nil {
		return nil, err
	}
	cc.cached.held = held
	return missing, nil
}

// grantUser sets the user's roles to current, as just read, plus missing, and returns the roles
// the user holds then. The PUT replaces the whole list, and Genesys Cloud refuses all of it for a
// role that no longer exists ("Role [id] does not exist."): one of current deleted a moment ago,
// which the user's role reads still list while the delete propagates. Such a role is gone, so the
// user loses nothing when the PUT is sent again without it. A refusal of one of missing, too new to
// be granted yet, is waited out by settle.
func (cc *cloudCaller) grantUser(ctx context.Context, userID string, current, missing []string) ([]string, error) {
	for {
		list := append(slices.Clone(current), missing...)
		err := cc.settle.Write(ctx, nil, func(ctx context.Context) error {
			_, err := cc.client.SetUserRoles(ctx, userID, list)
			return err
		})
		gone, refused := genesyscloud.RefusedRole(err)
		if !refused || !slices.Contains(current, gone) || slices.Contains(missing, gone) {
			return list, err
		}
		// Each pass drops one role of current, so the loop ends.
		current = slices.DeleteFunc(current, func(id string) bool { return id == gone })
	}
}

// waitUntilUserHolds polls the user's roles until they include roleIDs.
func (cc *cloudCaller) waitUntilUserHolds(parent context.Context, userID string, roleIDs []string) error {
	ctx, cancel := context.WithTimeout(parent, roleGrantVisibleTimeout)
	defer cancel()
	wait := roleGrantPollFirst
	for {
		roles, err := cc.client.UserRoles(ctx, userID)
		switch {
		case err == nil && roles.Holds(roleIDs...):
			return nil
		case parent.Err() != nil:
			return fmt.Errorf("waiting for roles %v granted to user %s to become visible: %w", roleIDs, userID, parent.Err())
		case ctx.Err() != nil:
			return fmt.Errorf("roles %v granted to user %s were still not visible after %s", roleIDs, userID, roleGrantVisibleTimeout)
		case err != nil:
			return fmt.Errorf("read the roles of user %s while waiting for a grant: %w", userID, err)
		}
		select {
		case <-ctx.Done():
		case <-time.After(wait):
		}
		wait = min(2*wait, roleGrantPollMax)
	}
}
