package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// sampleEvery is how often the provider processes are sampled during a command.
const sampleEvery = 20 * time.Millisecond

// providerBinary is the file name terraform looks for in the dev-override directory.
const providerBinary = "terraform-provider-genesys"

// terraformRunner runs the terraform CLI in one directory against the locally built provider.
type terraformRunner struct {
	terraform string
	dir       string
	provider  string // the provider binary, to recognise the processes terraform starts
	env       []string
}

// newTerraform writes the configuration and a dev-override CLI configuration into dir, so that
// terraform uses bin's provider without a registry or `terraform init`.
func newTerraform(terraform, bin, dir string, spec configSpec) (*terraformRunner, error) {
	config, err := os.Create(filepath.Join(dir, "main.tf")) //nolint:gosec // G304: the benchmark's own work directory
	if err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	if err := writeConfig(config, spec); err != nil {
		_ = config.Close()
		return nil, err
	}
	if err := config.Close(); err != nil {
		return nil, fmt.Errorf("configuration: %w", err)
	}
	rc := filepath.Join(dir, "terraformrc")
	cli := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n  }\n  direct {}\n}\n",
		"registry.terraform.io/ccaas-tf/genesys", bin)
	if err := os.WriteFile(rc, []byte(cli), 0o600); err != nil {
		return nil, fmt.Errorf("CLI configuration: %w", err)
	}
	provider, err := filepath.EvalSymlinks(filepath.Join(bin, providerBinary))
	if err != nil {
		return nil, fmt.Errorf("provider binary (run make build first): %w", err)
	}
	return &terraformRunner{
		terraform: terraform,
		dir:       dir,
		provider:  provider,
		env:       append(os.Environ(), "TF_CLI_CONFIG_FILE="+rc, "TF_IN_AUTOMATION=1", "CHECKPOINT_DISABLE=1"),
	}, nil
}

// phaseRun is what running one command measured.
type phaseRun struct {
	wall      time.Duration
	peakRSS   int64 // bytes, the most any provider process held; 0 when unknown
	processes int   // provider processes seen
	// cpu is the CPU time of terraform's children, the provider processes; cpuKnown is false
	// without /proc. sampledCPU is what sampling saw of them while they ran, a lower bound.
	cpu        time.Duration
	cpuKnown   bool
	sampledCPU time.Duration
}

// args are the terraform arguments of each phase. Parallelism is left at terraform's default (10).
var args = map[phase][]string{
	phaseApply:         {"apply", "-auto-approve", "-input=false", "-no-color"},
	phasePlan:          {"plan", "-detailed-exitcode", "-input=false", "-no-color"},
	phasePlanNoRefresh: {"plan", "-refresh=false", "-detailed-exitcode", "-input=false", "-no-color"},
	phaseDestroy:       {"destroy", "-auto-approve", "-input=false", "-no-color"},
}

// run runs a phase's command, its output going to dir/<phase>.log, while sampling the memory and
// CPU of the provider processes terraform starts.
func (t *terraformRunner) run(ctx context.Context, ph phase) (phaseRun, error) {
	logPath := filepath.Join(t.dir, string(ph)+".log")
	output, err := os.Create(logPath) //nolint:gosec // G304: the benchmark's own work directory
	if err != nil {
		return phaseRun{}, fmt.Errorf("%s log: %w", ph, err)
	}
	defer func() { _ = output.Close() }()
	cmd := exec.CommandContext(ctx, t.terraform, append([]string{"-chdir=" + t.dir}, args[ph]...)...) //nolint:gosec // the operator's own terraform
	cmd.Env, cmd.Stdout, cmd.Stderr = t.env, output, output

	watch := watchProcesses(t.provider, sampleEvery)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		watch.finish()
		return phaseRun{}, fmt.Errorf("terraform %s: %w", ph, err)
	}
	children, cpuKnown, err := waitCommand(cmd)
	wall := time.Since(start)
	seen := watch.finish()

	var exit *exec.ExitError
	switch {
	case ph.isPlan() && errors.As(err, &exit) && exit.ExitCode() == 2:
		return phaseRun{}, fmt.Errorf("the plan after the apply proposed changes; see %s", logPath)
	case err != nil:
		return phaseRun{}, fmt.Errorf("terraform %s: %w; see %s", ph, err, logPath)
	}
	return phaseRun{
		wall: wall, peakRSS: seen.peakRSS, processes: seen.processes,
		cpu: children.children, cpuKnown: cpuKnown, sampledCPU: seen.cpu,
	}, nil
}
