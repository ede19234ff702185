package gauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

type gauthDataCenterModel struct {
	ID         types.String `tfsdk:"id"`
	Location   types.String `tfsdk:"location"`
	EntryPoint types.String `tfsdk:"entry_point"`
	ReadOnly   types.Bool   `tfsdk:"read_only"`
}

func (m gauthDataCenterModel) toAPI() gauth.DataCenter {
	return gauth.DataCenter{
		Location:   m.Location.ValueString(),
		EntryPoint: m.EntryPoint.ValueString(),
		ReadOnly:   m.ReadOnly.ValueBool(),
	}
}

func (m *gauthDataCenterModel) fromAPI(_ context.Context, dc *gauth.DataCenter) diag.Diagnostics {
	m.ID = types.StringValue(dc.ID)
	m.Location = types.StringValue(dc.Location)
	m.EntryPoint = types.StringValue(dc.EntryPoint)
	m.ReadOnly = types.BoolValue(dc.ReadOnly)
	return nil
}
