package gauth

import (
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// What the GAuth resources share: identifiers, locations and secrets.

// uuidPattern is a caller-chosen GAuth id (environment, contact center): a UUID, as the
// provisioning guide uses.
var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// gauthLocationPattern is a Genesys Multicloud CX location (region) path: "/" alone means every
// region, "/USW1" one region.
var gauthLocationPattern = regexp.MustCompile(`^/\S*$`)

// gauthLocationValidator rejects at plan time a location GAuth would refuse at apply time.
func gauthLocationValidator() validator.String {
	return stringvalidator.RegexMatches(gauthLocationPattern, `must start with "/" and contain no spaces, such as /USW1`)
}
