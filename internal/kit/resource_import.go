package kit

import (
	"context"
	"slices"
)

// The two ways an ImportLookup's ByKey finds the objects of a natural key, when the client has no
// call that answers exactly that.

// FoundBy adapts a find by the key that answers not found for none (FindRoleByName) to a ByKey:
// the object found, or none.
func FoundBy[T any](find func(context.Context, string) (*T, error)) func(context.Context, string) ([]T, error) {
	return func(ctx context.Context, key string) ([]T, error) { return LookupByID(ctx, find, key) }
}

// ListedBy is a ByKey for an API that cannot look the key up: the objects of the whole listing
// (list) that has says hold the key.
func ListedBy[T any](list func(context.Context) ([]T, error), has func(obj *T, key string) bool) func(context.Context, string) ([]T, error) {
	return func(ctx context.Context, key string) ([]T, error) {
		all, err := list(ctx)
		return slices.DeleteFunc(all, func(obj T) bool { return !has(&obj, key) }), err
	}
}
