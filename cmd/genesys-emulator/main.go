// Command genesys-emulator serves the in-memory emulator of the Genesys Cloud Platform API v2 and
// of Genesys Authentication (GAuth v3) on one listener, for demos and for CI without a real org.
//
//	genesys-emulator -addr 127.0.0.1:8080
//
// The first line on standard output is "listening on http://HOST:PORT"; scripts wait for it.
// SIGINT or SIGTERM stops the server cleanly.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// shutdownGrace bounds how long a stop waits for requests in flight.
const shutdownGrace = 5 * time.Second

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "genesys-emulator:", err)
		os.Exit(1)
	}
}

// config is the parsed command line.
type config struct {
	addr       string
	opts       emulator.Options
	faultsFile string
	faultSeed  int64
	seedSet    bool

	permissionsFile string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("genesys-emulator", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d := emulator.DefaultOptions()
	c := config{opts: d}
	fs.StringVar(&c.addr, "addr", "127.0.0.1:0", "listen address HOST:PORT (port 0 picks a free port)")
	fs.StringVar(&c.opts.CloudClientID, "cloud-client-id", d.CloudClientID, "Genesys Cloud bootstrap OAuth client id")
	fs.StringVar(&c.opts.CloudClientSecret, "cloud-client-secret", d.CloudClientSecret, "Genesys Cloud bootstrap OAuth client secret")
	fs.StringVar(&c.opts.OpsUsername, "ops-username", d.OpsUsername, "GAuth ops Basic username")
	fs.StringVar(&c.opts.OpsPassword, "ops-password", d.OpsPassword, "GAuth ops Basic password")
	fs.StringVar(&c.opts.GAuthClientID, "gauth-client-id", d.GAuthClientID, "GAuth bootstrap API client id (authority ROLE_INTERNAL_CLIENT)")
	fs.StringVar(&c.opts.GAuthClientSecret, "gauth-client-secret", d.GAuthClientSecret, "GAuth bootstrap API client secret")
	fs.DurationVar(&c.opts.TokenTTL, "token-ttl", d.TokenTTL, "lifetime of issued access tokens")
	fs.IntVar(&c.opts.RateLimit, "rate-limit", 0, "Genesys Cloud requests per minute per token (0 = no limit)")
	fs.BoolVar(&c.opts.RateLimitPerClient, "rate-limit-per-client", false,
		"count -rate-limit per OAuth client over all its tokens, not per token as real orgs do (a harsher org: more tokens gain nothing)")
	fs.StringVar(&c.faultsFile, "faults", "", "`FILE` holding a JSON fault plan to start with (see PUT /__emulator/faults)")
	fs.Int64Var(&c.faultSeed, "fault-seed", 0, "seed for the -faults plan's fractions, replacing the file's")

	// Role-holding rule (a real org's: an OAuth client may be granted only roles its creator holds).
	fs.BoolVar(&c.opts.AllowUnheldRoleGrants, "allow-unheld-role-grants", false,
		"let OAuth client creates and updates grant roles the caller does not hold (a real org refuses them with 403)")
	fs.Func("cloud-client-roles", "comma-separated built-in `ROLES` (names or ids) the bootstrap client holds besides Master Admin;\n"+
		"grant other roles on a running emulator with POST /__emulator/cloud/client-roles", func(v string) error {
		for _, ref := range strings.Split(v, ",") {
			if ref = strings.TrimSpace(ref); ref != "" {
				c.opts.CloudClientRoles = append(c.opts.CloudClientRoles, ref)
			}
		}
		return emulator.CheckBuiltinRoles(c.opts.CloudClientRoles)
	})
	fs.StringVar(&c.opts.CloudUserToken, "cloud-user-token", "",
		"a fixed access `TOKEN` of the seeded administrator user (Master Admin), valid from the start and after every reset;\n"+
			"POST /__emulator/cloud/user-token hands out fresh ones")
	// Permission catalogue and the real-org rules on role policies; each rule is on by default.
	fs.StringVar(&c.permissionsFile, "permissions-file", "", "`FILE` holding an org's permission catalogue as GET /api/v2/authorization/permissions answers it "+
		"(one listing page, or every page one after the other), replacing the seeded catalogue")
	fs.BoolVar(&c.opts.KeepWildcardPolicies, "keep-wildcard-policies", false, "store \"*\" in role policies as sent instead of expanding it against the catalogue")
	fs.BoolVar(&c.opts.KeepUncataloguedPolicies, "keep-uncatalogued-policies", false, "store role policies outside the catalogue as sent instead of silently dropping them")
	fs.BoolVar(&c.opts.AllowConditionsAnywhere, "allow-conditions-anywhere", false, "accept conditions on permissions whose catalogue entry does not allow them")
	fs.BoolVar(&c.opts.AllowDefaultRoleRename, "allow-default-role-rename", false, "let PUT and PATCH rename a built-in role")
	addRealOrgFlags(fs, &c.opts)
	addGAuthUndocumentedFlags(fs, &c.opts)
	fs.DurationVar(&c.opts.ConsistencyDelay, "consistency-delay", d.ConsistencyDelay,
		"how long a create or delete of a Genesys Cloud role or OAuth client takes to show in reads, as on a real org "+
			"(a new one answers 404 and cannot be granted yet, a deleted one still answers); 0 shows changes at once")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	fs.Visit(func(f *flag.Flag) { c.seedSet = c.seedSet || f.Name == "fault-seed" })
	if c.seedSet && c.faultsFile == "" {
		return config{}, errors.New("-fault-seed needs -faults")
	}
	if c.opts.TokenTTL <= 0 || c.opts.RateLimit < 0 || c.opts.TokenRateLimit < 0 {
		return config{}, errors.New("-token-ttl must be positive, and -rate-limit and -token-rate-limit not negative")
	}
	if c.opts.TokenRateLimit == 0 {
		c.opts.TokenRateLimit = -1 // 0 on the command line turns the limit off; in Options it means the default
	}
	switch {
	case c.opts.ConsistencyDelay < 0:
		return config{}, errors.New("-consistency-delay must not be negative")
	case c.opts.ConsistencyDelay == 0:
		c.opts.ConsistencyDelay = emulator.ConsistencyOff
	}
	return c, nil
}

// loadFaults reads a fault plan file.
func loadFaults(path string) (emulator.FaultPlan, error) {
	var plan emulator.FaultPlan
	b, err := os.ReadFile(path) //nolint:gosec // the path is the operator's own flag
	if err != nil {
		return plan, fmt.Errorf("read fault plan: %w", err)
	}
	if err := json.Unmarshal(b, &plan); err != nil {
		return plan, fmt.Errorf("parse fault plan %s: %w", path, err)
	}
	return plan, nil
}

// run serves the emulator until ctx is done, then shuts it down gracefully.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	if c.permissionsFile != "" {
		pc, err := emulator.ReadPermissionCatalogue(c.permissionsFile)
		if err != nil {
			return err
		}
		c.opts.PermissionCatalogue = pc
	}
	em := emulator.New(c.opts)
	if c.faultsFile != "" {
		plan, err := loadFaults(c.faultsFile)
		if err != nil {
			return err
		}
		if c.seedSet {
			plan.Seed = c.faultSeed
		}
		if err := em.SetFaults(plan); err != nil {
			return fmt.Errorf("fault plan %s: %w", c.faultsFile, err)
		}
	}

	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", c.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{Handler: em, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	if _, err := fmt.Fprintf(stdout, "listening on http://%s\n", ln.Addr()); err != nil {
		_ = srv.Close()
		return fmt.Errorf("write address: %w", err)
	}

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}
