package genesyscloud

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
)

// defaultPageSize keeps listings to few round trips while staying well inside the service's
// response size limit.
const defaultPageSize = 100

// maxPages bounds a listing walk, so a service that keeps announcing more pages cannot keep a
// Terraform run busy forever.
const maxPages = 1000

// entityListing is the envelope of every paged Genesys Cloud list (…EntityListing).
type entityListing[T any] struct {
	Entities   []T   `json:"entities"`
	PageSize   int   `json:"pageSize"`
	PageNumber int   `json:"pageNumber"`
	PageCount  int   `json:"pageCount"`
	Total      int64 `json:"total"`
}

// listAll fetches every page of a listing, following pageCount, and returns the entities in
// the order the service sent them.
func listAll[T any](ctx context.Context, c *Client, path string, query url.Values, pageSize int) ([]T, error) {
	q := url.Values{}
	for k, v := range query {
		q[k] = v
	}
	q.Set("pageSize", strconv.Itoa(pageSize))
	var all []T
	for page := 1; page <= maxPages; page++ {
		q.Set("pageNumber", strconv.Itoa(page))
		var listing entityListing[T]
		if err := c.do(ctx, http.MethodGet, path, q, nil, &listing); err != nil {
			return nil, err
		}
		all = append(all, listing.Entities...)
		if page >= listing.PageCount || len(listing.Entities) == 0 {
			return all, nil
		}
	}
	return nil, fmt.Errorf("listing %s: more than %d pages of %d", path, maxPages, pageSize)
}

// uniqueByName returns the one item named exactly name, after a service-side filter that may
// match loosely. None is a not-found error; several is an error, as names are meant to be unique.
func uniqueByName[T any](items []T, nameOf func(T) string, name, kind, path string) (*T, error) {
	var found []T
	for _, it := range items {
		if nameOf(it) == name {
			found = append(found, it)
		}
	}
	switch len(found) {
	case 0:
		return nil, notFound(path, "no %s is named %q", kind, name)
	case 1:
		return &found[0], nil
	default:
		return nil, fmt.Errorf("%d %ss are named %q; expected one", len(found), kind, name)
	}
}
