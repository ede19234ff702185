package gauth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// do sends one call through the route, wrapping body in the request envelope, and returns the
// envelope of a successful answer. GAuth signals failure in status.code, also on HTTP 200, so a
// non-zero code is an error whatever the HTTP status.
func (r route) do(ctx context.Context, method, path string, body any) (*envelope, error) {
	return r.doQuery(ctx, method, path, nil, body)
}

// doQuery is do with query parameters.
func (r route) doQuery(ctx context.Context, method, path string, query url.Values, body any) (*envelope, error) {
	if r.err != nil {
		return nil, r.err
	}
	req := transport.Request{Method: method, Path: path, Query: query}
	if body != nil {
		req.Body = request{Data: body}
	}
	var env envelope
	resp, err := r.api.Do(ctx, req, &env)
	if err != nil {
		return nil, err
	}
	if env.Status.Code != 0 {
		return nil, statusError(method, path, resp, &env)
	}
	return &env, nil
}

// The helpers below make the calls every collection makes alike. what names the call in the
// error, which reads "<what>: <cause>" ("reading GAuth environment \"e1\": ...").

// get fetches one object.
func get[T any](ctx context.Context, r route, path, what string) (*T, error) {
	env, err := r.do(ctx, http.MethodGet, path, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var out T
	if err := env.decodeData(&out); err != nil {
		return nil, fmt.Errorf("%s: GET %s: %w", what, path, err)
	}
	return &out, nil
}

// list fetches a collection; an answer without data is an empty collection.
func list[T any](ctx context.Context, r route, path, what string) ([]T, error) {
	env, err := r.do(ctx, http.MethodGet, path, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var out []T
	if err := env.decodeData(&out); err != nil && !errors.Is(err, errNoData) {
		return nil, fmt.Errorf("%s: GET %s: %w", what, path, err)
	}
	return out, nil
}

// create posts a new object and returns its id: the one the answer reports in its path, else
// requested, the id the caller chose.
func (r route) create(ctx context.Context, path string, body any, requested, what string) (string, error) {
	env, err := r.do(ctx, http.MethodPost, path, body)
	if err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	id, err := createdID(env, requested)
	if err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	return id, nil
}

// send makes a call whose answer holds nothing the caller needs, such as an update or a delete.
func (r route) send(ctx context.Context, method, path string, body any, what string) error {
	if _, err := r.do(ctx, method, path, body); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// itemPath is the path of one object of a collection; ids are escaped because client ids are
// caller-chosen strings.
func itemPath(collection, id string) string {
	return collection + "/" + url.PathEscape(id)
}
