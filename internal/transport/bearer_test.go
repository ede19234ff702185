package transport

import (
	"context"
	"net/http"
	"testing"
)

// A fixed bearer token goes out as it is, and a 401 is not resent: there is no way to renew it.
func TestDoSendsAFixedBearerTokenAndDoesNotResendOn401(t *testing.T) {
	var calls hits
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		calls.next()
		if got := r.Header.Get("Authorization"); got != "Bearer user-token" {
			t.Errorf("Authorization = %q, want the fixed bearer token", got)
		}
		writeJSON(w, http.StatusUnauthorized, `{}`)
	})
	c := newTestClient(t, srv.URL, func(o *Options) { o.Auth = NewBearer("user-token") })

	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/api/v2/users/me"}, nil)

	if apiErr, ok := AsAPIError(err); !ok || apiErr.StatusCode != http.StatusUnauthorized {
		t.Errorf("err = %v, want a 401 APIError", err)
	}
	if calls.count() != 1 {
		t.Errorf("server received %d requests, want 1", calls.count())
	}
}
