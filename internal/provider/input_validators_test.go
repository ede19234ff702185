package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// Values that used to reach the APIs are refused at plan, at their attribute, with no API call.
func TestAccProvider_inputRefusedAtPlan(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	role := func(name string) string {
		return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_role" "test" {
  name = %q
}
`, name)
	}
	oauth := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_cloud_oauth_client\" \"test\" {\n" + body + "\n}\n"
	}
	gauthClient := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_gauth_client\" \"test\" {\n  client_secret = \"s\"\n" +
			"  authorized_grant_types = [\"client_credentials\"]\n" + body + "\n}\n"
	}
	environment := func(body string) string {
		return env.ProviderConfig() + "resource \"genesys_gauth_environment\" \"test\" {\n  username = \"default\"\n" +
			"  password = \"p\"\n  " + OneConfigServer + "\n" + body + "\n}\n"
	}
	const code = `name = "Valid"` + "\n" + `authorized_grant_type = "CODE"` + "\n"
	long := strings.Repeat("n", 256)
	cases := []PlanErrorCase{
		{"role name too long", role(long), ErrorText(`Attribute name string length must be between 1 and 255`)},
		{"role name only spaces", role("   "), regexp.MustCompile(`Blank Name`)},
		{"role name with a newline", role("Partner\nIntegration"), regexp.MustCompile(`Control Character in Name`)},
		{"OAuth client name with a tab", oauth(`authorized_grant_type = "CODE"` + "\n" +
			`registered_redirect_uris = ["https://app.example.com/cb"]` + "\n" + `name = "Tab\there"`),
			regexp.MustCompile(`Control Character in Name`)},
		{"relative redirect URI", oauth(code + `registered_redirect_uris = ["/callback"]`), regexp.MustCompile(`Invalid Redirect URI`)},
		{"redirect URI of another scheme", oauth(code + `registered_redirect_uris = ["javascript:alert(1)"]`),
			regexp.MustCompile(`Invalid Redirect URI`)},
		{"redirect URI with a fragment", oauth(code + `registered_redirect_uris = ["https://app.example.com/cb#x"]`),
			regexp.MustCompile(`Invalid Redirect URI`)},
		{"unknown Cloud scope", oauth(code + `registered_redirect_uris = ["https://app.example.com/cb"]` + "\n" +
			`scopes = ["users:write"]`), ErrorText(`must be a Genesys Cloud scope`)},
		{"GAuth client id with a slash", gauthClient(`client_id = "a/b"` + "\n" + `name = "N"`),
			regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{"GAuth client id with a percent sign", gauthClient(`client_id = "a%2Fb"` + "\n" + `name = "N"`),
			regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{"GAuth client id with a question mark", gauthClient(`client_id = "a?b"` + "\n" + `name = "N"`),
			regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{"GAuth client id with a hash", gauthClient(`client_id = "a#b"` + "\n" + `name = "N"`),
			regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{"GAuth scope other than *", gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" + `scopes = ["openid"]`),
			regexp.MustCompile(`value must be one of: \["\*"\]`)},
		{"GAuth redirect URI not http", gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" + `redirect_uris = ["ftp://x.example.com"]`),
			regexp.MustCompile(`Invalid Redirect URI`)},
		{"GAuth token lifetime out of range", gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" +
			`access_token_expiration_timeout = 2147483648`), ErrorText(`must be between 1 and 2147483647`)},
		{"GAuth client name only spaces", gauthClient(`client_id = "c"` + "\n" + `name = " "`), regexp.MustCompile(`Blank Name`)},
		{"environment timeout out of range", environment(`app_name = "Cloud"` + "\n" + `tenant = "T"` + "\n" + `remote_timeout = 2147483648`),
			ErrorText(`must be between 1 and 2147483647`)},
		{"environment tenant with a control character", environment(`app_name = "Cloud"` + "\n" + `tenant = "T\u0007"`),
			regexp.MustCompile(`Control Character in Name`)},
	}
	CheckPlanErrors(t, env, cases)
}

// A role granted twice in the home division, once without division_id and once naming it, is
// reported at the roles attribute, not as a set that cannot hold both.
func TestAccCloudOAuthClient_duplicateRoleGrant(t *testing.T) {
	t.Parallel()
	env := NewEnv(t, emulator.Options{})
	home, err := env.Cloud.HomeDivision(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	resource.Test(t, resource.TestCase{
		ProtoV6ProviderFactories: testProviderFactories,
		Steps: []resource.TestStep{{
			Config: env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_cloud_oauth_client" "test" {
  name                  = "Twice"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  roles = [
    { role_id = %[1]q },
    { role_id = %[1]q, division_id = %[2]q },
  ]
}
`, emulator.CloudEmployeeRoleID, home.ID),
			PlanOnly:    true,
			ExpectError: ErrorText(`Duplicate Role Grant`),
		}},
	})
}
