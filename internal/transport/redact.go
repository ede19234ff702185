package transport

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// redacted replaces every sensitive value in logs.
const redacted = "REDACTED"

// sensitiveKeyParts are the fragments that mark a JSON key, form field or header as secret.
// Matching on fragments covers access_token, refresh_token, client_secret,
// encrypted_client_secret, ops passwords and whatever a future API adds under a similar name.
var sensitiveKeyParts = []string{"secret", "password", "token"}

// sensitiveHeaders carry credentials without a telltale name.
var sensitiveHeaders = map[string]bool{
	"Authorization":       true,
	"Proxy-Authorization": true,
	"Cookie":              true,
	"Set-Cookie":          true,
}

func isSensitiveKey(key string) bool {
	k := strings.ToLower(key)
	for _, part := range sensitiveKeyParts {
		if strings.Contains(k, part) {
			return true
		}
	}
	return false
}

// RedactJSON returns body with the value of every object key whose name contains secret,
// password or token replaced by "REDACTED", at any depth. A body that is not valid JSON is
// replaced as a whole: logging it unparsed could leak exactly what redaction is for.
func RedactJSON(body []byte) []byte {
	if len(bytes.TrimSpace(body)) == 0 {
		return body
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber() // keep numbers exactly as sent
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return []byte(`"` + redacted + ` (body is not valid JSON)"`)
	}
	out, err := json.Marshal(redactValue(v))
	if err != nil {
		return []byte(`"` + redacted + `"`)
	}
	return out
}

func redactValue(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, val := range t {
			if isSensitiveKey(k) {
				t[k] = redacted
				continue
			}
			t[k] = redactValue(val)
		}
	case []any:
		for i, val := range t {
			t[i] = redactValue(val)
		}
	}
	return v
}

// redactForm redacts an application/x-www-form-urlencoded body or a query string.
func redactForm(raw string) string {
	values, err := url.ParseQuery(raw)
	if err != nil {
		return redacted + " (body is not a valid form)"
	}
	for k := range values {
		if isSensitiveKey(k) {
			values[k] = []string{redacted}
		}
	}
	return values.Encode()
}

// redactBody redacts a body for logging according to its content type, or its first character
// when a server labels JSON wrongly. Bodies that are neither JSON nor forms (an HTML error page
// from a proxy) are logged as they are.
func redactBody(contentType string, body []byte) string {
	trimmed := bytes.TrimSpace(body)
	switch {
	case len(trimmed) == 0:
		return ""
	case strings.Contains(contentType, "json"), trimmed[0] == '{', trimmed[0] == '[':
		return string(RedactJSON(body))
	case strings.Contains(contentType, "x-www-form-urlencoded"):
		return redactForm(string(body))
	default:
		return string(body)
	}
}

// redactHeaders returns a copy of h fit for logging.
func redactHeaders(h http.Header) map[string]string {
	out := make(map[string]string, len(h))
	for k, v := range h {
		if sensitiveHeaders[http.CanonicalHeaderKey(k)] || isSensitiveKey(k) {
			out[k] = redacted
			continue
		}
		out[k] = strings.Join(v, ", ")
	}
	return out
}
