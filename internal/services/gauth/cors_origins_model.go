package gauth

import (
	"context"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// allLocations is the setting location that applies to every region.
const allLocations = "/"

type gauthCORSOriginsModel struct {
	ID              types.String `tfsdk:"id"`
	ContactCenterID types.String `tfsdk:"contact_center_id"`
	Origins         types.Set    `tfsdk:"origins"`
	Location        types.String `tfsdk:"location"`
}

// toAPI builds the setting. Origins are sorted so that the stored value does not depend on
// Terraform's set order; "shared" is sent as the string "true", as GAuth documents the call.
func (m gauthCORSOriginsModel) toAPI(ctx context.Context) (gauth.Setting, diag.Diagnostics) {
	var origins []string
	diags := m.Origins.ElementsAs(ctx, &origins, false)
	slices.Sort(origins)
	return gauth.Setting{
		Location: m.Location.ValueString(),
		Name:     gauth.CORSOriginsSetting,
		Shared:   gauth.SharedFlag(true),
		Value:    gauth.JoinOrigins(origins),
	}, diags
}

// fromAPI sets every attribute from the stored setting. A value without origins is an empty set,
// never null, so that the configuration (at least one) shows it as drift.
func (m *gauthCORSOriginsModel) fromAPI(ctx context.Context, contactCenterID string, s *gauth.Setting) diag.Diagnostics {
	m.ID = types.StringValue(contactCenterID)
	m.ContactCenterID = types.StringValue(contactCenterID)
	m.Location = types.StringValue(settingLocation(s))
	var diags diag.Diagnostics
	m.Origins, diags = types.SetValueFrom(ctx, types.StringType, gauth.SplitOrigins(s.Value))
	return diags
}

// settingLocation is where a setting applies; GAuth stores a setting posted without one at "/".
func settingLocation(s *gauth.Setting) string {
	if s.Location == "" {
		return allLocations
	}
	return s.Location
}

// findCORSSetting picks the cors-origins setting at location, or nil. An import knows no location
// yet (null): it takes the one for every region, else the first.
func findCORSSetting(settings []gauth.Setting, location types.String) *gauth.Setting {
	var first *gauth.Setting
	for i := range settings {
		s := &settings[i]
		if s.Name != gauth.CORSOriginsSetting {
			continue
		}
		want := location.ValueString()
		if location.IsNull() {
			want = allLocations
		}
		if settingLocation(s) == want {
			return s
		}
		if first == nil {
			first = s
		}
	}
	if location.IsNull() {
		return first
	}
	return nil
}
