package genesyscloud

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// ErrorBody is the JSON document Genesys Cloud returns with every non-2xx status.
type ErrorBody struct {
	Message   string        `json:"message,omitempty"`
	Code      string        `json:"code,omitempty"`
	Status    int           `json:"status,omitempty"`
	ContextID string        `json:"contextId,omitempty"`
	Details   []ErrorDetail `json:"details,omitempty"`
	Errors    []ErrorBody   `json:"errors,omitempty"`
}

// ErrorDetail names the field or entity an error is about.
type ErrorDetail struct {
	ErrorCode  string `json:"errorCode,omitempty"`
	FieldName  string `json:"fieldName,omitempty"`
	EntityID   string `json:"entityId,omitempty"`
	EntityName string `json:"entityName,omitempty"`
}

// DecodeError turns a Genesys Cloud error response into an *APIError carrying the service's
// code, message and correlation id (contextId). It returns nil for a body that is not an
// ErrorBody (a proxy's error page), which the transport then reports as text.
func DecodeError(_ *http.Response, body []byte) *transport.APIError {
	var eb ErrorBody
	if err := json.Unmarshal(body, &eb); err != nil || (eb.Message == "" && eb.Code == "") {
		return nil
	}
	return &transport.APIError{Code: eb.Code, Message: eb.describe(), CorrelationID: eb.ContextID}
}

// describe is the message followed by the fields and nested errors it names, which is where
// Genesys Cloud says which policy or value of a large body it rejected.
func (eb ErrorBody) describe() string {
	var parts []string
	if eb.Message != "" {
		parts = append(parts, eb.Message)
	}
	for _, d := range eb.Details {
		switch {
		case d.FieldName != "" && d.ErrorCode != "":
			parts = append(parts, d.FieldName+": "+d.ErrorCode)
		case d.FieldName != "" || d.ErrorCode != "":
			parts = append(parts, d.FieldName+d.ErrorCode)
		}
	}
	for _, nested := range eb.Errors {
		if msg := nested.describe(); msg != "" && msg != eb.Message {
			parts = append(parts, msg)
		}
	}
	return strings.Join(parts, "; ")
}

// IsNotFound reports whether err is, or wraps, a 404 from the API or a lookup that found nothing.
func IsNotFound(err error) bool {
	return transport.IsNotFound(err)
}

// notFound reports a lookup by name that matched nothing as a 404, so callers handle it like
// a missing id.
func notFound(path, format string, args ...any) error {
	return &transport.APIError{
		Method:     http.MethodGet,
		Path:       path,
		StatusCode: http.StatusNotFound,
		Code:       "not.found",
		Message:    fmt.Sprintf(format, args...),
	}
}

// RefusedRole returns the role a 400 names as not existing ("Role [id] does not exist."): a role
// deleted a moment ago, or created too recently for the service to know it yet.
func RefusedRole(err error) (roleID string, ok bool) {
	apiErr, isAPI := transport.AsAPIError(err)
	if !isAPI || apiErr.StatusCode != http.StatusBadRequest {
		return "", false
	}
	rest, found := strings.CutPrefix(apiErr.Message, "Role [")
	if !found {
		return "", false
	}
	roleID, _, found = strings.Cut(rest, "] does not exist")
	return roleID, found && roleID != ""
}

// APIError is an error answer of the API: status, Genesys error code, message, correlation id.
type APIError = transport.APIError

// AsAPIError returns the API's error answer within err, if there is one.
func AsAPIError(err error) (*APIError, bool) { return transport.AsAPIError(err) }

// OutcomeUnknown reports whether a failed write may nevertheless have been carried out (no
// answer, or a 5xx): what was sent must then be looked up, never resent blindly.
func OutcomeUnknown(err error) bool { return transport.OutcomeUnknown(err) }
