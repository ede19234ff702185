package kit

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// cachedThing is an object of a fake API type behind a readCache.
type cachedThing struct {
	ID    string
	Value string
}

// fakeListing is a fake API type: objects by id, a GET, and a listing in pages, counting calls.
type fakeListing struct {
	pageSize int
	listErr  error

	mu     sync.Mutex
	things map[string]cachedThing
	order  []string
	gets   int
	pages  map[int]int // list calls by page number
}

func newFakeListing(pageSize, n int) *fakeListing {
	f := &fakeListing{pageSize: pageSize, things: map[string]cachedThing{}, pages: map[int]int{}}
	for i := range n {
		f.put(cachedThing{ID: fmt.Sprintf("id-%04d", i), Value: "v1"})
	}
	return f
}

func (f *fakeListing) put(t cachedThing) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.things[t.ID]; !ok {
		f.order = append(f.order, t.ID)
	}
	f.things[t.ID] = t
}

func (f *fakeListing) getOne(_ context.Context, id string) (*cachedThing, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.gets++
	t, ok := f.things[id]
	if !ok {
		return nil, &transport.APIError{Method: "GET", Path: "/things/" + id, StatusCode: 404, Code: "not.found"}
	}
	return &t, nil
}

func (f *fakeListing) listPage(_ context.Context, number int) ([]cachedThing, int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.pages[number]++
	if f.listErr != nil {
		return nil, 0, f.listErr
	}
	pageCount := (len(f.order) + f.pageSize - 1) / f.pageSize
	var out []cachedThing
	for _, id := range f.order[min((number-1)*f.pageSize, len(f.order)):min(number*f.pageSize, len(f.order))] {
		out = append(out, f.things[id])
	}
	return out, pageCount, nil
}

func (f *fakeListing) counts() (gets, listCalls int, pages map[int]int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	copied := map[int]int{}
	for k, v := range f.pages {
		copied[k] = v
		listCalls += v
	}
	return f.gets, listCalls, copied
}

func (f *fakeListing) cache() *ReadCache[cachedThing] {
	return NewReadCache(f.getOne, f.listPage, func(t *cachedThing) string { return t.ID })
}

// readConcurrently reads the ids concurrently, as Terraform refreshes resources, and fails on any error
// or wrong object.
func readConcurrently(t *testing.T, c *ReadCache[cachedThing], ids []string, want string) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Go(func() {
			got, err := c.Get(context.Background(), id)
			switch {
			case err != nil:
				errs <- err
			case got.ID != id || got.Value != want:
				errs <- fmt.Errorf("read %s = %+v, want value %q", id, got, want)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func thingIDs(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, fmt.Sprintf("id-%04d", i))
	}
	return out
}

func TestReadCacheReadsAFewObjectsWithGETs(t *testing.T) {
	f := newFakeListing(500, 1000)
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, ListAfterReads), "v1")

	gets, listCalls, _ := f.counts()
	if gets != ListAfterReads || listCalls != 0 {
		t.Errorf("%d Reads made %d GETs and %d list calls, want %d GETs and no listing", ListAfterReads, gets, listCalls, ListAfterReads)
	}
}

func TestReadCacheServesManyConcurrentReadsFromOneListing(t *testing.T) {
	f := newFakeListing(500, 60)
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, 60), "v1")

	gets, listCalls, _ := f.counts()
	if gets != ListAfterReads || listCalls != 1 {
		t.Errorf("60 Reads made %d GETs and %d list calls, want %d GETs and 1 list call", gets, listCalls, ListAfterReads)
	}
}

func TestReadCacheFetchesEveryPageOfAShortListing(t *testing.T) {
	f := newFakeListing(10, 35) // 4 pages
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, ListAfterReads), "v1")
	readConcurrently(t, c, thingIDs(ListAfterReads, ListAfterReads+1), "v1") // the 4th Read: 4 pages are worth it
	readConcurrently(t, c, thingIDs(ListAfterReads+1, 35), "v1")

	gets, _, pages := f.counts()
	if gets != ListAfterReads {
		t.Errorf("GETs = %d, want %d", gets, ListAfterReads)
	}
	for n := 1; n <= 4; n++ {
		if pages[n] != 1 {
			t.Errorf("page %d fetched %d times, want once (pages %v)", n, pages[n], pages)
		}
	}
}

