package authorization

import (
	"context"
	"sync"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// catalogueCache reads the org's permission catalogue once per provider process, on first use,
// and shares it between every resource that plans or reads permission policies. A failed read is
// kept too: the catalogue is a plan-time aid, and a run should not retry it for every role.
type catalogueCache struct {
	read func(context.Context) (*genesyscloud.PermissionCatalogue, error)

	mu   sync.Mutex
	done bool
	pc   *genesyscloud.PermissionCatalogue
	err  error
}

func newCatalogueCache(c *genesyscloud.Client) *catalogueCache {
	return &catalogueCache{read: c.PermissionCatalogue}
}

// get returns the catalogue, reading it on the first call; concurrent callers wait for that read.
func (c *catalogueCache) get(ctx context.Context) (*genesyscloud.PermissionCatalogue, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.done {
		c.pc, c.err = c.read(ctx)
		c.done = true
	}
	return c.pc, c.err
}
