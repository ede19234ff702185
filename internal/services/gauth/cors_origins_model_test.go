package gauth

import (
	"testing"
)

func TestIsCORSOrigin(t *testing.T) {
	t.Parallel()
	for origin, want := range map[string]bool{
		"https://wwe.example.com":       true,
		"http://localhost:8080":         true,
		"http://[::1]:8080":             true,
		"https://wwe.example.com/":      false,
		"https://wwe.example.com/path":  false,
		"https://wwe.example.com#top":   false,
		"https://wwe.example.com?":      false,
		"https://user@wwe.example.com":  false,
		"HTTPS://wwe.example.com":       false,
		"https://wwe.example.com:":      false,
		"https://wwe.example.com:0":     false,
		"https://a.example.com,b.com":   false,
		"wwe.example.com":               false,
		"https://":                      false,
		"https://wwe.example.com:65535": true,
	} {
		if got := isCORSOrigin(origin); got != want {
			t.Errorf("isCORSOrigin(%q) = %v, want %v", origin, got, want)
		}
	}
}
