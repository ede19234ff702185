package gauth

// configuredPassword is the Configuration Server password the configuration gives, from
// `password` in the plan or the write-only `password_wo`, which only the configuration holds.
// Every create and update sends it (see Update). It is never empty: the kit.SecretRequired validator
// refuses a configuration without either, at plan time and again at apply time once every value
// is known, so no environment is created, or PUT, without its password.
func configuredPassword(plan, config gauthEnvironmentModel) string {
	if !plan.Password.IsNull() {
		return plan.Password.ValueString()
	}
	return config.PasswordWO.ValueString()
}
