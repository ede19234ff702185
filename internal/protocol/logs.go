package protocol

import "os"

// Environment variables of Terraform and of terraform-plugin-log (tfsdklog, tflog).
const (
	envLog         = "TF_LOG"          // Terraform's log level, for itself and its providers
	envLogProvider = "TF_LOG_PROVIDER" // Terraform's log level for providers
	envLogSDK      = "TF_LOG_SDK"      // the level of terraform-plugin-go and -framework, in the provider
)

// MuteUnreadLogs turns off, for the rest of the process, the logging of the plugin SDKs and of
// providerLogEnv (the provider's own, TF_LOG_PROVIDER_<NAME>) when Terraform runs the provider and
// discards what it logs: Terraform keeps a provider's log lines only under TF_LOG or
// TF_LOG_PROVIDER, and without either the provider process still writes every line at trace level
// (the SDKs' default), as JSON for Terraform to parse and drop. Those lines cost about a quarter
// of the provider's CPU time in a plan, and as much again in Terraform.
//
// A level set explicitly, for the SDKs or the provider, stays as it is. Call it only when serving
// Terraform, not in debug mode, where the provider's own output is read.
func MuteUnreadLogs(providerLogEnv string) {
	if os.Getenv(envLog) != "" || os.Getenv(envLogProvider) != "" {
		return
	}
	for _, env := range []string{envLogSDK, providerLogEnv} {
		if _, set := os.LookupEnv(env); !set {
			_ = os.Setenv(env, "off") // cannot fail for these names
		}
	}
}
