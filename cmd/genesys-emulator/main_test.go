package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// started is a running emulator command: its base URL and a way to stop it and get run's result.
type started struct {
	url  string
	stop func() error
}

// start runs the command with args and waits (bounded) for its first output line.
func start(t *testing.T, args ...string) started {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	out, in := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, args, in, io.Discard)
		_ = in.CloseWithError(io.EOF)
		done <- err
	}()
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		lines <- line
		_, _ = io.Copy(io.Discard, out)
	}()
	var first string
	select {
	case first = <-lines:
	case <-time.After(5 * time.Second):
		cancel()
		t.Fatal("no output line within 5s")
	}
	m := regexp.MustCompile(`^listening on (http://127\.0\.0\.1:[1-9][0-9]*)\n$`).FindStringSubmatch(first)
	if m == nil {
		cancel()
		t.Fatalf("first line = %q, want %q", first, "listening on http://127.0.0.1:PORT")
	}
	var once sync.Once
	var result error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case result = <-done:
			case <-time.After(10 * time.Second):
				result = errors.New("run did not return within 10s of the stop")
			}
		})
		return result
	}
	t.Cleanup(func() { _ = stop() })
	return started{url: m[1], stop: stop}
}

// tokenRequest is a client-credentials token request of the client id with that secret.
func tokenRequest(t *testing.T, base, id, secret string) *http.Request {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, base+"/oauth/token",
		strings.NewReader(url.Values{"grant_type": {"client_credentials"}}.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(id, secret)
	return req
}

func tokenStatus(t *testing.T, base, id, secret string) int {
	t.Helper()
	resp, err := http.DefaultClient.Do(tokenRequest(t, base, id, secret))
	if err != nil {
		t.Fatalf("token request: %v", err)
	}
	defer func() { _ = resp.Body.Close() }()
	var body struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("token body: %v", err)
	}
	if resp.StatusCode == http.StatusOK && body.AccessToken == "" {
		t.Fatal("200 without an access token")
	}
	return resp.StatusCode
}

func TestRunServesUntilStopped(t *testing.T) {
	s := start(t, "-addr", "127.0.0.1:0", "-cloud-client-id", "ci-client", "-cloud-client-secret", "ci-secret", "-rate-limit", "100")
	if got := tokenStatus(t, s.url, "ci-client", "ci-secret"); got != http.StatusOK {
		t.Fatalf("token with the flag credentials: %d", got)
	}
	if got := tokenStatus(t, s.url, "emulator-client", "emulator-secret"); got != http.StatusBadRequest {
		t.Fatalf("token with the default credentials: %d, want 400 once the flags replace them", got)
	}
	if err := s.stop(); err != nil {
		t.Fatalf("run after stop: %v", err)
	}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, s.url+"/__emulator/stats", nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := http.DefaultClient.Do(req); err == nil {
		_ = resp.Body.Close()
		t.Fatal("server still answers after the stop")
	}
}

func TestRunLoadsAFaultPlan(t *testing.T) {
	path := filepath.Join(t.TempDir(), "faults.json")
	plan := `{"rules":[{"route":"/oauth/token","kind":"status","status":503,"count":1}]}`
	if err := os.WriteFile(path, []byte(plan), 0o600); err != nil {
		t.Fatal(err)
	}
	s := start(t, "-faults", path, "-fault-seed", "7")
	if got := tokenStatus(t, s.url, "emulator-client", "emulator-secret"); got != http.StatusServiceUnavailable {
		t.Fatalf("first token request: %d, want the planned 503", got)
	}
	if got := tokenStatus(t, s.url, "emulator-client", "emulator-secret"); got != http.StatusOK {
		t.Fatalf("second token request: %d, want 200", got)
	}
	if err := s.stop(); err != nil {
		t.Fatal(err)
	}
}

func TestRunRefusesBadCommandLines(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"rules":[{"kind":"explode"}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"-no-such-flag"},
		{"extra"},
		{"-fault-seed", "1"},
		{"-faults", filepath.Join(t.TempDir(), "missing.json")},
		{"-faults", bad},
		{"-token-ttl", "0s"},
		{"-token-rate-limit", "-1"},
		{"-consistency-delay", "-1s"},
		{"-addr", "127.0.0.1:notaport"},
		{"-cloud-client-roles", "Supervisor,No Such Role"},
	} {
		if err := run(t.Context(), args, io.Discard, io.Discard); err == nil {
			t.Errorf("run %v succeeded, want an error", args)
		}
	}
}

// parsedOptions returns the emulator options of the command line args, failing the test if the
// command line is refused.
func parsedOptions(t *testing.T, args ...string) emulator.Options {
	t.Helper()
	c, err := parseFlags(args, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return c.opts
}

// The role-holding flags reach the options: extra built-in roles of the bootstrap client, a fixed
// user token, and the switch that turns the rule off.
func TestParseFlagsRoleHolding(t *testing.T) {
	o := parsedOptions(t, "-cloud-client-roles", "Supervisor, Employee", "-cloud-user-token", "ci-user-token",
		"-allow-unheld-role-grants")
	if got := strings.Join(o.CloudClientRoles, "|"); got != "Supervisor|Employee" || o.CloudUserToken != "ci-user-token" ||
		!o.AllowUnheldRoleGrants {
		t.Errorf("options = roles %q, user token %q, allow %v", got, o.CloudUserToken, o.AllowUnheldRoleGrants)
	}
	c, err := parseFlags(nil, io.Discard)
	if err != nil || c.opts.AllowUnheldRoleGrants || len(c.opts.CloudClientRoles) != 0 || c.opts.CloudUserToken != "" {
		t.Errorf("defaults = %+v, %v; want the rule on, no extra roles, no fixed user token", c.opts, err)
	}
}

func TestConsistencyDelayFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want time.Duration
	}{
		{nil, emulator.DefaultConsistencyDelay},
		{[]string{"-consistency-delay", "5s"}, 5 * time.Second},
		{[]string{"-consistency-delay", "0"}, emulator.ConsistencyOff},
	} {
		c, err := parseFlags(tc.args, io.Discard)
		if err != nil || c.opts.ConsistencyDelay != tc.want {
			t.Errorf("parseFlags(%v) = %v, %v; want delay %v", tc.args, c.opts.ConsistencyDelay, err, tc.want)
		}
	}
}
