package provider

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// Values that used to reach the APIs are refused at plan, at their attribute, with no API call.
func TestAccProvider_inputRefusedAtPlan(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	role := func(name string) string {
		return env.ProviderConfig() + roleBlock(name)
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
			"  password = \"p\"\n  " + acctest.OneConfigServer + "\n" + body + "\n}\n"
	}
	const code = `name = "Valid"` + "\n" + `authorized_grant_type = "CODE"` + "\n"
	long := strings.Repeat("n", 256)
	cases := []acctest.PlanErrorCase{
		{Name: "role name too long", Config: role(long), Want: acctest.ErrorText(`Attribute name string length must be between 1 and 255`)},
		{Name: "role name only spaces", Config: role("   "), Want: regexp.MustCompile(`Blank Name`)},
		{Name: "role name with a newline", Config: role("Partner\nIntegration"), Want: regexp.MustCompile(`Control Character in Name`)},
		{Name: "OAuth client name with a tab", Config: oauth(`authorized_grant_type = "CODE"` + "\n" +
			`registered_redirect_uris = ["https://app.example.com/cb"]` + "\n" + `name = "Tab\there"`),
			Want: regexp.MustCompile(`Control Character in Name`)},
		{Name: "relative redirect URI", Config: oauth(code + `registered_redirect_uris = ["/callback"]`), Want: regexp.MustCompile(`Invalid Redirect URI`)},
		{Name: "redirect URI of another scheme", Config: oauth(code + `registered_redirect_uris = ["javascript:alert(1)"]`),
			Want: regexp.MustCompile(`Invalid Redirect URI`)},
		{Name: "redirect URI with a fragment", Config: oauth(code + `registered_redirect_uris = ["https://app.example.com/cb#x"]`),
			Want: regexp.MustCompile(`Invalid Redirect URI`)},
		{Name: "unknown Cloud scope", Config: oauth(code + `registered_redirect_uris = ["https://app.example.com/cb"]` + "\n" +
			`scopes = ["users:write"]`), Want: acctest.ErrorText(`must be a Genesys Cloud scope`)},
		{Name: "GAuth client id with a slash", Config: gauthClient(`client_id = "a/b"` + "\n" + `name = "N"`),
			Want: regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{Name: "GAuth client id with a percent sign", Config: gauthClient(`client_id = "a%2Fb"` + "\n" + `name = "N"`),
			Want: regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{Name: "GAuth client id with a question mark", Config: gauthClient(`client_id = "a?b"` + "\n" + `name = "N"`),
			Want: regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{Name: "GAuth client id with a hash", Config: gauthClient(`client_id = "a#b"` + "\n" + `name = "N"`),
			Want: regexp.MustCompile(`must not contain "/", "\?", "#", "%"`)},
		{Name: "GAuth scope other than *", Config: gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" + `scopes = ["openid"]`),
			Want: regexp.MustCompile(`value must be one of: \["\*"\]`)},
		{Name: "GAuth redirect URI not http", Config: gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" + `redirect_uris = ["ftp://x.example.com"]`),
			Want: regexp.MustCompile(`Invalid Redirect URI`)},
		{Name: "GAuth token lifetime out of range", Config: gauthClient(`client_id = "c"` + "\n" + `name = "N"` + "\n" +
			`access_token_expiration_timeout = 2147483648`), Want: acctest.ErrorText(`must be between 1 and 2147483647`)},
		{Name: "GAuth client name only spaces", Config: gauthClient(`client_id = "c"` + "\n" + `name = " "`), Want: regexp.MustCompile(`Blank Name`)},
		{Name: "environment timeout out of range", Config: environment(`app_name = "Cloud"` + "\n" + `tenant = "T"` + "\n" + `remote_timeout = 2147483648`),
			Want: acctest.ErrorText(`must be between 1 and 2147483647`)},
		{Name: "environment tenant with a control character", Config: environment(`app_name = "Cloud"` + "\n" + `tenant = "T\u0007"`),
			Want: regexp.MustCompile(`Control Character in Name`)},
	}
	acctest.CheckPlanErrors(t, env, cases)
}

// A role granted twice in the home division, once without division_id and once naming it, is
// reported at the roles attribute, not as a set that cannot hold both.
func TestAccCloudOAuthClient_duplicateRoleGrant(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	home, err := env.Cloud.HomeDivision(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	acctest.Test(t, resource.TestCase{
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
			ExpectError: acctest.ErrorText(`Duplicate Role Grant`),
		}},
	})
}
