package kit

import (
	"context"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// What every resource shares about finding out what an ambiguous create did. Objects the API does
// not show yet are consistency.go's.

// postOutcomeUnknown reports whether a failed create may nevertheless have created the object: the
// request got no answer, or a server error that says nothing of what was stored. A POST is never
// resent blindly; the resource looks the object up by its natural key instead. A request that never
// left, for want of credentials or a token, made nothing.
func postOutcomeUnknown(err error) bool {
	return genesyscloud.OutcomeUnknown(err) && gauth.OutcomeUnknown(err)
}

// adoptionReconcileTimeout bounds what follows the lookups after an ambiguous create: making
// the object found match the plan.
const adoptionReconcileTimeout = 30 * time.Second

// AdoptionContext is the context for the lookups that follow an ambiguous create. It outlives
// ctx's cancellation: when Terraform is interrupted during a create, the object may exist all the
// same, and finding it is what keeps it in the state instead of lost.
func AdoptionContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), CreateLookupWindow+adoptionReconcileTimeout)
}
