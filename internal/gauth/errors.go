package gauth

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// GAuth status codes (the envelope's status.code) that callers act on.
const (
	CodeNotFound      = 6  // the object does not exist
	CodeAlreadyExists = 18 // a create collided with an existing object
	CodeInUse         = 19 // a delete was refused because another object references this one
)

// ErrMissingCredentials matches every *MissingCredentialsError with errors.Is.
var ErrMissingCredentials = errors.New("gauth: missing credentials")

// MissingCredentialsError reports a call to an API area that none of the configured credentials
// can authenticate to.
type MissingCredentialsError struct {
	API string // the API area, e.g. "API clients (/auth/v3/ops/clients)"
	// Alternatives lists the setting sets that would each enable the call, most preferred first,
	// e.g. [["client_id","client_secret"],["ops_username","ops_password"]].
	Alternatives [][]string
}

func (e *MissingCredentialsError) Error() string {
	options := make([]string, len(e.Alternatives))
	for i, settings := range e.Alternatives {
		options[i] = strings.Join(settings, " and ")
	}
	return "gauth: calling " + e.API + " needs " + strings.Join(options, ", or ")
}

// Is makes errors.Is(err, ErrMissingCredentials) true.
func (e *MissingCredentialsError) Is(target error) bool {
	return target == ErrMissingCredentials
}

// HasCode reports whether err is a GAuth API error carrying the given status.code.
func HasCode(err error, code int) bool {
	apiErr, ok := transport.AsAPIError(err)
	return ok && apiErr.Code == strconv.Itoa(code)
}

// notFound is the error for an object missing from a list GAuth returned, shaped like GAuth's own
// so that transport.IsNotFound and HasCode(err, CodeNotFound) both hold.
func notFound(path, message string) *transport.APIError {
	return &transport.APIError{
		Method:     http.MethodGet,
		Path:       path,
		StatusCode: http.StatusNotFound,
		Code:       strconv.Itoa(CodeNotFound),
		Message:    message,
	}
}

// APIError is an error answer of GAuth: status, GAuth status code, message.
type APIError = transport.APIError

// AsAPIError returns GAuth's error answer within err, if there is one.
func AsAPIError(err error) (*APIError, bool) { return transport.AsAPIError(err) }

// IsNotFound reports whether err is, or wraps, GAuth's answer that the object does not exist.
func IsNotFound(err error) bool { return transport.IsNotFound(err) }

// OutcomeUnknown reports whether a failed write may nevertheless have been carried out (no
// answer, or a 5xx): what was sent must then be looked up, never resent blindly. A call that
// never left for want of credentials made nothing.
func OutcomeUnknown(err error) bool {
	return !errors.Is(err, ErrMissingCredentials) && transport.OutcomeUnknown(err)
}
