package oauth

import (
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// cloudScopePattern is a Genesys Cloud OAuth scope as the developer documentation lists them: a
// lower-case name such as "users" or "user-basic-info", optionally ":readonly". The pattern is
// ours, from that list.
var cloudScopePattern = regexp.MustCompile(`^[a-z][a-z0-9-]*(:readonly)?$`)

func cloudScopeValidator() validator.String {
	return stringvalidator.RegexMatches(cloudScopePattern, `must be a Genesys Cloud scope such as "users" or "users:readonly"`)
}
