package kit

import "strings"

// Permissions lists Genesys Cloud permissions as schema docs show them: "`a`, `b`". Each area
// declares the permissions its calls need as constants, used both here and at the call sites, so
// the docs cannot name another permission than a 403 does.
func Permissions(names ...string) string {
	return "`" + strings.Join(names, "`, `") + "`"
}
