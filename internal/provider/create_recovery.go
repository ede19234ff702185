package provider

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// What every resource shares about the moments after a create: finding out what an ambiguous
// create did, and objects the API does not show yet.

// postOutcomeUnknown reports whether a failed create may nevertheless have created the object: the
// request got no answer, or a server error that says nothing of what was stored. A POST is never
// resent blindly; the resource looks the object up by its natural key instead. A request that never
// left, for want of credentials or a token, made nothing.
func postOutcomeUnknown(err error) bool {
	apiErr, ok := transport.AsAPIError(err)
	if !ok {
		var tokenErr *transport.TokenError
		return !errors.Is(err, gauth.ErrMissingCredentials) && !errors.As(err, &tokenErr)
	}
	return apiErr.StatusCode >= http.StatusInternalServerError
}

// adoptionReconcileTimeout bounds what follows the lookups after an ambiguous create: making
// the object found match the plan.
const adoptionReconcileTimeout = 30 * time.Second

// adoptionContext is the context for the lookups that follow an ambiguous create. It outlives
// ctx's cancellation: when Terraform is interrupted during a create, the object may exist all the
// same, and finding it is what keeps it in the state instead of lost.
func adoptionContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), createLookupWindow+adoptionReconcileTimeout)
}

// visibilityWindow is how long after its create an object may still answer 404, as an eventually
// consistent service may. A 404 within it is retried; after it, a 404 means the object is gone.
const visibilityWindow = 5 * time.Second

// Backoff between reads of an object not visible yet.
const (
	visibilityRetryFirst = 100 * time.Millisecond
	visibilityRetryMax   = time.Second
)

// privateCreatedAt is the private-state key under which Create records when it made the object,
// so that the Read that follows knows a 404 may only mean "not visible yet".
const privateCreatedAt = "created_at"

// privateState is the part of the framework's private state (resp.Private, req.Private) used here.
type privateState interface {
	GetKey(ctx context.Context, key string) ([]byte, diag.Diagnostics)
	SetKey(ctx context.Context, key string, value []byte) diag.Diagnostics
}

// markCreated records in the private state that the object was created now.
func markCreated(ctx context.Context, private privateState) diag.Diagnostics {
	stamp, err := json.Marshal(time.Now().UTC())
	if err != nil {
		return nil // a time always encodes; without the mark a Read merely does not wait
	}
	return private.SetKey(ctx, privateCreatedAt, stamp)
}

// getAfterCreate reads an object for Read. Right after its create (within visibilityWindow of the
// time markCreated recorded) a 404 is retried until the window closes; on any other refresh the
// first 404 is final, so an object deleted outside Terraform leaves the state at once.
func getAfterCreate[T any](ctx context.Context, private privateState, get func(context.Context, string) (T, error), id string) (T, error) {
	var deadline time.Time
	if raw, _ := private.GetKey(ctx, privateCreatedAt); raw != nil {
		var created time.Time
		if json.Unmarshal(raw, &created) == nil {
			deadline = created.Add(visibilityWindow)
		}
	}
	return getUntilVisible(ctx, deadline, get, id)
}

// getUntilVisible calls get until it answers anything but a 404, or until deadline, with a short
// backoff. A deadline in the past makes it a single call.
func getUntilVisible[T any](ctx context.Context, deadline time.Time, get func(context.Context, string) (T, error), id string) (T, error) {
	wait := visibilityRetryFirst
	for {
		v, err := get(ctx, id)
		if !transport.IsNotFound(err) || !time.Now().Add(wait).Before(deadline) {
			return v, err
		}
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return v, err
		case <-timer.C:
		}
		wait = min(2*wait, visibilityRetryMax)
	}
}
