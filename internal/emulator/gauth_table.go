package emulator

import (
	"slices"
	"time"
)

// gauthObject is what every stored GAuth kind (clients, environments, contact centers, data
// centers) tells its table, so that one table type answers the listings, reads and 404s that
// the kinds answer alike.
type gauthObject[T any] interface {
	// view is the object as a response shows it: without its secret or password.
	view() T
	// creation is when the API created the object; zero for a seeded one.
	creation() time.Time
}

// gauthTable keeps objects by key in creation order, so that lists come back in a stable order.
// The caller holds Server.mu.
type gauthTable[T gauthObject[T]] struct {
	// noun names the kind in messages: "contact center %s not found".
	noun string
	keys []string
	rows map[string]*T
}

func newGAuthTable[T gauthObject[T]](noun string) *gauthTable[T] {
	return &gauthTable[T]{noun: noun, rows: map[string]*T{}}
}

func (t *gauthTable[T]) get(key string) *T { return t.rows[key] }

// find returns the object under key or, when there is none, the code 6 every route of the kind
// answers for it.
func (t *gauthTable[T]) find(key string) (*T, gauthReply, bool) {
	v := t.rows[key]
	if v == nil {
		return nil, gauthFail(gauthCodeNotFound, "%s %s not found", t.noun, key), false
	}
	return v, gauthReply{}, true
}

// put stores v under key; a new key goes to the end of the order, an existing one keeps its place.
func (t *gauthTable[T]) put(key string, v *T) {
	if _, ok := t.rows[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.rows[key] = v
}

// add stores v under a key not in use yet; a key in use answers code 18.
func (t *gauthTable[T]) add(key string, v *T) (gauthReply, bool) {
	if t.rows[key] != nil {
		return gauthFail(gauthCodeExists, "%s %s already exists", t.noun, key), false
	}
	t.put(key, v)
	return gauthReply{}, true
}

// delete answers a DELETE of the object under key: it removes and returns the object or, when
// there is none, answers the code 6 every route of the kind answers for it.
func (t *gauthTable[T]) delete(key string) (*T, gauthReply, bool) {
	v, rep, ok := t.find(key)
	if !ok {
		return nil, rep, false
	}
	t.remove(key)
	return v, gauthOK(nil), true
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

// list answers a listing of the kind: every object's view, in creation order, [] when there is none.
func (t *gauthTable[T]) list() gauthReply {
	out := make([]T, 0, len(t.keys))
	for _, v := range t.all() {
		out = append(out, (*v).view())
	}
	return gauthOK(out)
}

// gauthListRoute answers the listing of the kind whose table kind picks out of the GAuth state. A
// Reset replaces the state, so the route looks the table up on every call.
func gauthListRoute[T gauthObject[T]](s *Server, kind func(*gauthState) *gauthTable[T]) func(gauthCall) gauthReply {
	return func(gauthCall) gauthReply { return kind(s.gauth).list() }
}

// gauthGetRoute answers a read (gauthGet) of the object of the kind that the path value param names.
func gauthGetRoute[T gauthObject[T]](s *Server, kind func(*gauthState) *gauthTable[T], param string) func(gauthCall) gauthReply {
	return func(call gauthCall) gauthReply { return gauthGet(s, kind(s.gauth), call.r.PathValue(param)) }
}

// gauthGet answers a read of the object under key: code 6 when there is none, or while a fault
// hides a new one (FaultNotFoundAfterCreate).
func gauthGet[T gauthObject[T]](s *Server, t *gauthTable[T], key string) gauthReply {
	v := t.get(key)
	if v == nil || s.hiddenAfterCreate((*v).creation()) {
		return gauthFail(gauthCodeNotFound, "%s %s not found", t.noun, key)
	}
	return gauthOK((*v).view())
}

// gauthInput is the request body of a kind whose PUT merges into a copy of the stored object.
type gauthInput[T any] interface {
	mergeInto(*T)
	// sentID is the id the body carries, nil when it sent none.
	sentID() *string
}

// gauthReplace answers a PUT of an environment, a contact center or a data center, which work
// alike: the object in the path must exist, the body may not change its id, and the sent fields
// merged into base(stored) replace the stored object only once check accepts the whole.
func gauthReplace[T gauthObject[T], In gauthInput[T]](t *gauthTable[T], call gauthCall, base func(*T) T, check func(*T) (gauthReply, bool)) gauthReply {
	id := call.r.PathValue("id")
	stored, rep, ok := t.find(id)
	if !ok {
		return rep
	}
	var in In
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	if sent := in.sentID(); sent != nil && *sent != id {
		return gauthFail(gauthCodeReadOnly, "id cannot be changed")
	}
	merged := base(stored)
	in.mergeInto(&merged)
	if rep, ok := check(&merged); !ok {
		return rep
	}
	*stored = merged
	return gauthOK(nil)
}

// gauthCreateWithID answers a POST of an environment or a contact center, which work alike: the
// sent fields merged into newObject(id) are stored under that id (gauthNewID) once check accepts
// the whole, and only if no object of the kind has it yet (code 18); the answer's path is under
// collection.
func gauthCreateWithID[T gauthObject[T], In gauthInput[T]](t *gauthTable[T], call gauthCall, collection string, newObject func(id string) *T, check func(*T) (gauthReply, bool)) gauthReply {
	var in In
	if rep, ok := gauthDecodeData(call.body, &in); !ok {
		return rep
	}
	id, rep, ok := gauthNewID(in.sentID())
	if !ok {
		return rep
	}
	v := newObject(id)
	in.mergeInto(v)
	if rep, ok := check(v); !ok {
		return rep
	}
	if rep, ok := t.add(id, v); !ok {
		return rep
	}
	return gauthCreated(collection + "/" + id)
}

// gauthNewID is the id a create stores an environment or a contact center under: the one the
// body sent, which must be usable in a path (code 10), or else a generated UUID.
func gauthNewID(sent *string) (string, gauthReply, bool) {
	if sent == nil {
		return newUUID(), gauthReply{}, true
	}
	if !gauthValidID(*sent) {
		return "", gauthFail(gauthCodeInvalidValue, "id %q cannot be used in a path", *sent), false
	}
	return *sent, gauthReply{}, true
}
