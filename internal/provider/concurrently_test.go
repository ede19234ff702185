package provider

import (
	"sync"
	"testing"
)

// runConcurrently runs one subtest of t per name, all at the same time, and returns when all have
// ended. The subtests do not take parallel-test slots (they do not call t.Parallel): tests whose
// subtests wait for each other at a barrier would otherwise deadlock when other parallel tests hold
// the slots (go test -parallel defaults to the number of cores).
func runConcurrently(t *testing.T, names []string, run func(t *testing.T, name string)) {
	t.Helper()
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Go(func() {
			t.Run(name, func(t *testing.T) { run(t, name) })
		})
	}
	wg.Wait()
}
