package gauth

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var (
	_ kit.Resource                          = (*gauthClientResource)(nil)
	_ resource.ResourceWithConfigValidators = (*gauthClientResource)(nil)
)

// NewGAuthClientResource is the genesys_gauth_client resource.
func NewGAuthClientResource() resource.Resource { return newGAuthClientResource() }

func newGAuthClientResource() *gauthClientResource {
	return &gauthClientResource{kit.GAuthResource{TypeName: "gauth_client", Import: gauthClientImport}}
}

type gauthClientResource struct{ kit.GAuthResource }

// gauthClientImport takes the client_id (or the client's name); the secret stays unknown (see the
// resource description).
func gauthClientImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.APIClient]{
		Kind:   "GAuth API client",
		Get:    c.GetClient,
		Key:    "name",
		ByKey:  kit.ListedBy(c.ListClients, func(cl *gauth.APIClient, name string) bool { return cl.Name == name }),
		IDOf:   func(cl *gauth.APIClient) string { return cl.ClientID },
		FindID: "its client_id, as GET /auth/v3/ops/clients lists it",
	}
}

func (r *gauthClientResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthClientSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("client", "with the same `client_id`", "holds the name sent", true)
}

func (r *gauthClientResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.Conflicting(path.MatchRoot("client_secret"), path.MatchRoot("client_secret_wo")),
		kit.SecretRequired{Attr: "client_secret", What: "GAuth API client secret"},
	}
}

func (r *gauthClientResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer gauthClientReads.Of(r.GAuth).Invalidate()
	var plan, config gauthClientModel
	if !kit.Got(&resp.Diagnostics, kit.GetPlan(ctx, req.Plan, &plan), kit.GetConfig(ctx, req.Config, &config)) {
		return
	}
	// The write-only secret exists only in the configuration; the plan always has it null.
	secret := plan.ClientSecret.ValueString()
	if secret == "" {
		secret = config.ClientSecretWO.ValueString()
	}
	in, diags := plan.toAPI(ctx, secret)
	if !kit.Got(&resp.Diagnostics, diags) {
		return
	}

	created := kit.CreateOnce(ctx, r.GAuth.Creates, r.clientKey(ctx, plan, in, secret), "",
		func(ctx context.Context) (*gauth.APIClient, error) { return r.Client.CreateClient(ctx, in) }, &resp.Diagnostics)
	if created == nil {
		return
	}
	resp.Diagnostics.Append(plan.fromAPI(ctx, created)...)
	kit.SetCreated(ctx, resp, &plan)
}

// clientKey is how a create of the planned client recognises it: client ids are unique in GAuth.
// GAuth never shows the secret, so a client that appeared under the id after an ambiguous create
// is taken as its own when it holds the name sent and, when GAuth shows its creation time, was
// created no earlier than the create was sent; it is then updated to the plan, secret included.
// in is the create's body.
func (r *gauthClientResource) clientKey(ctx context.Context, plan gauthClientModel, in gauth.APIClient, secret string) kit.NaturalKey[gauth.APIClient] {
	id := plan.ClientID.ValueString()
	return kit.NaturalKey[gauth.APIClient]{
		Kind: "GAuth API client", Key: fmt.Sprintf("with client_id %q", id), ResourceType: "genesys_gauth_client", Unique: true,
		Existing: kit.Holding(gauthClientReads.Of(r.GAuth).Recent, func(cl *gauth.APIClient) bool { return cl.ClientID == id }),
		Lookup: func(ctx context.Context) ([]gauth.APIClient, error) {
			return kit.LookupByID(ctx, r.Client.GetClient, id)
		},
		IDOf: func(cl *gauth.APIClient) string { return cl.ClientID },
		HoldsSent: func(cl *gauth.APIClient, sentAt time.Time) bool {
			return cl.Name == plan.Name.ValueString() &&
				(cl.CreatedAt == 0 || !time.UnixMilli(cl.CreatedAt).Before(sentAt.Add(-kit.CreateClockSkew)))
		},
		Reconcile: func(lookupCtx context.Context, cl *gauth.APIClient) (*gauth.APIClient, error) {
			update, diags := plan.toUpdate(ctx, secret)
			if diags.HasError() {
				return nil, fmt.Errorf("the planned client cannot be sent: %v", diags)
			}
			if err := r.Client.UpdateClient(lookupCtx, id, update); err != nil {
				return nil, err
			}
			// The update carried every managed field and GAuth merges it: the client is what was sent.
			return &in, nil
		},
	}
}

func (r *gauthClientResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[gauthClientModel, gauth.APIClient]{
		Kind: "GAuth API client", What: "read API client %q", Window: kit.GAuthConsistencyTimeout,
		Get: gauthClientReads.Of(r.GAuth).Get, FromAPI: (*gauthClientModel).fromAPI,
	})
}

func (r *gauthClientResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer gauthClientReads.Of(r.GAuth).Invalidate()
	var plan, state, config gauthClientModel
	if !kit.Got(&resp.Diagnostics, kit.GetPlan(ctx, req.Plan, &plan), kit.GetState(ctx, req.State, &state),
		kit.GetConfig(ctx, req.Config, &config)) {
		return
	}
	secret := kit.ChangedSecret(plan.ClientSecret, state.ClientSecret, config.ClientSecretWO,
		plan.ClientSecretWOVersion, state.ClientSecretWOVersion)
	update, diags := plan.toUpdate(ctx, secret)
	if !kit.Got(&resp.Diagnostics, diags) {
		return
	}
	id := state.ID.ValueString()
	if err := r.Client.UpdateClient(ctx, id, update); err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update API client %q", id), "", err)
		return
	}
	// The body carried every managed field and GAuth merges it, so the plan is what GAuth now holds.
	plan.ID = state.ID
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *gauthClientResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer gauthClientReads.Of(r.GAuth).Invalidate()
	state, ok := kit.StateOf[gauthClientModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	if err := r.Client.DeleteClient(ctx, id); err != nil && !gauth.IsNotFound(err) {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete API client %q", id), "", err)
	}
}
