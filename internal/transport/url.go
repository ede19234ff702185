package transport

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// ValidateURL parses raw as the base of an API or token endpoint and refuses anything that
// would send credentials in clear text: the scheme must be https, or http to a loopback host
// (127.0.0.0/8, ::1, localhost and *.localhost), which is how the emulator is reached.
func ValidateURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("invalid URL %q: %w", raw, err)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("invalid URL %q: expected scheme and host, e.g. https://api.mypurecloud.com", raw)
	}
	switch u.Scheme {
	case "https":
		return u, nil
	case "http":
		if isLoopback(u.Hostname()) {
			return u, nil
		}
		return nil, fmt.Errorf("refusing plain http to %q: credentials would travel unencrypted; use https (http is allowed only to a loopback address)", u.Host)
	default:
		return nil, fmt.Errorf("invalid URL %q: scheme must be https", raw)
	}
}

func isLoopback(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
