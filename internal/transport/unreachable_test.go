package transport

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"os"
	"syscall"
	"testing"
	"time"
)

// closedLoopbackURL is the address of a loopback port that nothing listens on any more.
func closedLoopbackURL(t *testing.T) string {
	t.Helper()
	ln, err := (&net.ListenConfig{}).Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return "http://" + addr
}

// A GET refused by a loopback address (the emulator not running) fails at once, as an
// UnreachableError; the client flags every later one as a repeat.
func TestDoFailsFastWhenALoopbackAddressRefuses(t *testing.T) {
	base := closedLoopbackURL(t)
	c := newTestClient(t, base, func(o *Options) { o.RetryWaitMin, o.RetryWaitMax = 2*time.Second, 4*time.Second })

	start := time.Now()
	_, err := c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/api/v2/authorization/roles/r1"}, nil)
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("the refused GET took %v: it was retried, want an immediate failure", elapsed)
	}
	first, ok := AsUnreachable(err)
	if !ok {
		t.Fatalf("error %v is no UnreachableError", err)
	}
	if first.Repeat || first.URL != base {
		t.Errorf("first error: Repeat %v, URL %q; want false, %q", first.Repeat, first.URL, base)
	}
	_, err = c.Do(context.Background(), Request{Method: http.MethodGet, Path: "/api/v2/oauth/clients/c1"}, nil)
	if second, ok := AsUnreachable(err); !ok || !second.Repeat {
		t.Errorf("second error %v: want an UnreachableError flagged as a repeat", err)
	}
}

// A remote host refusing may be restarting behind its load balancer: that is still retried.
func TestCheckRetryRetriesARemoteRefusalOnly(t *testing.T) {
	refused := func(target string) error {
		return &url.Error{Op: "Get", URL: target, Err: &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}}
	}
	policy := retryPolicy{method: http.MethodGet}
	for target, want := range map[string]bool{
		"https://api.mypurecloud.com/api/v2/authorization/roles": true,
		"http://127.0.0.1:8080/api/v2/authorization/roles":       false,
		"http://localhost:8080/environment/v3/environments":      false,
	} {
		if got, _ := policy.checkRetry(context.Background(), nil, refused(target)); got != want {
			t.Errorf("refused by %s: retry %v, want %v", target, got, want)
		}
	}
}
