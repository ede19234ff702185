package authorization

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Concurrent plans share one catalogue read, and a failed read is not repeated for every role.
func TestCatalogueCacheReadsOnce(t *testing.T) {
	for _, fail := range []bool{false, true} {
		var reads atomic.Int32
		c := &catalogueCache{read: func(context.Context) (*genesyscloud.PermissionCatalogue, error) {
			reads.Add(1)
			if fail {
				return nil, errors.New("unavailable")
			}
			return genesyscloud.NewPermissionCatalogue(nil), nil
		}}
		var wg sync.WaitGroup
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				pc, err := c.get(context.Background())
				if (err != nil) != fail || (pc == nil) != fail {
					t.Errorf("get = %v, %v with fail=%v", pc, err, fail)
				}
			}()
		}
		wg.Wait()
		if n := reads.Load(); n != 1 {
			t.Errorf("fail=%v: %d catalogue reads, want 1", fail, n)
		}
	}
}
