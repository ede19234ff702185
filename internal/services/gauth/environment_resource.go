package gauth

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-validators/resourcevalidator"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var (
	_ kit.Resource                          = (*gauthEnvironmentResource)(nil)
	_ resource.ResourceWithConfigValidators = (*gauthEnvironmentResource)(nil)
)

// NewGAuthEnvironmentResource is the genesys_gauth_environment resource.
func NewGAuthEnvironmentResource() resource.Resource { return newGAuthEnvironmentResource() }

func newGAuthEnvironmentResource() *gauthEnvironmentResource {
	return &gauthEnvironmentResource{kit.GAuthResource{TypeName: "gauth_environment", Import: gauthEnvironmentImport}}
}

type gauthEnvironmentResource struct{ kit.GAuthResource }

// gauthEnvironmentImport takes the environment id; the password stays unknown (see the resource
// description).
func gauthEnvironmentImport(c *gauth.Client) kit.Importer {
	return kit.ImportLookup[gauth.Environment]{
		Kind:   "GAuth environment",
		Get:    c.GetEnvironment,
		FindID: "the id GET /environment/v3/environments lists, or the id attribute of the genesys_gauth_environment data source",
	}
}

func (r *gauthEnvironmentResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = gauthEnvironmentSchema()
	resp.Schema.MarkdownDescription += kit.RecoveryDoc("environment", "with the same id (a random one Terraform chose, unless `id` is set)",
		"holds the tenant, user and application sent", true)
	resp.Schema.MarkdownDescription += undocumentedDeleteDoc("environment")
}

func (r *gauthEnvironmentResource) ConfigValidators(context.Context) []resource.ConfigValidator {
	return []resource.ConfigValidator{
		resourcevalidator.Conflicting(path.MatchRoot("password"), path.MatchRoot("password_wo")),
		kit.SecretRequired{Attr: "password", What: "Configuration Server password"},
	}
}

func (r *gauthEnvironmentResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	defer environmentReads.Of(r.GAuth).Invalidate()
	var plan, config gauthEnvironmentModel
	if !kit.Got(&resp.Diagnostics, kit.GetPlan(ctx, req.Plan, &plan), kit.GetConfig(ctx, req.Config, &config)) {
		return
	}
	// The id is chosen here rather than by GAuth, so that a create whose answer is lost can be
	// recognised by it (see environmentKey).
	if plan.ID.IsUnknown() {
		plan.ID = types.StringValue(kit.RandomUUID())
	}
	in := plan.toAPI(configuredPassword(plan, config))

	created := kit.CreateOnce(ctx, r.GAuth.Creates, r.environmentKey(in), "",
		func(ctx context.Context) (*gauth.Environment, error) {
			id, err := r.Client.CreateEnvironment(ctx, in)
			return &gauth.Environment{ID: id}, err
		}, &resp.Diagnostics)
	if created == nil {
		return
	}
	plan.ID = types.StringValue(created.ID)
	// GAuth answers a create with the new path only; the plan holds every other value.
	kit.SetCreated(ctx, resp, &plan)
}

// environmentKey is how a create of in recognises its environment: by its id, which is unique,
// and which this provider chose at random for the create unless the configuration sets it. An
// environment that appeared under it after an ambiguous create is taken as the create's when it
// holds the tenant and user sent; it is then updated to the plan, password included.
func (r *gauthEnvironmentResource) environmentKey(in gauth.Environment) kit.NaturalKey[gauth.Environment] {
	return kit.NaturalKey[gauth.Environment]{
		Kind: "GAuth environment", Key: fmt.Sprintf("with id %s", in.ID), ResourceType: "genesys_gauth_environment", Unique: true,
		Existing: kit.Holding(environmentReads.Of(r.GAuth).Recent, func(e *gauth.Environment) bool { return e.ID == in.ID }),
		Lookup: func(ctx context.Context) ([]gauth.Environment, error) {
			return kit.LookupByID(ctx, r.Client.GetEnvironment, in.ID)
		},
		IDOf: func(e *gauth.Environment) string { return e.ID },
		HoldsSent: func(e *gauth.Environment, _ time.Time) bool {
			return e.Tenant == in.Tenant && e.Username == in.Username && e.AppName == in.AppName
		},
		Reconcile: func(ctx context.Context, e *gauth.Environment) (*gauth.Environment, error) {
			return e, r.Client.UpdateEnvironment(ctx, e.ID, in)
		},
	}
}

func (r *gauthEnvironmentResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	kit.Read(ctx, req, resp, kit.Reading[gauthEnvironmentModel, gauth.Environment]{
		Kind: "GAuth environment", What: "read environment %s", Window: kit.GAuthConsistencyTimeout,
		Get: environmentReads.Of(r.GAuth).Get, FromAPI: (*gauthEnvironmentModel).fromAPI,
	})
}

func (r *gauthEnvironmentResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	defer environmentReads.Of(r.GAuth).Invalidate()
	var plan, state, config gauthEnvironmentModel
	if !kit.Got(&resp.Diagnostics, kit.GetPlan(ctx, req.Plan, &plan), kit.GetState(ctx, req.State, &state),
		kit.GetConfig(ctx, req.Config, &config)) {
		return
	}
	// The password is sent on every PUT, not only when it changed: no public source says whether
	// GAuth merges a PUT into the environment or replaces the environment with it
	// (REAL-ORG-BEHAVIOUR R8), and a replacing PUT without it would clear the password and cut
	// GAuth off from the Configuration Server. What is sent is the configuration's current value,
	// not a secret kept from an earlier apply, so sending it again is what the configuration asks.
	id := state.ID.ValueString()
	if err := r.Client.UpdateEnvironment(ctx, id, plan.toAPI(configuredPassword(plan, config))); err != nil {
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("update environment %s", id), "", err)
		return
	}
	// The body carried every managed field, password included, so the plan is what GAuth now
	// holds whether it merges or replaces.
	plan.ID = state.ID
	resp.Diagnostics.Append(kit.SetState(ctx, &resp.State, resp.Identity, &plan)...)
}

func (r *gauthEnvironmentResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	defer environmentReads.Of(r.GAuth).Invalidate()
	state, ok := kit.StateOf[gauthEnvironmentModel](ctx, req.State, &resp.Diagnostics)
	if !ok {
		return
	}
	id := state.ID.ValueString()
	err := gauthDelete(ctx, &resp.Diagnostics, "GAuth environment "+id, func(ctx context.Context) error { return r.Client.DeleteEnvironment(ctx, id) },
		listed(r.Client.ListEnvironments, func(e gauth.Environment) string { return e.ID }, id))
	switch {
	case err == nil:
	case gauth.HasCode(err, gauth.CodeInUse):
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete environment %s: a contact center still uses it; "+
			"delete that contact center or point it at another environment first", id), "", err)
	default:
		kit.AddAPIError(&resp.Diagnostics, fmt.Sprintf("delete environment %s", id), "", err)
	}
}
