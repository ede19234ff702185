// Package transporttest holds what the API clients' unit tests share: a record of the requests a
// fake API received, and a comparison of JSON bodies. Only tests import it.
package transporttest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"sync"
	"testing"
)

// Request is one request as a fake API received it.
type Request struct {
	Method        string
	Path          string // escaped, as sent on the wire
	Query         url.Values
	Authorization string
	Body          []byte
}

// Recorder keeps the requests a fake API receives, in order; its handlers may run concurrently.
type Recorder struct {
	mu       sync.Mutex
	requests []Request
}

// Record reads r's body and keeps the request, which it returns.
func (rec *Recorder) Record(r *http.Request) Request {
	body, _ := io.ReadAll(r.Body)
	req := Request{
		Method:        r.Method,
		Path:          r.URL.EscapedPath(),
		Query:         r.URL.Query(),
		Authorization: r.Header.Get("Authorization"),
		Body:          body,
	}
	rec.mu.Lock()
	rec.requests = append(rec.requests, req)
	rec.mu.Unlock()
	return req
}

// Requests returns a copy of the requests recorded so far.
func (rec *Recorder) Requests() []Request {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]Request(nil), rec.requests...)
}

// AssertJSON fails unless got and want hold the same JSON value; want may be laid out freely.
func AssertJSON(t testing.TB, got []byte, want string) {
	t.Helper()
	var gotValue, wantValue any
	if err := json.Unmarshal(got, &gotValue); err != nil {
		t.Fatalf("body %q is not JSON: %v", got, err)
	}
	if err := json.Unmarshal([]byte(want), &wantValue); err != nil {
		t.Fatalf("expected %q is not JSON: %v", want, err)
	}
	if !reflect.DeepEqual(gotValue, wantValue) {
		var compact bytes.Buffer
		_ = json.Compact(&compact, []byte(want))
		t.Errorf("body\n got %s\nwant %s", got, compact.String())
	}
}
