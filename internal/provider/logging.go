package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-log/tflog"
)

// httpSubsystem is the tflog subsystem of API traffic: TF_LOG_PROVIDER_GENESYS_HTTP=TRACE shows it alone.
const httpSubsystem = "http"

// httpLogger adapts the API clients' logger onto tflog. The clients redact credentials and secrets
// before logging; the masks here are a second line of defence for the same keys.
type httpLogger struct{}

func (httpLogger) Debug(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemDebug(httpContext(ctx), httpSubsystem, msg, fields)
}

func (httpLogger) Trace(ctx context.Context, msg string, fields map[string]any) {
	tflog.SubsystemTrace(httpContext(ctx), httpSubsystem, msg, fields)
}

func httpContext(ctx context.Context) context.Context {
	ctx = tflog.NewSubsystem(ctx, httpSubsystem)
	return tflog.SubsystemMaskFieldValuesWithFieldKeys(ctx, httpSubsystem,
		"Authorization", "authorization", "secret", "client_secret", "password", "access_token", "refresh_token")
}
