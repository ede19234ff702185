package gauth

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthContactCenterModel struct {
	ID            types.String `tfsdk:"id"`
	Domains       types.Set    `tfsdk:"domains"`
	EnvironmentID types.String `tfsdk:"environment_id"`
	Auth          types.String `tfsdk:"auth"`
}

// toAPI builds the whole contact center: PUT merges, so every managed field is always sent. An
// unknown or null id (not chosen by the user) is left for GAuth to generate. Domains are sorted so
// that the body does not depend on Terraform's set order.
func (m gauthContactCenterModel) toAPI(ctx context.Context) (gauth.ContactCenter, diag.Diagnostics) {
	cc := gauth.ContactCenter{
		ID:            m.ID.ValueString(),
		Domains:       []string{},
		EnvironmentID: m.EnvironmentID.ValueString(),
		Auth:          m.Auth.ValueString(),
	}
	diags := m.Domains.ElementsAs(ctx, &cc.Domains, false)
	slices.Sort(cc.Domains)
	return cc, diags
}

// fromAPI sets every attribute from GAuth's view. Domains are never null: a contact center
// without any is an empty set, which the configuration (at least one) then corrects.
func (m *gauthContactCenterModel) fromAPI(ctx context.Context, cc *gauth.ContactCenter) diag.Diagnostics {
	m.ID = types.StringValue(cc.ID)
	m.EnvironmentID = types.StringValue(cc.EnvironmentID)
	m.Auth = types.StringValue(cc.Auth)
	var diags diag.Diagnostics
	m.Domains = kit.SetOf(ctx, cc.Domains, &diags)
	return diags
}

// sameContactCenter reports whether two contact centers hold the same managed fields, domains
// in any order.
func sameContactCenter(a, b gauth.ContactCenter) bool {
	return a.EnvironmentID == b.EnvironmentID && a.Auth == b.Auth && sameDomains(a.Domains, b.Domains)
}

// sameDomains reports whether two lists hold the same tenant domains, in any order.
func sameDomains(a, b []string) bool {
	da, db := slices.Clone(a), slices.Clone(b)
	slices.Sort(da)
	slices.Sort(db)
	return slices.Equal(da, db)
}
