package emulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// GAuth error status codes (CONTRACT.md B.1). The v3 service reuses the numeric catalogue of the
// Genesys Web Services API; only the codes the emulator answers with are listed. Success is 0, the
// zero value of gauthStatus.Code.
const (
	gauthCodeMissing         = 1  // required parameter missing, or a body that cannot be read
	gauthCodeInvalidState    = 2  // parameter not valid for the current state (a dangling reference)
	gauthCodeForbidden       = 3  // forbidden
	gauthCodeNoPermission    = 5  // authenticated, but not allowed
	gauthCodeNotFound        = 6  // resource not found
	gauthCodeInvalidValue    = 10 // input validation error
	gauthCodeReadOnly        = 11 // read-only property change (an id in a PUT body)
	gauthCodeExists          = 18 // resource already exists
	gauthCodeInUse           = 19 // resource in use
	gauthCodeUnauthenticated = 20 // not authenticated
)

// gauthHTTPStatus maps a non-zero status code onto the HTTP status the emulator answers with [I].
func gauthHTTPStatus(code int) int {
	switch code {
	case gauthCodeMissing, gauthCodeInvalidState, gauthCodeInvalidValue, gauthCodeReadOnly:
		return http.StatusBadRequest
	case gauthCodeUnauthenticated:
		return http.StatusUnauthorized
	case gauthCodeForbidden, gauthCodeNoPermission:
		return http.StatusForbidden
	case gauthCodeNotFound:
		return http.StatusNotFound
	case gauthCodeExists, gauthCodeInUse:
		return http.StatusConflict
	default: // 4, internal error, and anything unmapped
		return http.StatusInternalServerError
	}
}

// gauthStatus is the status object every GAuth response carries; code 0 means success.
type gauthStatus struct {
	Code    int    `json:"code"`
	Message string `json:"message,omitempty"`
}

// gauthEnvelope is the GAuth response envelope (ApiResponse).
type gauthEnvelope struct {
	Status gauthStatus `json:"status"`
	Path   string      `json:"path,omitempty"`
	Data   any         `json:"data,omitempty"`
}

// gauthReply is what a GAuth handler answers: the HTTP status, a body to encode as JSON, and extra headers.
type gauthReply struct {
	status int
	body   any
	header http.Header
}

// gauthOK answers 200 with data in the envelope; a nil data leaves the data field out.
func gauthOK(data any) gauthReply {
	return gauthReply{status: http.StatusOK, body: gauthEnvelope{Data: data}}
}

// gauthCreated answers a create with the path of the new resource, as the service does.
func gauthCreated(path string) gauthReply {
	return gauthReply{status: http.StatusOK, body: gauthEnvelope{Path: path}}
}

// gauthFail answers an error envelope with the HTTP status that belongs to its code.
func gauthFail(code int, format string, args ...any) gauthReply {
	return gauthReply{
		status: gauthHTTPStatus(code),
		body:   gauthEnvelope{Status: gauthStatus{Code: code, Message: fmt.Sprintf(format, args...)}},
	}
}

// gauthDecodeData reads a {"data": {...}} request body into dst. It answers code 1 for a body that
// is not JSON or has no data object, and code 10 for a field of the wrong type.
func gauthDecodeData(body []byte, dst any) (gauthReply, bool) {
	var req struct {
		Data json.RawMessage `json:"data"`
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return gauthFail(gauthCodeMissing, "request body is required"), false
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return gauthFail(gauthCodeMissing, "request body is not valid JSON: %v", err), false
	}
	data := strings.TrimSpace(string(req.Data))
	if data == "" || data == "null" {
		return gauthFail(gauthCodeMissing, "data is required"), false
	}
	if !strings.HasPrefix(data, "{") {
		return gauthFail(gauthCodeMissing, "data must be an object"), false
	}
	if err := json.Unmarshal(req.Data, dst); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return gauthFail(gauthCodeInvalidValue, "%s must be of type %s", typeErr.Field, typeErr.Type), false
		}
		return gauthFail(gauthCodeMissing, "data is not valid: %v", err), false
	}
	return gauthReply{}, true
}

// gauthValidID reports whether a caller-chosen id can be used as a path segment.
func gauthValidID(id string) bool {
	return id != "" && !strings.ContainsAny(id, "/?#% \t\r\n")
}

// gauthOrEmpty keeps list fields as [] rather than null in responses.
func gauthOrEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// gauthSetIf copies *v into *dst when the request sent the field (v is not nil).
func gauthSetIf[T any](dst, v *T) {
	if v != nil {
		*dst = *v
	}
}
