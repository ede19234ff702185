package gauth

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ kit.Resource = (*gauthContactCenterResource)(nil)

// NewGAuthContactCenterResource is the genesys_gauth_contact_center resource.
func NewGAuthContactCenterResource() resource.Resource { return newGAuthContactCenterResource() }

func newGAuthContactCenterResource() *gauthContactCenterResource {
	return &gauthContactCenterResource{kit.GAuthResource{TypeName: "gauth_contact_center", Import: gauthContactCenterImport}}
}

type gauthContactCenterResource struct{ kit.GAuthResource }

// gauthContactCenterImport takes the contact center id or one of its domains.
func gauthContactCenterImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.ContactCenter]{
		Kind: "GAuth contact center",
		Get:  c.GetContactCenter,
		Key:  "domain",
		ByKey: kit.ListedBy(c.ListContactCenters, func(cc *gauth.ContactCenter, domain string) bool {
			return slices.Contains(cc.Domains, domain)
		}),
		IDOf:   func(cc *gauth.ContactCenter) string { return cc.ID },
		FindID: "the contact center id (CCID), or the id attribute of the genesys_gauth_contact_center data source",
	}
}

func (r *gauthContactCenterResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthContactCenterSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("contact center", "with the same id, or without `id` the same domains,",
		"holds exactly the domains, environment and authentication sent", false)
	resp.Schema.MarkdownDescription += undocumentedDeleteDoc("contact center")
}

func (r *gauthContactCenterResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer contactCenterReads.Of(r.GAuth).Invalidate()
	plan, in, ok := kit.Planned(ctx, req.Plan, gauthContactCenterModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}
	created := kit.CreateOnce(ctx, r.GAuth.Creates, r.contactCenterKey(in), "",
		func(ctx context.Context) (*gauth.ContactCenter, error) {
			id, err := r.Client.CreateContactCenter(ctx, in)
			return &gauth.ContactCenter{ID: id}, err
		}, &resp.Diagnostics)
	if created == nil {
		return
	}
	// GAuth answers a create with the new path only; the plan holds every other value, and
	// reading back right away could miss an object that is not yet visible.
	plan.ID = types.StringValue(created.ID)
	kit.SetCreated(ctx, resp, &plan)
}

// contactCenterKey is how a create of in recognises its contact center: by its id when the
// configuration sets one (ids are unique), else by its tenant domains. A contact center that
// appeared after an ambiguous create is taken as the create's only when it holds exactly the
// domains, environment and authentication sent, so nothing is left to reconcile.
func (r *gauthContactCenterResource) contactCenterKey(in gauth.ContactCenter) kit.NaturalKey[gauth.ContactCenter] {
	k := kit.NaturalKey[gauth.ContactCenter]{
		Kind: "GAuth contact center", Key: fmt.Sprintf("with domains %q", in.Domains), ResourceType: "genesys_gauth_contact_center",
		Existing: kit.Holding(contactCenterReads.Of(r.GAuth).Recent, func(cc *gauth.ContactCenter) bool {
			return sameDomains(cc.Domains, in.Domains)
		}),
		Lookup: func(ctx context.Context) ([]gauth.ContactCenter, error) {
			all, err := r.Client.ListContactCenters(ctx)
			return slices.DeleteFunc(all, func(cc gauth.ContactCenter) bool { return !sameDomains(cc.Domains, in.Domains) }), err
		},
		IDOf:      func(cc *gauth.ContactCenter) string { return cc.ID },
		HoldsSent: func(cc *gauth.ContactCenter, _ time.Time) bool { return sameContactCenter(*cc, in) },
	}
	if in.ID != "" {
		k.Key, k.Unique = "with id "+in.ID, true
		k.Existing = kit.Holding(contactCenterReads.Of(r.GAuth).Recent, func(cc *gauth.ContactCenter) bool { return cc.ID == in.ID })
		k.Lookup = func(ctx context.Context) ([]gauth.ContactCenter, error) {
			return kit.LookupByID(ctx, r.Client.GetContactCenter, in.ID)
		}
	}
	return k
}

func (r *gauthContactCenterResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[gauthContactCenterModel, gauth.ContactCenter]{
		Kind: "GAuth contact center", What: "read contact center %s", Window: kit.GAuthConsistencyTimeout,
		Get: contactCenterReads.Of(r.GAuth).Get, FromAPI: (*gauthContactCenterModel).fromAPI,
	})
}

func (r *gauthContactCenterResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer contactCenterReads.Of(r.GAuth).Invalidate()
	plan, state, in, ok := kit.PlannedUpdate(ctx, req, gauthContactCenterModel.toAPI, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	if err := r.Client.UpdateContactCenter(ctx, id, in); err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update contact center %s", id), "", err)
		return
	}
	plan.ID = state.ID
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *gauthContactCenterResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer contactCenterReads.Of(r.GAuth).Invalidate()
	state, ok := kit.StateOf[gauthContactCenterModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	err := gauthDelete(ctx, &resp.Diagnostics, "GAuth contact center "+id,
		func(ctx context.Context) error { return r.Client.DeleteContactCenter(ctx, id) },
		listed(r.Client.ListContactCenters, func(cc gauth.ContactCenter) string { return cc.ID }, id))
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete contact center %s", id), "", err)
	}
}
