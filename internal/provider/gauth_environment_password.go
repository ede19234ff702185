package provider

import (
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/path"
)

// configuredPassword is the Configuration Server password the configuration gives, from
// `password` in the plan or the write-only `password_wo`, which only the configuration holds.
// Every create and update sends it (see Update). The configuration validators require one of the
// two, but a value unknown at plan time may still turn out null at apply; then no body is sent
// that would create an environment without a password, or clear its password on a replacing PUT.
func configuredPassword(plan, config gauthEnvironmentModel, diags *diag.Diagnostics) (string, bool) {
	if p := plan.Password.ValueString(); p != "" {
		return p, true
	}
	if p := config.PasswordWO.ValueString(); p != "" {
		return p, true
	}
	diags.AddAttributeError(path.Root("password"), "Missing Configuration Server Password",
		"password and password_wo are both null at apply time, so the environment was not sent: GAuth may replace "+
			"an environment with what a PUT carries, and a PUT without the password would clear it. Make sure the "+
			"value given to password (or password_wo) is not null, then apply again.")
	return "", false
}
