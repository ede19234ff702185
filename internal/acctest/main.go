// Package acctest is what the acceptance tests of every area share: the test environment (an
// in-process emulator, or a real org with GENESYS_ACC_REAL_ORG), the provider factories,
// PreCheck, prefixed random names and the sweepers that delete them, configurations and checks of
// the objects.
package acctest

import (
	"os"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// ProviderFactories serve the provider in-process to the terraform CLI the tests drive, through
// the server main serves; Main sets them.
var ProviderFactories map[string]func() (tfprotov6.ProviderServer, error)

// Main runs the tests of a package against server (protocol.NewServer of the provider): call it
// from the package's TestMain. acctest cannot import the provider itself, whose area packages'
// tests import acctest.
func Main(m *testing.M, server func() tfprotov6.ProviderServer) {
	ProviderFactories = map[string]func() (tfprotov6.ProviderServer, error){
		"genesys": func() (tfprotov6.ProviderServer, error) { return server(), nil },
	}
	// The tests serve the provider in-process and need no registry; an empty CLI configuration
	// spares every terraform run the warning about a missing one.
	if os.Getenv("TF_CLI_CONFIG_FILE") == "" {
		_ = os.Setenv("TF_CLI_CONFIG_FILE", os.DevNull)
	}
	// Long enough for the emulator's visibility lag, short enough for the tests whose ambiguous
	// creates made nothing.
	kit.CreateLookupWindow = 4 * time.Second
	takeProviderVariables()
	// With -sweep the sweepers run instead of the tests (see addSweepers).
	addSweepers()
	resource.TestMain(m)
}
