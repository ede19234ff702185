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

var _ kit.Resource = (*gauthDataCenterResource)(nil)

// NewGAuthDataCenterResource is the genesys_gauth_data_center resource.
func NewGAuthDataCenterResource() resource.Resource { return newGAuthDataCenterResource() }

func newGAuthDataCenterResource() *gauthDataCenterResource {
	return &gauthDataCenterResource{kit.GAuthResource{TypeName: "gauth_data_center", Import: gauthDataCenterImport}}
}

type gauthDataCenterResource struct{ kit.GAuthResource }

// gauthDataCenterImport takes the data center id or its location.
func gauthDataCenterImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.DataCenter]{
		Kind:   "GAuth data center",
		Get:    c.GetDataCenter,
		Key:    "location",
		ByKey:  kit.FoundBy(c.FindDataCenterByLocation),
		IDOf:   func(dc *gauth.DataCenter) string { return dc.ID },
		FindID: "the id GET /environment/v3/data-centers lists",
	}
}

func (r *gauthDataCenterResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthDataCenterSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("data center", "for the same location", "holds the entry point and read-only flag sent", true)
	resp.Schema.MarkdownDescription += undocumentedDeleteDoc("data center")
}

func (r *gauthDataCenterResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer dataCenterReads.Of(r.GAuth).Invalidate()
	var plan gauthDataCenterModel
	if !kit.Got(&resp.Diagnostics, kit.GetPlan(ctx, req.Plan, &plan)) {
		return
	}
	in := plan.toAPI()
	created := kit.CreateOnce(ctx, r.GAuth.Creates, r.dataCenterKey(in), "",
		func(ctx context.Context) (*gauth.DataCenter, error) {
			id, err := r.Client.CreateDataCenter(ctx, in)
			return &gauth.DataCenter{ID: id}, err
		}, &resp.Diagnostics)
	if created == nil {
		return
	}
	// The plan holds every value but the id; reading back right away could miss an object that is
	// not yet visible.
	plan.ID = types.StringValue(created.ID)
	kit.SetCreated(ctx, resp, &plan)
}

// dataCenterKey is how a create of in recognises its data center: by its location, unique in
// GAuth. A data center that appeared there after an ambiguous create is taken as the create's only
// when it holds exactly the entry point and read-only flag sent, so nothing is left to reconcile.
func (r *gauthDataCenterResource) dataCenterKey(in gauth.DataCenter) kit.NaturalKey[gauth.DataCenter] {
	return kit.NaturalKey[gauth.DataCenter]{
		Kind: "GAuth data center", Key: fmt.Sprintf("for location %q", in.Location), ResourceType: "genesys_gauth_data_center",
		Unique:   true,
		Existing: kit.Holding(dataCenterReads.Of(r.GAuth).Recent, func(dc *gauth.DataCenter) bool { return dc.Location == in.Location }),
		Lookup: func(ctx context.Context) ([]gauth.DataCenter, error) {
			all, err := r.Client.ListDataCenters(ctx)
			return slices.DeleteFunc(all, func(dc gauth.DataCenter) bool { return dc.Location != in.Location }), err
		},
		IDOf: func(dc *gauth.DataCenter) string { return dc.ID },
		HoldsSent: func(dc *gauth.DataCenter, _ time.Time) bool {
			return dc.EntryPoint == in.EntryPoint && dc.ReadOnly == in.ReadOnly
		},
	}
}

func (r *gauthDataCenterResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[gauthDataCenterModel, gauth.DataCenter]{
		Kind: "GAuth data center", What: "read data center %s", Window: kit.GAuthConsistencyTimeout,
		Get: dataCenterReads.Of(r.GAuth).Get, FromAPI: (*gauthDataCenterModel).fromAPI,
	})
}

func (r *gauthDataCenterResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer dataCenterReads.Of(r.GAuth).Invalidate()
	plan, state, ok := kit.PlanAndState[gauthDataCenterModel](ctx, req, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	if err := r.Client.UpdateDataCenter(ctx, id, plan.toAPI()); err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update data center %q", plan.Location.ValueString()), "", err)
		return
	}
	plan.ID = state.ID
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *gauthDataCenterResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer dataCenterReads.Of(r.GAuth).Invalidate()
	state, ok := kit.StateOf[gauthDataCenterModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	err := gauthDelete(ctx, &resp.Diagnostics, fmt.Sprintf("GAuth data center %q (%s)", state.Location.ValueString(), id),
		func(ctx context.Context) error { return r.Client.DeleteDataCenter(ctx, id) },
		listed(r.Client.ListDataCenters, func(dc gauth.DataCenter) string { return dc.ID }, id))
	if err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete data center %q", state.Location.ValueString()), "", err)
	}
}
