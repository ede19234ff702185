package acctest

import (
	"context"
	"fmt"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

// OtherSetting stands for the settings of a contact center that the CORS resource must leave alone.
var OtherSetting = gauth.Setting{Location: "/", Name: "session-timeout", Shared: gauth.SharedFlag(false), Value: "3600"}

func CorsConfig(env *Env, ccid string, origins ...string) string {
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_cors_origins" "test" {
  contact_center_id = %[1]q
  origins           = [%[2]s]
}
`, ccid, QuoteList(origins))
}

// CheckCORSSetting asks GAuth for the cors-origins setting: value exactly as want, at location
// "/", shared, and the contact center's other setting untouched.
func (e *Env) CheckCORSSetting(ccid, want string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		settings, err := e.GAuth.ListSettings(context.Background(), ccid)
		if err != nil {
			return err
		}
		cors := corsSettingForEveryRegion(settings)
		if cors == nil || cors.Value != want || !cors.Shared.Bool() {
			return fmt.Errorf("GAuth holds settings %+v, want cors-origins %q shared at /", settings, want)
		}
		return e.CheckOtherSettingKept(settings)
	}
}

// CheckCORSDestroyed checks that destroy removed the cors-origins setting and nothing else.
func (e *Env) CheckCORSDestroyed(ccid string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		settings, err := e.GAuth.ListSettings(context.Background(), ccid)
		if err != nil {
			return err
		}
		if _, err := e.GAuth.GetSetting(context.Background(), ccid, gauth.CORSOriginsSetting); !transport.IsNotFound(err) {
			return fmt.Errorf("cors-origins still set after destroy: %+v", settings)
		}
		return e.CheckOtherSettingKept(settings)
	}
}

func (e *Env) CheckOtherSettingKept(settings []gauth.Setting) error {
	for _, s := range settings {
		if s.Name == OtherSetting.Name && s.Value == OtherSetting.Value && s.Location == OtherSetting.Location {
			return nil
		}
	}
	return fmt.Errorf("the contact center's %s setting is gone or changed: %+v", OtherSetting.Name, settings)
}

// CheckNoCORSSetting checks that the contact center has no cors-origins setting left.
func (e *Env) CheckNoCORSSetting(ccid string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if _, err := e.GAuth.GetSetting(context.Background(), ccid, gauth.CORSOriginsSetting); !transport.IsNotFound(err) {
			return fmt.Errorf("cors-origins setting still there (err %w)", err)
		}
		return nil
	}
}

// corsSettingForEveryRegion picks the cors-origins setting at location "/" (GAuth may leave the
// location out for it), or nil.
func corsSettingForEveryRegion(settings []gauth.Setting) *gauth.Setting {
	for i := range settings {
		if s := &settings[i]; s.Name == gauth.CORSOriginsSetting && (s.Location == "/" || s.Location == "") {
			return s
		}
	}
	return nil
}
