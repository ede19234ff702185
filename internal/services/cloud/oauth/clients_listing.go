package oauth

import (
	"context"
	"iter"
	"strings"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

// clientFilter is what a listing of the org's OAuth clients keeps: the filters users adopt an
// org with, shared by everything that lists clients for them.
type clientFilter struct {
	NamePrefix string // "" keeps every name; case-sensitive
}

// keeps leaves out, whatever the filter, a client whose delete is propagating: it still shows,
// in state "deleted", for a while (REAL-ORG-BEHAVIOUR R4).
func (f clientFilter) keeps(c *genesyscloud.OAuthClient) bool {
	return c.State != genesyscloud.OAuthClientStateDeleted && strings.HasPrefix(c.Name, f.NamePrefix)
}

// listClients yields the clients f keeps, from the org's listing: the API answers every client in
// one page, so it is one call however many there are.
func listClients(ctx context.Context, c *genesyscloud.Client, f clientFilter) iter.Seq2[*genesyscloud.OAuthClient, error] {
	return kit.OneCall(ctx, c.ListOAuthClients, f.keeps)
}
