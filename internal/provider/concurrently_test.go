package provider

import (
	"os"
	"sync"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// runConcurrently runs one subtest of t per name, all at the same time, and returns when all have
// ended. Without TF_ACC it skips t itself: resource.Test would skip only the subtests, and t's own
// checks of what they did would then fail. The subtests do not take parallel-test slots (they do not call t.Parallel): tests whose
// subtests wait for each other at a barrier would otherwise deadlock when other parallel tests hold
// the slots (go test -parallel defaults to the number of cores).
func runConcurrently(t *testing.T, names []string, run func(t *testing.T, name string)) {
	t.Helper()
	if os.Getenv(resource.EnvTfAcc) == "" {
		t.Skipf("acceptance test: set %s=1", resource.EnvTfAcc)
	}
	var wg sync.WaitGroup
	for _, name := range names {
		wg.Go(func() {
			t.Run(name, func(t *testing.T) { run(t, name) })
		})
	}
	wg.Wait()
}