func TestReadCacheWaitsForAsManyReadsAsALongListingHasPages(t *testing.T) {
	f := newFakeListing(10, 100) // 10 pages
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, 2), "v1") // two objects in a large org: two GETs and no listing
	if gets, listCalls, _ := f.counts(); gets != 2 || listCalls != 0 {
		t.Fatalf("2 Reads made %d GETs and %d list calls, want 2 GETs only", gets, listCalls)
	}
	for i := 2; i < 9; i++ { // Reads 3 to 9, one at a time: the 4th probes the first page
		readConcurrently(t, c, thingIDs(i, i+1), "v1")
	}
	gets, _, pages := f.counts()
	if gets != 9 || pages[1] != 1 || len(pages) != 1 {
		t.Fatalf("9 Reads made %d GETs and fetched pages %v, want 9 GETs and one probe of page 1", gets, pages)
	}
	readConcurrently(t, c, thingIDs(9, 20), "v1") // from the 10th Read on, the listing pays

	gets, _, pages = f.counts()
	if gets != 9 || pages[1] != 2 {
		t.Errorf("GETs = %d, pages %v; want no more GETs and the listing fetched whole", gets, pages)
	}
	for n := 2; n <= 10; n++ {
		if pages[n] != 1 {
			t.Errorf("page %d fetched %d times, want once", n, pages[n])
		}
	}
}

func TestReadCacheConfirmsAnObjectMissingFromTheListingWithAGET(t *testing.T) {
	f := newFakeListing(500, 10)
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, 10), "v1") // the listing is kept from the 4th Read on

	// Created after the listing: a listing that lags must not make it look deleted.
	f.put(cachedThing{ID: "late", Value: "v1"})
	got, err := c.Get(context.Background(), "late")
	if err != nil || got.ID != "late" {
		t.Errorf("read of an object missing from the listing = %+v, %v; want it from a GET", got, err)
	}
	// Gone for real: the GET's not-found error reaches the Read, which drops the resource.
	if _, err := c.Get(context.Background(), "deleted"); !transport.IsNotFound(err) {
		t.Errorf("read of a deleted object: err = %v, want not found", err)
	}
	if gets, listCalls, _ := f.counts(); gets != ListAfterReads+2 || listCalls != 1 {
		t.Errorf("GETs = %d, list calls = %d; want %d and 1", gets, listCalls, ListAfterReads+2)
	}
}

func TestReadCacheListsAgainAfterAWrite(t *testing.T) {
	f := newFakeListing(500, 10)
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, 10), "v1")

	f.put(cachedThing{ID: "id-0005", Value: "v2"})
	c.Invalidate()
	got, err := c.Get(context.Background(), "id-0005")
	if err != nil || got.Value != "v2" {
		t.Errorf("read after a write = %+v, %v; want the written value v2", got, err)
	}
	if _, listCalls, _ := f.counts(); listCalls != 2 {
		t.Errorf("list calls = %d, want 2 (the write dropped the first listing)", listCalls)
	}
}

func TestReadCacheDoesNotKeepAListingThatOverlappedAWrite(t *testing.T) {
	f := newFakeListing(500, 10)
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, ListAfterReads), "v1")

	// The service answers the listing, then a write of the type lands before the answer is used.
	c.listPage = func(ctx context.Context, n int) ([]cachedThing, int, error) {
		items, count, err := f.listPage(ctx, n)
		f.put(cachedThing{ID: "id-0007", Value: "v2"})
		c.Invalidate()
		return items, count, err
	}
	got, err := c.Get(context.Background(), "id-0007")
	if err != nil || got.Value != "v2" {
		t.Errorf("read = %+v, %v; want v2 from a GET, not the listing that predates the write", got, err)
	}
	c.mu.Lock()
	kept := c.listed != nil
	c.mu.Unlock()
	if kept {
		t.Error("a listing fetched across a write was kept")
	}
}

func TestReadCacheFallsBackToGETsWhenListingFails(t *testing.T) {
	f := newFakeListing(500, 10)
	f.listErr = errors.New("403 missing.permissions")
	c := f.cache()
	readConcurrently(t, c, thingIDs(0, 10), "v1")

	gets, listCalls, _ := f.counts()
	if gets != 10 || listCalls != 1 {
		t.Errorf("GETs = %d, list calls = %d; want every Read served by a GET after one failed listing", gets, listCalls)
	}
}
