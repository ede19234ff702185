package kit

import (
	"context"
	"sync"
	"time"

	"github.com/hashicorp/terraform-plugin-log/tflog"
	"golang.org/x/sync/singleflight"
)

// ListAfterReads is how many Reads of a type use a GET each before its listing is fetched: a
// configuration managing a few objects of a type refreshes them without listing the whole org.
const ListAfterReads = 3

// ReadCache serves the Reads of one object type from one listing of that type, so that a plan
// refreshing hundreds of objects costs a few list calls instead of one GET each, and stays far
// from the service's rate limit. One ReadCache lives as long as the provider configuration:
// Terraform configures the provider afresh for every plan and apply.
//
//   - The first listAfterReads Reads use a GET each.
//   - Later Reads share one fetch of the listing (concurrent Reads wait for the same fetch) and are
//     served from it.
//   - A paged listing is fetched whole only when it takes no more pages than there have been Reads
//     so far. Its first page tells how many; when there are more, Reads go on with GETs until as
//     many have come as the listing has pages. Refreshing a few objects in a huge org thus costs
//     at most about twice the GETs alone, never a walk through every page.
//   - An object missing from the listing is looked up with a GET before its resource is dropped:
//     a listing may lag behind a create.
//   - The provider's own writes of the type drop the listing (invalidate); a listing whose fetch
//     overlapped a write is not used, as it may predate it.
//   - After a listing fails, the Reads of this configuration use GETs: the fetch is not retried
//     on every Read.
type ReadCache[T any] struct {
	getOne   func(ctx context.Context, id string) (*T, error)
	listPage func(ctx context.Context, number int) (items []T, pageCount int, err error)
	idOf     func(*T) string
	flight   singleflight.Group

	mu          sync.Mutex
	reads       int          // Reads so far
	listed      map[string]T // the listing by id; nil until fetched, and after a write
	generation  uint64       // bumped by every write, so that a fetch can tell it overlapped one
	pagesNeeded int          // Reads needed before the listing is worth its pages
	listFailed  bool

	recentList []T       // the listing recent serves; nil until fetched
	recentAt   time.Time // when it was fetched
}

// NewReadCache returns the cache of one type: getOne reads an object by id, listPage returns
// page number (from 1) of the listing with the listing's page count, idOf is an object's id.
func NewReadCache[T any](
	getOne func(context.Context, string) (*T, error),
	listPage func(context.Context, int) ([]T, int, error),
	idOf func(*T) string,
) *ReadCache[T] {
	return &ReadCache[T]{getOne: getOne, listPage: listPage, idOf: idOf}
}

// SinglePage adapts a listing the API returns in one call to the paged form readCache takes.
func SinglePage[T any](list func(context.Context) ([]T, error)) func(context.Context, int) ([]T, int, error) {
	return func(ctx context.Context, _ int) ([]T, int, error) {
		items, err := list(ctx)
		return items, 1, err
	}
}

// Get reads the object with that id for a resource's Read: from the listing when there is one
// and it holds the object, otherwise with a GET, whose not-found error means the object is gone.
// It has the signature of the client's own GET, so the Read's handling of 404s stays the same.
func (c *ReadCache[T]) Get(ctx context.Context, id string) (*T, error) {
	if listed := c.listing(ctx); listed != nil {
		if obj, ok := listed[id]; ok {
			return &obj, nil
		}
	}
	return c.getOne(ctx, id)
}

// Invalidate drops the listing after a write of the type: it no longer shows the objects as they are.
func (c *ReadCache[T]) Invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.generation++
	c.listed = nil
}

// listing counts a Read and returns the listing it should be served from, fetching it when the
// time has come, or nil when the Read is to use a GET.
func (c *ReadCache[T]) listing(ctx context.Context) map[string]T {
	c.mu.Lock()
	c.reads++
	listed := c.listed
	worthIt := !c.listFailed && c.reads > ListAfterReads && c.reads >= c.pagesNeeded
	c.mu.Unlock()
	if listed != nil || !worthIt {
		return listed
	}
	shared, _, _ := c.flight.Do("listing", func() (any, error) { return c.fetch(ctx), nil })
	listed, _ = shared.(map[string]T)
	return listed
}

// fetch gets the listing, page by page, and keeps it, unless it turns out longer than the Reads
// so far justify, or a write overlapped it. It returns what the waiting Reads are to use.
func (c *ReadCache[T]) fetch(ctx context.Context) map[string]T {
	c.mu.Lock()
	if c.listed != nil || c.listFailed || c.reads < c.pagesNeeded {
		// Decided by a fetch that ended between this Read's check and its joining the flight.
		listed := c.listed
		c.mu.Unlock()
		return listed
	}
	generation, reads := c.generation, c.reads
	c.mu.Unlock()

	items, pageCount, err := c.listPage(ctx, 1)
	if err == nil && pageCount > reads {
		c.mu.Lock()
		c.pagesNeeded = pageCount
		c.mu.Unlock()
		return nil
	}
	for number := 2; err == nil && number <= pageCount; number++ {
		var page []T
		page, _, err = c.listPage(ctx, number)
		items = append(items, page...)
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case err != nil:
		// A cancelled Read says nothing about the listing; any other failure would recur.
		if ctx.Err() == nil {
			c.listFailed = true
			tflog.Debug(ctx, "Listing for refresh failed; Reads of this type use a GET each", map[string]any{"error": err.Error()})
		}
		return nil
	case c.generation != generation:
		return nil
	}
	c.listed = make(map[string]T, len(items))
	for i := range items {
		c.listed[c.idOf(&items[i])] = items[i]
	}
	return c.listed
}

// recentMaxAge is how old a listing recent may serve is.
const recentMaxAge = 5 * time.Second

// Recent returns the whole listing of the type as it was at most recentMaxAge ago, fetching it
// when there is none that young; concurrent callers share one fetch. It is what creates check
// their natural key against (see createOnce): one listing for all the creates of a type within
// recentMaxAge, instead of one lookup per create. Writes do not drop it: it answers "what existed
// a moment ago", which the provider's own writes do not change for the objects that matter.
func (c *ReadCache[T]) Recent(ctx context.Context) ([]T, error) {
	c.mu.Lock()
	if c.recentList != nil && time.Since(c.recentAt) < recentMaxAge {
		items := c.recentList
		c.mu.Unlock()
		return items, nil
	}
	c.mu.Unlock()
	shared, err, _ := c.flight.Do("recent", func() (any, error) {
		fetchedAt := time.Now()
		items, pageCount, err := c.listPage(ctx, 1)
		for number := 2; err == nil && number <= pageCount; number++ {
			var page []T
			page, _, err = c.listPage(ctx, number)
			items = append(items, page...)
		}
		if err != nil {
			return nil, err
		}
		if items == nil {
			items = []T{}
		}
		c.mu.Lock()
		c.recentList, c.recentAt = items, fetchedAt
		c.mu.Unlock()
		return items, nil
	})
	items, _ := shared.([]T)
	return items, err
}
