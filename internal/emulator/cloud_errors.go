package emulator

import (
	"fmt"
	"net/http"
	"strings"
)

// errorBody is the Genesys Cloud ErrorBody sent on every non-2xx /api/v2 answer (CONTRACT A.1).
// The SDKs fail on a non-JSON error body, so every error goes through this type.
type errorBody struct {
	Message           string            `json:"message"`
	Code              string            `json:"code"`
	Status            int               `json:"status"`
	MessageWithParams string            `json:"messageWithParams,omitempty"`
	MessageParams     map[string]string `json:"messageParams"`
	ContextID         string            `json:"contextId"`
	Details           []errorDetail     `json:"details"`
	Errors            []errorBody       `json:"errors"`
}

// errorDetail names the field an error is about.
type errorDetail struct {
	ErrorCode string `json:"errorCode,omitempty"`
	FieldName string `json:"fieldName,omitempty"`
}

// reply lets a handler return an error as its answer: return errNotFound().reply().
func (e *errorBody) reply() (int, any) { return e.Status, e }

func newCloudError(status int, code, message string) *errorBody {
	return &errorBody{
		Message:       message,
		Code:          code,
		Status:        status,
		MessageParams: map[string]string{},
		Details:       []errorDetail{},
		Errors:        []errorBody{},
	}
}

func errNotFound() *errorBody {
	return newCloudError(http.StatusNotFound, "not.found", "The requested resource was not found.")
}

func errBadRequest(message string) *errorBody {
	return newCloudError(http.StatusBadRequest, "bad.request", message)
}

// errMalformed answers a body or query the emulator could not parse.
func errMalformed() *errorBody {
	return errBadRequest("The request could not be understood by the server due to malformed syntax.")
}

// errInvalidValue reports a value outside its enum or range, with the catalogue's message template.
func errInvalidValue(field, value, allowed string) *errorBody {
	e := newCloudError(http.StatusBadRequest, "invalid.value",
		fmt.Sprintf("Value [%s] is not valid for field type [%s]. Allowable values are: %s", value, field, allowed))
	e.MessageWithParams = "Value [{value}] is not valid for field type [{field}]. Allowable values are: {allowed}"
	e.MessageParams = map[string]string{"value": value, "field": field, "allowed": allowed}
	e.Details = []errorDetail{{ErrorCode: "invalid.value", FieldName: field}}
	return e
}

// errTooManyRequests is the 429 of a per-token budget of limit requests per window.
func errTooManyRequests(limit int, window int) *errorBody {
	e := newCloudError(http.StatusTooManyRequests, "too.many.requests",
		fmt.Sprintf("Rate limit exceeded the maximum [%d] requests within [%d] seconds", limit, window))
	e.MessageWithParams = "Rate limit exceeded the maximum [{limit}] requests within [{window}] seconds"
	e.MessageParams = map[string]string{"limit": fmt.Sprint(limit), "window": fmt.Sprint(window)}
	return e
}

// cloudErrorCodes is the standard status → code catalogue, used when the cause is only a status
// (injected faults).
var cloudErrorCodes = map[int]string{
	http.StatusBadRequest:          "bad.request",
	http.StatusUnauthorized:        "bad.credentials",
	http.StatusForbidden:           "not.authorized",
	http.StatusNotFound:            "not.found",
	http.StatusConflict:            "conflict",
	http.StatusTooManyRequests:     "too.many.requests",
	http.StatusInternalServerError: "internal.server.error",
	http.StatusBadGateway:          "bad.gateway",
	http.StatusServiceUnavailable:  "service.unavailable",
	http.StatusGatewayTimeout:      "request.timeout",
}

// errForStatus is the generic error body of a status.
func errForStatus(status int) *errorBody {
	code, ok := cloudErrorCodes[status]
	if !ok {
		code = strings.ReplaceAll(strings.ToLower(http.StatusText(status)), " ", ".")
	}
	return newCloudError(status, code, http.StatusText(status))
}
