package emulator

import (
	"net/url"
	"strconv"
)

// Paging limits of the list endpoints (CONTRACT A.1).
const (
	defaultPageSize = 25
	maxPageSize     = 500
)

// listing is the paged "...EntityListing" envelope of Genesys Cloud lists.
type listing[T any] struct {
	Entities    []T    `json:"entities"`
	PageSize    int    `json:"pageSize"`
	PageNumber  int    `json:"pageNumber"`
	Total       int    `json:"total"`
	PageCount   int    `json:"pageCount"`
	FirstURI    string `json:"firstUri,omitempty"`
	PreviousURI string `json:"previousUri,omitempty"`
	NextURI     string `json:"nextUri,omitempty"`
	LastURI     string `json:"lastUri,omitempty"`
	SelfURI     string `json:"selfUri,omitempty"`
}

// paginate cuts items into the page the call's pageSize and pageNumber ask for. The page URIs
// keep the call's other query parameters, so following nextUri keeps the filters.
func paginate[T any](c *cloudCall, items []T) (listing[T], *errorBody) {
	q := c.r.URL.Query()
	size, err := queryInt(q, "pageSize", defaultPageSize)
	if err != nil || size < 1 || size > maxPageSize {
		return listing[T]{}, errBadRequest("pageSize must be between 1 and " + strconv.Itoa(maxPageSize) + ".")
	}
	number, err := queryInt(q, "pageNumber", 1)
	if err != nil || number < 1 {
		return listing[T]{}, errBadRequest("pageNumber must be 1 or more.")
	}
	total := len(items)
	count := (total + size - 1) / size
	start, end := min((number-1)*size, total), min(number*size, total)
	l := listing[T]{
		Entities:   append([]T{}, items[start:end]...),
		PageSize:   size,
		PageNumber: number,
		Total:      total,
		PageCount:  count,
		FirstURI:   pageURI(c, size, 1),
		LastURI:    pageURI(c, size, max(count, 1)),
		SelfURI:    pageURI(c, size, number),
	}
	if number > 1 {
		l.PreviousURI = pageURI(c, size, number-1)
	}
	if number < count {
		l.NextURI = pageURI(c, size, number+1)
	}
	return l, nil
}

// onePage is the envelope of lists the service answers in a single page (OAuth clients, restored roles).
func onePage[T any](c *cloudCall, items []T) listing[T] {
	uri := c.r.URL.Path
	return listing[T]{
		// Entities is never null: clients range over it.
		Entities: append([]T{}, items...), PageSize: len(items), PageNumber: 1, Total: len(items), PageCount: 1,
		FirstURI: uri, LastURI: uri, SelfURI: uri,
	}
}

// pageURI is the relative URI of a page: "/api/v2/authorization/roles?pageSize=25&pageNumber=2&name=x".
func pageURI(c *cloudCall, size, number int) string {
	rest := c.r.URL.Query()
	rest.Del("pageSize")
	rest.Del("pageNumber")
	uri := c.r.URL.Path + "?pageSize=" + strconv.Itoa(size) + "&pageNumber=" + strconv.Itoa(number)
	if len(rest) > 0 {
		uri += "&" + rest.Encode()
	}
	return uri
}

// queryInt parses an integer query parameter, or returns def when it is absent.
func queryInt(q url.Values, key string, def int) (int, error) {
	v := q.Get(key)
	if v == "" {
		return def, nil
	}
	return strconv.Atoi(v)
}

// queryBool parses a boolean query parameter, or returns def when it is absent.
func queryBool(q url.Values, key string, def bool) (bool, error) {
	v := q.Get(key)
	if v == "" {
		return def, nil
	}
	return strconv.ParseBool(v)
}
