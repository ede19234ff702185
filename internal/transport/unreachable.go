package transport

import (
	"errors"
	"net/url"
	"syscall"
)

// UnreachableError is a call that reached no server: the connection to its host was refused,
// so no request was received. It wraps the network error.
type UnreachableError struct {
	URL string // the API's base URL
	// Repeat is set when the same Client already returned an UnreachableError: a caller
	// reporting many failed calls can explain the cause once and keep the others short.
	Repeat bool
	Err    error
}

func (e *UnreachableError) Error() string { return e.Err.Error() }

func (e *UnreachableError) Unwrap() error { return e.Err }

// AsUnreachable returns the *UnreachableError in err's chain, if any.
func AsUnreachable(err error) (*UnreachableError, bool) {
	var u *UnreachableError
	if errors.As(err, &u) {
		return u, true
	}
	return nil, false
}

// isConnectionRefused reports a dial that the host refused: nothing listens on that port.
func isConnectionRefused(err error) bool {
	return errors.Is(err, syscall.ECONNREFUSED)
}

// refusedByLoopback reports a connection refused by a loopback address. Retrying it only makes
// the user wait: nothing listens there (typically genesys-emulator is not running, or runs on
// another port), and nothing on this machine will start listening within the retries' seconds.
// A remote host refusing may be restarting behind its load balancer, so that one is retried.
func refusedByLoopback(err error) bool {
	var urlErr *url.Error
	if !isConnectionRefused(err) || !errors.As(err, &urlErr) {
		return false
	}
	u, parseErr := url.Parse(urlErr.URL)
	return parseErr == nil && isLoopback(u.Hostname())
}
