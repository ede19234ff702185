package kit

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// Plan-time checks of values the APIs would refuse, or store in a form that breaks later calls:
// they fail at plan, at the attribute, without an API call.

// MaxNameLength is the longest name accepted for roles, OAuth clients and GAuth objects. Neither
// API documents a limit; 255 characters is ours, the common column size behind such names.
const MaxNameLength = 255

// maxTimeoutSeconds is the largest GAuth timeout: GAuth is a Java service whose token lifetimes
// are int seconds (DefaultOAuth2AccessToken.expires_in), so a larger value overflows. The bound
// is ours, from that type.
const maxTimeoutSeconds = 1<<31 - 1

// NameValidators check a name: not empty, not only spaces, no control characters, at most
// maxNameLength characters.
func NameValidators() []validator.String {
	return []validator.String{stringvalidator.LengthBetween(1, MaxNameLength), nameValidator}
}

// TimeoutValidator bounds a GAuth timeout in seconds.
func TimeoutValidator() validator.Int64 { return int64validator.Between(1, maxTimeoutSeconds) }

// nameValidator refuses a name made of spaces only, or holding control characters (a newline,
// a tab): the API stores them, and every list, search and screen shows them garbled.
var nameValidator = StringCheck{
	Rule: "must not be blank or contain control characters",
	Check: func(raw string) (string, string) {
		switch {
		case raw != "" && strings.TrimSpace(raw) == "":
			return "Blank Name", "The name is only spaces; give it visible characters."
		case strings.IndexFunc(raw, unicode.IsControl) >= 0:
			return "Control Character in Name", fmt.Sprintf("%q holds a control character (such as a newline or a tab); remove it.", raw)
		}
		return "", ""
	},
}

// RedirectURIValidator accepts what OAuth allows as a redirect URI: an absolute http or https URL
// with a host and no fragment (RFC 6749 section 3.1.2). Both APIs compare redirect URIs literally,
// so anything else could never match a login's.
var RedirectURIValidator = StringCheck{
	Rule: redirectURIRule,
	Check: func(raw string) (string, string) {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" || strings.Contains(raw, "#") {
			return "Invalid Redirect URI", fmt.Sprintf("%q %s, such as https://wwe.example.com/callback.", raw, redirectURIRule)
		}
		return "", ""
	},
}

const redirectURIRule = "must be an absolute http or https URL with a host and no fragment"
