package provider

import (
	"net"
	"regexp"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
)

// With nothing listening at the configured address (the emulator not started), every read fails
// at once; one error explains what to check and the others only point at it.
func TestAccProvider_unreachableAPIIsExplainedOnce(t *testing.T) {
	t.Parallel()
	ln, err := (&net.ListenConfig{}).Listen(t.Context(), "tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := &acctest.Env{URL: "http://" + ln.Addr().String()}
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	config := closed.ProviderConfig() + `
data "genesys_cloud_division" "home" {
  home = true
}

data "genesys_cloud_role" "admin" {
  name = "admin"
}
`
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config: config,
			ExpectError: regexp.MustCompile(`(?s)Genesys API Unreachable.*(` +
				acctest.ErrorText(`Nothing accepts connections at `+closed.URL+`. Check that the API is up`).String() + `.*` +
				acctest.ErrorText(`either (connection refused). Another error of this run says what to check.`).String() + `|` +
				acctest.ErrorText(`either (connection refused). Another error of this run says what to check.`).String() + `.*` +
				acctest.ErrorText(`Nothing accepts connections at `+closed.URL+`. Check that the API is up`).String() + `)`),
		}},
	})
}
