package gauth

import (
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// gauthClientIDPattern is a GAuth client_id that can travel as a path segment
// (/auth/v3/ops/clients/{client_id}) and in a Basic credential unchanged: no "/", "?", "#" or
// "%" (which would split or re-encode the path), no ":" (which ends the id in Basic
// credentials), no spaces or control characters.
var gauthClientIDPattern = regexp.MustCompile(`^[^/?#%:\s\x00-\x1f\x7f]+$`)

func gauthClientIDValidator() validator.String {
	return stringvalidator.RegexMatches(gauthClientIDPattern,
		`must not contain "/", "?", "#", "%", ":", spaces or control characters`)
}
