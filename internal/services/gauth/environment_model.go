package gauth

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

type gauthEnvironmentModel struct {
	ID                 types.String             `tfsdk:"id"`
	Username           types.String             `tfsdk:"username"`
	Password           types.String             `tfsdk:"password"`
	PasswordWO         types.String             `tfsdk:"password_wo"`
	PasswordWOVersion  types.Int64              `tfsdk:"password_wo_version"`
	ConnectionProtocol types.String             `tfsdk:"connection_protocol"`
	LocalTimeout       types.Int64              `tfsdk:"local_timeout"`
	RemoteTimeout      types.Int64              `tfsdk:"remote_timeout"`
	AppName            types.String             `tfsdk:"app_name"`
	Tenant             types.String             `tfsdk:"tenant"`
	TLSEnabled         types.Bool               `tfsdk:"tls_enabled"`
	TraceMode          types.String             `tfsdk:"trace_mode"`
	ConfigServers      []gauthConfigServerModel `tfsdk:"config_servers"`
}

type gauthConfigServerModel struct {
	PrimaryAddress types.String `tfsdk:"primary_address"`
	PrimaryPort    types.Int64  `tfsdk:"primary_port"`
	BackupAddress  types.String `tfsdk:"backup_address"`
	BackupPort     types.Int64  `tfsdk:"backup_port"`
	ReadOnly       types.Bool   `tfsdk:"read_only"`
	Locations      types.String `tfsdk:"locations"`
}

// toAPI builds the create and update body with every managed field, so that the environment is
// what the plan says whether GAuth merges a PUT or replaces the environment with it. password is
// the configured one (configuredPassword), sent on every create and update.
func (m gauthEnvironmentModel) toAPI(password string) gauth.Environment {
	e := gauth.Environment{
		ID:                 m.ID.ValueString(),
		Username:           m.Username.ValueString(),
		Password:           password,
		ConnectionProtocol: m.ConnectionProtocol.ValueString(),
		LocalTimeout:       m.LocalTimeout.ValueInt64(),
		RemoteTimeout:      m.RemoteTimeout.ValueInt64(),
		TraceMode:          m.TraceMode.ValueString(),
		AppName:            m.AppName.ValueString(),
		Tenant:             m.Tenant.ValueString(),
		TLSEnabled:         m.TLSEnabled.ValueBool(),
		ConfigServers:      make([]gauth.ConfigServer, 0, len(m.ConfigServers)),
	}
	for _, cs := range m.ConfigServers {
		e.ConfigServers = append(e.ConfigServers, gauth.ConfigServer{
			PrimaryAddress: cs.PrimaryAddress.ValueString(),
			PrimaryPort:    cs.PrimaryPort.ValueInt64(),
			BackupAddress:  cs.BackupAddress.ValueString(),
			BackupPort:     cs.BackupPort.ValueInt64(),
			ReadOnly:       cs.ReadOnly.ValueBool(),
			Locations:      cs.Locations.ValueString(),
		})
	}
	return e
}

// fromAPI sets every attribute GAuth reports. The password attributes are left alone: GAuth never
// returns the password. A missing backup pair or location (empty in GAuth) is null, as in a
// configuration that omits it.
func (m *gauthEnvironmentModel) fromAPI(_ context.Context, e *gauth.Environment) diag.Diagnostics {
	m.ID = types.StringValue(e.ID)
	m.Username = types.StringValue(e.Username)
	m.ConnectionProtocol = types.StringValue(e.ConnectionProtocol)
	m.LocalTimeout = types.Int64Value(e.LocalTimeout)
	m.RemoteTimeout = types.Int64Value(e.RemoteTimeout)
	m.AppName = types.StringValue(e.AppName)
	m.Tenant = types.StringValue(e.Tenant)
	m.TLSEnabled = types.BoolValue(e.TLSEnabled)
	m.TraceMode = types.StringValue(e.TraceMode)
	m.ConfigServers = configServersFromAPI(e.ConfigServers)
	return nil
}

// configServersFromAPI converts the environment's servers for the resource and the data source.
func configServersFromAPI(servers []gauth.ConfigServer) []gauthConfigServerModel {
	out := make([]gauthConfigServerModel, 0, len(servers))
	for _, cs := range servers {
		backupPort := types.Int64Null()
		if cs.BackupPort != 0 {
			backupPort = types.Int64Value(cs.BackupPort)
		}
		out = append(out, gauthConfigServerModel{
			PrimaryAddress: types.StringValue(cs.PrimaryAddress),
			PrimaryPort:    types.Int64Value(cs.PrimaryPort),
			BackupAddress:  kit.OptionalString(cs.BackupAddress),
			BackupPort:     backupPort,
			ReadOnly:       types.BoolValue(cs.ReadOnly),
			Locations:      kit.OptionalString(cs.Locations),
		})
	}
	return out
}
