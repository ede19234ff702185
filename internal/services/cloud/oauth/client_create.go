package oauth

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// How an OAuth client's create is recognised after an ambiguous failure, and how its secret is
// reset so that the state holds one that works.

// clientKey is how a create of in recognises its client. Client names need not be unique, and
// adopting a client means resetting its secret, which breaks whoever else holds it, so a client
// that appeared under the name after an ambiguous create is taken as its own only when it holds
// the grant type and role grants sent, is not deleted, and was created no earlier than the create was
// sent. Its createdBy is not looked at: nothing public says what it holds for a client-credentials
// caller (REAL-ORG-BEHAVIOUR R7), and with a user's token it names the user. It is then
// PUT to the plan and, as the API shows a secret only in the answer to a create or a reset, its
// secret is reset, so that the state holds one that works.
func (r *cloudOAuthClientResource) clientKey(in genesyscloud.OAuthClientInput) kit.NaturalKey[genesyscloud.OAuthClient] {
	return kit.NaturalKey[genesyscloud.OAuthClient]{
		Kind: "OAuth client", Key: fmt.Sprintf("named %q", in.Name), ResourceType: "genesys_cloud_oauth_client",
		Existing: kit.Holding(oauthClientReads.Of(r.Cloud).Recent, func(cl *genesyscloud.OAuthClient) bool { return cl.Name == in.Name }),
		Lookup: func(ctx context.Context) ([]genesyscloud.OAuthClient, error) {
			return r.Client.FindOAuthClientsByName(ctx, in.Name)
		},
		IDOf: func(cl *genesyscloud.OAuthClient) string { return cl.ID },
		HoldsSent: func(cl *genesyscloud.OAuthClient, sentAt time.Time) bool {
			created, err := time.Parse(time.RFC3339Nano, cl.DateCreated)
			return err == nil && !created.Before(sentAt.Add(-kit.CreateClockSkew)) &&
				cl.AuthorizedGrantType == in.AuthorizedGrantType && cl.State != genesyscloud.OAuthClientStateDeleted &&
				sameRoleDivisions(cl.RoleDivisions, in.RoleDivisions)
		},
		Reconcile: func(ctx context.Context, cl *genesyscloud.OAuthClient) (*genesyscloud.OAuthClient, error) {
			if _, err := r.Client.UpdateOAuthClient(ctx, cl.ID, in); err != nil {
				return nil, err
			}
			return r.resetSecret(ctx, cl.ID)
		},
	}
}

// sameRoleDivisions reports whether two lists hold the same role grants, in any order.
func sameRoleDivisions(a, b []genesyscloud.RoleDivision) bool {
	key := func(rd genesyscloud.RoleDivision) string { return rd.RoleID + "/" + rd.DivisionID }
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		ka[i] = key(a[i])
	}
	for i := range b {
		kb[i] = key(b[i])
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}

// secretResetAttempts is how many times a secret reset that fails ambiguously is sent: each reset
// makes a new secret and voids the one before, so sending it again is safe, and only the answer
// of the last one holds the secret that works.
const secretResetAttempts = 3

// resetSecret resets a client's secret, sending the reset again while it fails ambiguously. The
// retries run on a context that outlives an interrupted apply: the secret in the state may
// already be void, and only a reset that answers gives one that works.
func (r *cloudOAuthClientResource) resetSecret(ctx context.Context, id string) (*genesyscloud.OAuthClient, error) {
	client, err := r.Client.ResetOAuthClientSecret(ctx, id)
	if err == nil || !genesyscloud.OutcomeUnknown(err) {
		return client, err
	}
	retryCtx, cancel := kit.AdoptionContext(ctx)
	defer cancel()
	for attempt := 1; attempt < secretResetAttempts && err != nil && genesyscloud.OutcomeUnknown(err); attempt++ {
		client, err = r.Client.ResetOAuthClientSecret(retryCtx, id)
	}
	return client, err
}
