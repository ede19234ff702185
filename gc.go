package main

import (
	"os"
	"runtime/debug"
)

// The garbage collector's pace, unless GOGC or GOMEMLIMIT set it. A provider process lives for
// one Terraform walk and keeps little alive: a few MB of schemas, clients and caches. At Go's
// default (GOGC=100) the heap then never grows past twice that, and a plan of a few hundred
// resources spent about half of the provider's CPU collecting garbage. Letting the heap grow to
// five times what is alive cuts that by as much, and the soft limit keeps the process within the
// memory a large run had before (README.md, "Benchmarks": the memory scenario).
const (
	gcPercent   = 400
	memoryLimit = 32 << 20 // bytes of Go-managed memory, the binary and its mappings aside
)

// tuneGC sets the pace above where the environment does not.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit)
	}
}
