// Command terraform-provider-genesys serves the Genesys Terraform provider over the plugin protocol.
package main

import (
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6/tf6server"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

// Documentation: `make docs` runs these through `go generate`. tfplugindocs reads the provider schema
// with the terraform CLI and would download one when none is on PATH; the first line refuses instead.
//go:generate sh -c "command -v terraform >/dev/null || { echo 'go generate: terraform must be on PATH to render docs/' >&2; exit 1; }"
//go:generate go tool tfplugindocs generate --provider-name genesys

// version is set by the release build through -ldflags "-X main.version=...".
var version = "dev"

func main() {
	tuneGC()
	var debug bool
	flag.BoolVar(&debug, "debug", false, "start the provider with support for debuggers like delve")
	flag.Parse()

	var opts []tf6server.ServeOpt
	if debug {
		opts = append(opts, tf6server.WithManagedDebug())
	} else {
		protocol.MuteUnreadLogs("TF_LOG_PROVIDER_GENESYS") // tf6server's name for the address below
	}
	// protocol.NewServer rather than providerserver.Serve: it keeps the memory of a large run flat.
	if err := tf6server.Serve("registry.terraform.io/ccaas-tf/genesys", protocol.NewServer(provider.New(version)), opts...); err != nil {
		log.Fatal(err.Error())
	}
}
