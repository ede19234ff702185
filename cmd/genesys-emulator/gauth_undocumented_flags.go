package main

import (
	"flag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// addGAuthUndocumentedFlags registers the flags of the GAuth routes and semantics no public
// source documents: by default the emulator takes the reading that breaks a careless client.
func addGAuthUndocumentedFlags(fs *flag.FlagSet, o *emulator.Options) {
	fs.BoolVar(&o.MergeEnvironmentPut, "gauth-merge-environment-put", false,
		"make a GAuth environment PUT merge the fields it sends; by default it replaces the environment, so a PUT without the password clears it")
	fs.BoolVar(&o.UndocumentedRoutesMissing, "gauth-undocumented-routes-missing", false,
		"answer 404 to the undocumented GAuth DELETE routes (environments, contact centers, settings, data centers) and delete nothing")
}
