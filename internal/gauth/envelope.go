package gauth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// request is the write envelope: every POST and PUT body is {"data": ...}.
type request struct {
	Data any `json:"data"`
}

// envelope is GAuth's response envelope (ApiResponse).
type envelope struct {
	Status status          `json:"status"`
	Data   json.RawMessage `json:"data"`
	Path   string          `json:"path"` // on create: the new object's path, e.g. /environments/<id>
	Errors []struct {
		Status status `json:"status"`
	} `json:"errors"`
}

// status is the envelope's outcome: code 0 is success, anything else a failure.
type status struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Detail  json.RawMessage `json:"detail"`
}

// errNoData reports a successful answer that lacks the data the call expects.
var errNoData = errors.New("GAuth answered without data")

// decodeData decodes the envelope's data into out.
func (e *envelope) decodeData(out any) error {
	if len(e.Data) == 0 || string(e.Data) == "null" {
		return errNoData
	}
	if err := json.Unmarshal(e.Data, out); err != nil {
		return fmt.Errorf("decoding GAuth data: %w", err)
	}
	return nil
}

// message is the most specific text the envelope carries about a failure: the status message
// (or the first nested error's), followed by the detail object when there is one.
func (e *envelope) message() string {
	msg := e.Status.Message
	for _, sub := range e.Errors {
		if msg != "" {
			break
		}
		msg = sub.Status.Message
	}
	if detail := bytes.TrimSpace(e.Status.Detail); len(detail) > 0 && !bytes.Equal(detail, []byte("null")) && !bytes.Equal(detail, []byte("{}")) {
		msg = strings.TrimSpace(msg + " (detail: " + string(detail) + ")")
	}
	return msg
}

// statusError turns a 2xx answer whose status.code is not 0 into an API error. Clients in the
// wild check only status.code, so GAuth may well say "not found" with HTTP 200: code 6 is
// reported as a 404 so that transport.IsNotFound holds whatever the HTTP status was.
func statusError(method, path string, resp *transport.Response, env *envelope) *transport.APIError {
	apiErr := &transport.APIError{
		Method:        method,
		Path:          path,
		StatusCode:    resp.StatusCode,
		Code:          strconv.Itoa(env.Status.Code),
		Message:       env.message(),
		CorrelationID: resp.CorrelationID,
	}
	if env.Status.Code == CodeNotFound {
		apiErr.StatusCode = http.StatusNotFound
	}
	return apiErr
}

// decodeError turns a non-2xx answer into an API error: from the envelope when the body is one,
// else from a Spring-style error body or the body text. The transport adds method, path, HTTP
// status and correlation id.
func decodeError(resp *http.Response, body []byte) *transport.APIError {
	var env envelope
	if json.Unmarshal(body, &env) == nil && env.Status.Code != 0 {
		return &transport.APIError{Code: strconv.Itoa(env.Status.Code), Message: env.message()}
	}
	return &transport.APIError{Message: plainMessage(resp.StatusCode, body)}
}

// springError is the body GAuth's Spring framework sends when a request fails before reaching
// the API itself (bad credentials, unknown path) and the OAuth error shape.
type springError struct {
	Message     string `json:"message"`
	Description string `json:"error_description"`
	Error       string `json:"error"`
}

// maxMessageRunes bounds how much of a non-JSON error body (an HTML page from a proxy) is quoted.
const maxMessageRunes = 200

// plainMessage is the best message for an error body that is not a GAuth envelope.
func plainMessage(statusCode int, body []byte) string {
	var spring springError
	if json.Unmarshal(body, &spring) == nil {
		for _, msg := range []string{spring.Message, spring.Description, spring.Error} {
			if msg != "" {
				return msg
			}
		}
		return http.StatusText(statusCode)
	}
	text := []rune(strings.TrimSpace(string(body)))
	if len(text) == 0 {
		return http.StatusText(statusCode)
	}
	if len(text) > maxMessageRunes {
		return string(text[:maxMessageRunes]) + "…"
	}
	return string(text)
}

// idFromPath returns the last segment of a created object's path ("/environments/<id>" gives
// "<id>"), the way the provisioning scripts read it, or "" when there is no path.
func idFromPath(path string) string {
	path = strings.TrimRight(path, "/")
	segment := path[strings.LastIndex(path, "/")+1:]
	if id, err := url.PathUnescape(segment); err == nil {
		return id
	}
	return segment
}

// errNoCreatedID reports a create answer that names no new object.
var errNoCreatedID = errors.New("GAuth answered without the new object's path")

// createdID is the id of an object a create answer reports in its path, else the id the caller
// supplied.
func createdID(env *envelope, requested string) (string, error) {
	if id := idFromPath(env.Path); id != "" {
		return id, nil
	}
	if requested != "" {
		return requested, nil
	}
	return "", errNoCreatedID
}
