package emulator

import "slices"

// gauthTable keeps objects by key in creation order, so that lists come back in a stable order.
// The caller holds Server.mu.
type gauthTable[T any] struct {
	keys []string
	rows map[string]*T
}

func newGAuthTable[T any]() *gauthTable[T] {
	return &gauthTable[T]{rows: map[string]*T{}}
}

func (t *gauthTable[T]) get(key string) *T { return t.rows[key] }

// put stores v under key; a new key goes to the end of the order, an existing one keeps its place.
func (t *gauthTable[T]) put(key string, v *T) {
	if _, ok := t.rows[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.rows[key] = v
}

func (t *gauthTable[T]) remove(key string) {
	if _, ok := t.rows[key]; !ok {
		return
	}
	delete(t.rows, key)
	t.keys = slices.DeleteFunc(t.keys, func(k string) bool { return k == key })
}

// all returns the stored objects in creation order.
func (t *gauthTable[T]) all() []*T {
	out := make([]*T, 0, len(t.keys))
	for _, k := range t.keys {
		out = append(out, t.rows[k])
	}
	return out
}
