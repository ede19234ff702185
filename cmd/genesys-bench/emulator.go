package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// emulatorStartTimeout bounds the wait for the emulator's "listening on" line.
const emulatorStartTimeout = 10 * time.Second

// emulatorProcess is a genesys-emulator the benchmark started.
type emulatorProcess struct {
	cmd    *exec.Cmd
	url    string
	output *os.File
}

// emulatorSettings are the emulator's rate limits.
type emulatorSettings struct {
	rateLimit int  // requests per minute per token; 0 = none
	perClient bool // count rateLimit per OAuth client over all its tokens instead
}

func (e emulatorSettings) String() string {
	switch {
	case e.rateLimit == 0:
		return "none"
	case e.perClient:
		return fmt.Sprintf("%d per minute per OAuth client (over all its tokens)", e.rateLimit)
	}
	return fmt.Sprintf("%d per minute per token", e.rateLimit)
}

// startEmulator starts bin/genesys-emulator on a free loopback port, its output going to
// dir/emulator.log, and waits for the address it prints first.
func startEmulator(ctx context.Context, bin string, settings emulatorSettings, dir string) (*emulatorProcess, error) {
	logFile, err := os.Create(filepath.Join(dir, "emulator.log")) //nolint:gosec // G304: the benchmark's own work directory
	if err != nil {
		return nil, fmt.Errorf("emulator log: %w", err)
	}
	// The generated configuration grants each new role to a new client with the bootstrap client's
	// token, which a real org refuses unless that client holds the role (the role-holding rule).
	// The benchmark measures throughput, not that rule, so the emulator lets such grants through.
	args := []string{"-addr", "127.0.0.1:0", "-rate-limit", strconv.Itoa(settings.rateLimit), "-allow-unheld-role-grants"}
	if settings.perClient {
		args = append(args, "-rate-limit-per-client")
	}
	cmd := exec.CommandContext(ctx, filepath.Join(bin, "genesys-emulator"), args...) //nolint:gosec // the benchmark's own build output
	first := make(chan string, 1)
	cmd.Stdout = &firstLineWriter{w: logFile, first: first}
	cmd.Stderr = logFile
	if err := cmd.Start(); err != nil {
		_ = logFile.Close()
		return nil, fmt.Errorf("start genesys-emulator (run make build first): %w", err)
	}
	e := &emulatorProcess{cmd: cmd, output: logFile}

	select {
	case line := <-first:
		if url, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on "); ok {
			e.url = url
			return e, nil
		}
		e.stop()
		return nil, fmt.Errorf("genesys-emulator did not start (first line %q); see %s", line, logFile.Name())
	case <-time.After(emulatorStartTimeout):
		e.stop()
		return nil, fmt.Errorf("genesys-emulator printed no address within %s", emulatorStartTimeout)
	}
}

// firstLineWriter passes the emulator's standard output on to w and sends its first line on first.
type firstLineWriter struct {
	w     io.Writer
	first chan<- string // buffered: receives one line
	buf   []byte
	sent  bool
}

func (f *firstLineWriter) Write(p []byte) (int, error) {
	if !f.sent {
		f.buf = append(f.buf, p...)
		if line, _, found := bytes.Cut(f.buf, []byte("\n")); found {
			f.first <- string(line)
			f.sent, f.buf = true, nil
		}
	}
	return f.w.Write(p)
}

// stats reads the emulator's request counters.
func (e *emulatorProcess) stats(ctx context.Context) (emulator.Stats, error) {
	var st emulator.Stats
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, e.url+"/__emulator/stats", nil)
	if err != nil {
		return st, fmt.Errorf("emulator stats: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return st, fmt.Errorf("emulator stats: %w", err)
	}
	defer func() { _ = resp.Body.Close() }()
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("emulator stats: HTTP %d", resp.StatusCode)
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return st, fmt.Errorf("emulator stats: %w", err)
	}
	return st, nil
}

// stop asks the emulator to stop (it shuts down cleanly on an interrupt) and waits for it.
func (e *emulatorProcess) stop() {
	if err := e.cmd.Process.Signal(os.Interrupt); err != nil {
		_ = e.cmd.Process.Kill()
	}
	_ = e.cmd.Wait()
	_ = e.output.Close()
}
