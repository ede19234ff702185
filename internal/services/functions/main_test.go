package functions_test

import (
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

// The functions need no org, but the provider reads its settings from the environment: Main clears
// a developer's credentials, so the tests see the provider as a user without them would.
func TestMain(m *testing.M) { acctest.Main(m, protocol.NewServer(provider.New("test"))) }
