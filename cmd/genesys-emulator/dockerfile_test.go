package main

import (
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDockerfileBuildsWhatTheModuleNeeds keeps the image definition in step with the module
// without building it: its Go image is the go.mod toolchain's release, and its default command
// line is one the emulator accepts, listening on every interface on the port it exposes.
func TestDockerfileBuildsWhatTheModuleNeeds(t *testing.T) {
	dockerfile, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	goVersion := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(gomod)
	image := regexp.MustCompile(`(?m)^FROM golang:(\d+\.\d+)\S* AS build$`).FindSubmatch(dockerfile)
	if goVersion == nil || image == nil {
		t.Fatalf("go.mod go directive %q or Dockerfile build stage %q not found", goVersion, image)
	}
	if string(image[1]) != string(goVersion[1]) {
		t.Errorf("the Dockerfile builds with Go %s, go.mod needs %s", image[1], goVersion[1])
	}

	cmdLine := regexp.MustCompile(`(?m)^CMD (\[.*\])$`).FindSubmatch(dockerfile)
	expose := regexp.MustCompile(`(?m)^EXPOSE (\d+)$`).FindSubmatch(dockerfile)
	if cmdLine == nil || expose == nil {
		t.Fatal("the Dockerfile has no CMD [...] or EXPOSE line")
	}
	var args []string
	if err := json.Unmarshal(cmdLine[1], &args); err != nil {
		t.Fatalf("CMD: %v", err)
	}
	c, err := parseFlags(args, io.Discard)
	if err != nil {
		t.Fatalf("the emulator refuses the image's command line %q: %v", args, err)
	}
	host, port, err := net.SplitHostPort(c.addr)
	if err != nil || port != string(expose[1]) || !net.ParseIP(host).IsUnspecified() {
		t.Errorf("the image listens on %q, want every interface on the exposed port %s", c.addr, expose[1])
	}
	if !strings.Contains(string(dockerfile), "go build -trimpath -o /genesys-emulator ./cmd/genesys-emulator") {
		t.Error("the Dockerfile does not build ./cmd/genesys-emulator into /genesys-emulator")
	}
}
