package provider

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

var (
	_ resource.ResourceWithConfigure   = (*gauthContactCenterResource)(nil)
	_ resource.ResourceWithImportState = (*gauthContactCenterResource)(nil)
)

// NewGAuthContactCenterResource is the genesys_gauth_contact_center resource.
func NewGAuthContactCenterResource() resource.Resource { return &gauthContactCenterResource{} }

type gauthContactCenterResource struct{ gauthResource }

func (r *gauthContactCenterResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_gauth_contact_center"
}

func (r *gauthContactCenterResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthContactCenterSchema()
	resp.Schema.MarkdownDescription += recoveryDoc("contact center", "with the same id, or without `id` the same domains,",
		"holds exactly the domains, environment and authentication sent", false)
	resp.Schema.MarkdownDescription += undocumentedDeleteDoc("contact center")
}

func (r *gauthContactCenterResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer r.reads.contactCenters.invalidate()
	var plan gauthContactCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	created := createOnce(ctx, &r.reads.creates, r.contactCenterKey(in), "",
		func(ctx context.Context) (*gauth.ContactCenter, error) {
			id, err := r.client.CreateContactCenter(ctx, in)
			return &gauth.ContactCenter{ID: id}, err
		}, &resp.Diagnostics)
	if created == nil {
		return
	}
	// GAuth answers a create with the new path only; the plan holds every other value, and
	// reading back right away could miss an object that is not yet visible.
	plan.ID = types.StringValue(created.ID)
	resp.Diagnostics.Append(markCreated(ctx, resp.Private)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

// contactCenterKey is how a create of in recognises its contact center: by its id when the
// configuration sets one (ids are unique), else by its tenant domains. A contact center that
// appeared after an ambiguous create is taken as the create's only when it holds exactly the
// domains, environment and authentication sent, so nothing is left to reconcile.
func (r *gauthContactCenterResource) contactCenterKey(in gauth.ContactCenter) naturalKey[gauth.ContactCenter] {
	k := naturalKey[gauth.ContactCenter]{
		kind: "GAuth contact center", key: fmt.Sprintf("with domains %q", in.Domains), resourceType: "genesys_gauth_contact_center",
		existing: holding(r.reads.contactCenters.recent, func(cc *gauth.ContactCenter) bool {
			return sameDomains(cc.Domains, in.Domains)
		}),
		lookup: func(ctx context.Context) ([]gauth.ContactCenter, error) {
			all, err := r.client.ListContactCenters(ctx)
			return slices.DeleteFunc(all, func(cc gauth.ContactCenter) bool { return !sameDomains(cc.Domains, in.Domains) }), err
		},
		idOf:      func(cc *gauth.ContactCenter) string { return cc.ID },
		holdsSent: func(cc *gauth.ContactCenter, _ time.Time) bool { return sameContactCenter(*cc, in) },
	}
	if in.ID != "" {
		k.key, k.unique = "with id "+in.ID, true
		k.existing = holding(r.reads.contactCenters.recent, func(cc *gauth.ContactCenter) bool { return cc.ID == in.ID })
		k.lookup = func(ctx context.Context) ([]gauth.ContactCenter, error) {
			return lookupByID(ctx, r.client.GetContactCenter, in.ID)
		}
	}
	return k
}

func (r *gauthContactCenterResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var state gauthContactCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	cc, err := getAfterCreate(ctx, gauthConsistencyTimeout, resp.Private, r.reads.contactCenters.get, state.ID.ValueString())
	if transport.IsNotFound(err) {
		removedOutsideTerraform(ctx, resp, "GAuth contact center", state.ID.ValueString())
		return
	}
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("read contact center %s", state.ID.ValueString()), "", err)
		return
	}
	resp.Diagnostics.Append(state.fromAPI(ctx, cc)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &state)...)
}

func (r *gauthContactCenterResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer r.reads.contactCenters.invalidate()
	var plan, state gauthContactCenterModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	in, diags := plan.toAPI(ctx)
	resp.Diagnostics.Append(diags...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	if err := r.client.UpdateContactCenter(ctx, id, in); err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("update contact center %s", id), "", err)
		return
	}
	plan.ID = state.ID
	resp.Diagnostics.Append(resp.State.Set(ctx, &plan)...)
}

func (r *gauthContactCenterResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer r.reads.contactCenters.invalidate()
	var state gauthContactCenterModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	id := state.ID.ValueString()
	err := gauthDelete(ctx, &resp.Diagnostics, "GAuth contact center "+id,
		func(ctx context.Context) error { return r.client.DeleteContactCenter(ctx, id) },
		listed(r.client.ListContactCenters, func(cc gauth.ContactCenter) string { return cc.ID }, id))
	if err != nil {
		addAPIError(&resp.Diagnostics, fmt.Sprintf("delete contact center %s", id), "", err)
	}
}

func (r *gauthContactCenterResource) ImportState(ctx context.Context, req resource.ImportStateRequest, resp *resource.ImportStateResponse) {
	gauthContactCenterImport(r.client).importState(ctx, r.client != nil, req, resp)
}
