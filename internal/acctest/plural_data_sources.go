package acctest

import (
	"fmt"
	"regexp"
)

// The plural data sources (genesys_cloud_roles, genesys_cloud_oauth_clients) filter alike by
// name_prefix; their tests seed objects named "Partner ..." and read the same listings of them.

// PrefixListingsConfig is env's provider block and the data sources of type dataSource that the
// test of every plural data source reads: "all" with no filter, "partner" with the prefix
// "Partner " of the objects it seeds, and "none" with that prefix in lower case, which lists
// nothing, as prefixes are case-sensitive; more adds the type's own.
func PrefixListingsConfig(env *Env, dataSource, more string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
data %[1]q "all" {}
data %[1]q "partner" {
  name_prefix = "Partner "
}
data %[1]q "none" {
  name_prefix = "partner" # case-sensitive
}
`, dataSource) + more
}

// EmptyNamePrefixCase is the plan error of a plural data source (dataSource, such as
// "genesys_cloud_roles") given an empty name_prefix, which every one of them refuses alike.
func EmptyNamePrefixCase(env *Env, dataSource string) PlanErrorCase {
	return PlanErrorCase{
		Name:   "empty name_prefix",
		Config: env.ProviderConfig() + fmt.Sprintf(`data %q "x" { name_prefix = "" }`, dataSource),
		Want:   regexp.MustCompile(`(?s)Invalid Attribute Value Length.*name_prefix`),
	}
}
