package transport

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestRedactJSONAtAnyDepth(t *testing.T) {
	in := `{
		"client_secret": "s-1",
		"name": "visible-name",
		"count": 12345678901234567890,
		"nested": {
			"password": "s-2",
			"list": [{"access_token": "s-3"}, {"label": "visible-label"}],
			"deeper": [[{"Encrypted_Client_Secret": "s-4"}]]
		},
		"refresh_token": {"value": "s-5"},
		"opsPassword": ["s-6"],
		"secret": "s-7"
	}`

	out := string(RedactJSON([]byte(in)))

	for _, secret := range []string{"s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7"} {
		if strings.Contains(out, secret) {
			t.Errorf("redacted JSON still contains %q: %s", secret, out)
		}
	}
	for _, keep := range []string{"visible-name", "visible-label", "12345678901234567890", `"client_secret":"REDACTED"`} {
		if !strings.Contains(out, keep) {
			t.Errorf("redacted JSON lost %q: %s", keep, out)
		}
	}
	if !json.Valid([]byte(out)) {
		t.Errorf("redacted output is not JSON: %s", out)
	}
}

func TestRedactJSONDoesNotPassThroughInvalidJSON(t *testing.T) {
	for _, in := range []string{`{"password":"s-1"`, `{"a":1} {"password":"s-1"}`, `password=s-1`} {
		if out := string(RedactJSON([]byte(in))); strings.Contains(out, "s-1") {
			t.Errorf("RedactJSON(%q) = %q, leaks the secret", in, out)
		}
	}
	if out := RedactJSON(nil); len(out) != 0 {
		t.Errorf("RedactJSON(nil) = %q, want empty", out)
	}
}

func TestRedactForm(t *testing.T) {
	out := redactForm("grant_type=client_credentials&client_secret=s-1&password=s-2&refresh_token=s-3&username=u")
	values, err := url.ParseQuery(out)
	if err != nil {
		t.Fatalf("redacted form does not parse: %v", err)
	}
	want := url.Values{
		"grant_type":    {"client_credentials"},
		"client_secret": {redacted},
		"password":      {redacted},
		"refresh_token": {redacted},
		"username":      {"u"},
	}
	if values.Encode() != want.Encode() {
		t.Errorf("redactForm = %s, want %s", values.Encode(), want.Encode())
	}
}

func TestRedactBodyChoosesByContentTypeOrShape(t *testing.T) {
	cases := []struct {
		contentType, body, leak string
	}{
		{"application/json; charset=utf-8", `{"secret":"s-1"}`, "s-1"},
		{"text/plain", ` {"secret":"s-2"}`, "s-2"}, // JSON sent with the wrong content type
		{"application/x-www-form-urlencoded", "password=s-3", "s-3"},
	}
	for _, tc := range cases {
		if out := redactBody(tc.contentType, []byte(tc.body)); strings.Contains(out, tc.leak) {
			t.Errorf("redactBody(%q, %q) = %q, leaks %q", tc.contentType, tc.body, out, tc.leak)
		}
	}
	if out := redactBody("text/html", []byte("<p>gateway timeout</p>")); out != "<p>gateway timeout</p>" {
		t.Errorf("HTML error page logged as %q, want it unchanged", out)
	}
}

func TestRedactHeaders(t *testing.T) {
	h := http.Header{}
	h.Set("Authorization", "Bearer s-1")
	h.Set("Proxy-Authorization", "Basic s-2")
	h.Set("X-Auth-Token", "s-3")
	h.Set("Cookie", "session=s-4")
	h.Set("ININ-Correlation-Id", "c-1")

	out := redactHeaders(h)

	for _, name := range []string{"Authorization", "Proxy-Authorization", "X-Auth-Token", "Cookie"} {
		if out[name] != redacted {
			t.Errorf("header %s = %q, want %s", name, out[name], redacted)
		}
	}
	if out["Inin-Correlation-Id"] != "c-1" {
		t.Errorf("correlation header = %q, want it kept", out["Inin-Correlation-Id"])
	}
	if h.Get("Authorization") != "Bearer s-1" {
		t.Error("redactHeaders modified the request's headers")
	}
}
