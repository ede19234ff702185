// Command genesys-bench measures the provider at scale: it generates a configuration of many
// objects, starts genesys-emulator, drives the real terraform CLI against the locally built
// provider (through a dev-override CLI configuration, as demo/run.sh does) and prints, for each
// phase, the API requests by kind and by token, token requests, 429 answers, wall time, and the
// provider processes' peak memory and CPU time. `make bench` runs it; see README.md, "Benchmarks".
//
//	go run ./cmd/genesys-bench -bin ./bin -n 1000 -scenario full
//
// Terraform runs with its default parallelism (10). Scenarios other than full check targets and
// exit with status 1 when one is missed; each sets the emulator's limits and the provider's
// throughput settings itself, and scenarios of one invocation share the runs they have in common.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errTargetMissed):
		os.Exit(1)
	case err != nil:
		fmt.Fprintln(os.Stderr, "genesys-bench:", err)
		os.Exit(1)
	}
}

// options is the parsed command line.
type options struct {
	n           int    // roles and OAuth clients of the full scenario
	scenario    string // a scenarios key, or "targets" for every scenario with a target
	rateLimit   int    // the full scenario: requests per minute per token the emulator enforces; 0 = none
	perClient   bool   // the full scenario: the emulator counts rateLimit per OAuth client instead
	cloudBudget int    // the full scenario: the provider's cloud.max_requests_per_minute; -1 = the provider's default
	maxTokens   int    // the full scenario: the provider's cloud.max_tokens; 0 = the provider's default
	bin         string // directory holding terraform-provider-genesys and genesys-emulator
	terraform   string // the terraform CLI
	workDir     string // where configurations, state and logs go; "" = a new temporary directory
	keep        bool   // keep workDir afterwards
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("genesys-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := options{}
	terraform := os.Getenv("TF_ACC_TERRAFORM_PATH")
	if terraform == "" {
		terraform = "terraform"
	}
	fs.IntVar(&o.n, "n", 100, "roles and OAuth clients of the full scenario (and n/10 GAuth environments, contact centers, data centers, CORS settings)")
	fs.StringVar(&o.scenario, "scenario", "full", "full, noop, ratelimit, unlimited, perclient, cpu, memory, or targets (all but full, in turn)")
	fs.IntVar(&o.rateLimit, "rate-limit", 0, "full scenario: requests per minute per token the emulator enforces (0 = none)")
	fs.BoolVar(&o.perClient, "rate-limit-per-client", false, "full scenario: the emulator counts -rate-limit per OAuth client over all its tokens")
	fs.IntVar(&o.cloudBudget, "cloud-budget", -1, "full scenario: the provider's cloud max_requests_per_minute (-1 = the provider's default, 0 = none)")
	fs.IntVar(&o.maxTokens, "max-tokens", 0, "full scenario: the provider's cloud max_tokens (0 = the provider's default)")
	fs.StringVar(&o.bin, "bin", "bin", "directory holding the built terraform-provider-genesys and genesys-emulator (make build)")
	fs.StringVar(&o.terraform, "terraform", terraform, "the terraform CLI (default $TF_ACC_TERRAFORM_PATH or terraform on PATH)")
	fs.StringVar(&o.workDir, "work-dir", "", "directory for configurations, state and logs (default a new temporary directory)")
	fs.BoolVar(&o.keep, "keep", false, "keep the work directory (always kept when -work-dir is given)")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.n < 1 || o.rateLimit < 0 || o.cloudBudget < -1 || o.maxTokens < 0 {
		return options{}, errors.New("-n must be positive, -rate-limit and -max-tokens not negative, -cloud-budget -1 or more")
	}
	if _, ok := scenarios(o)[o.scenario]; !ok && o.scenario != "targets" {
		return options{}, fmt.Errorf("unknown scenario %q: use full, noop, ratelimit, unlimited, perclient, cpu, memory or targets", o.scenario)
	}
	return o, nil
}

// errTargetMissed is returned when a scenario ran but missed its target (already reported).
var errTargetMissed = errors.New("a target was missed")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	bin, err := filepath.Abs(o.bin)
	if err != nil {
		return fmt.Errorf("bin directory: %w", err)
	}
	work := o.workDir
	if work == "" {
		if work, err = os.MkdirTemp("", "genesys-bench-"); err != nil {
			return fmt.Errorf("work directory: %w", err)
		}
		// Kept after a failure: its logs say what went wrong.
		defer func() {
			if err == nil && !o.keep {
				_ = os.RemoveAll(work)
			}
		}()
	}

	names := []string{o.scenario}
	if o.scenario == "targets" {
		names = targetScenarios
	}
	out := &printer{w: stdout}
	done := runResults{}
	var judged []scenarioTargets
	for _, name := range names {
		sc := scenarios(o)[name]
		out.printf("\n### scenario %s: %s\n", sc.name, sc.about)
		for _, r := range sc.runs {
			if _, ok := done[r.name]; ok {
				out.printf("\n#### run %s: measured above\n", r.name)
				continue
			}
			dir := filepath.Join(work, r.name)
			results, err := runBench(ctx, r, o, bin, dir, out)
			if err != nil {
				return fmt.Errorf("scenario %s, run %s (files in %s): %w", name, r.name, dir, err)
			}
			done[r.name] = results
		}
		out.printf("\n")
		if sc.notes != nil {
			for _, note := range sc.notes(done) {
				out.printf("note: %s\n", note)
			}
		}
		if sc.targets != nil {
			judged = append(judged, scenarioTargets{scenario: name, targets: sc.targets(done)})
			out.targets(judged[len(judged)-1].targets)
		}
	}
	missed := out.allTargets(judged)
	switch {
	case out.err != nil:
		return fmt.Errorf("write the report: %w", out.err)
	case missed:
		return errTargetMissed
	}
	return nil
}
