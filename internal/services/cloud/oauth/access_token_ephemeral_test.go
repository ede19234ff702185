package oauth_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// accessTokenConfig signs in as a client and proves in a check block that it can.
func accessTokenConfig(clientID, secret string) string {
	return `
ephemeral "genesys_cloud_access_token" "partner" {
  client_id     = ` + clientID + `
  client_secret = ` + secret + `
}

check "partner_signs_in" {
  assert {
    condition     = length(ephemeral.genesys_cloud_access_token.partner.access_token) > 0
    error_message = "The partner's client cannot sign in."
  }
}
`
}

// Not parallel: TF_ACC_TEMP_DIR puts terraform's working directories, state and saved plans
// included, where the test searches them.
func TestAccCloudAccessTokenEphemeral(t *testing.T) {
	workDirs := t.TempDir()
	t.Setenv("TF_ACC_TEMP_DIR", workDirs)
	env := acctest.NewEnv(t, emulator.Options{})
	emu := env.Emulator(t) // the tokens it issued are what the test searches for
	var clientID string
	config := acctest.OauthConfig(env, "Handed over", 3600, "") +
		accessTokenConfig("genesys_cloud_oauth_client.test.id", "genesys_cloud_oauth_client.test.secret")
	storedNowhere := acctest.CheckFunc(func() error { return checkTokensStoredNowhere(t, emu, clientID, workDirs) })
	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: acctest.NeedsEphemeralResources,
		Steps: []resource.TestStep{
			{
				// A client handed over in the same run as it is created: the token is fetched at apply.
				Config: config,
				Check:  resource.ComposeAggregateTestCheckFunc(acctest.CaptureID(acctest.OauthAddr, &clientID), storedNowhere),
			},
			{
				// The next plan signs in again, with the client known: that token is in no plan either.
				Config:           config,
				ConfigPlanChecks: acctest.ExpectPlan(plancheck.ExpectEmptyPlan(), tokensNotInPlan{emu: emu, clientID: &clientID}),
				Check:            storedNowhere,
			},
		},
	})
}

// tokensNotInPlan fails when the plan, as JSON, holds a token the emulator issued to the client.
type tokensNotInPlan struct {
	emu      *emulator.Server
	clientID *string
}

func (c tokensNotInPlan) CheckPlan(_ context.Context, req plancheck.CheckPlanRequest, resp *plancheck.CheckPlanResponse) {
	plan, err := json.Marshal(req.Plan)
	if err != nil {
		resp.Error = err
		return
	}
	tokens := c.emu.IssuedCloudTokens(*c.clientID)
	if len(tokens) < 2 {
		resp.Error = fmt.Errorf("the emulator issued %d tokens to %s, want a second one for this plan", len(tokens), *c.clientID)
		return
	}
	for _, token := range tokens {
		if strings.Contains(string(plan), token) {
			resp.Error = fmt.Errorf("a token of %s is in the plan", *c.clientID)
		}
	}
}

// A wrong secret is an error that names the client, not a silent check warning; for a client this
// run did not create, at once.
func TestAccCloudAccessTokenEphemeral_refused(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.Test(t, resource.TestCase{
		TerraformVersionChecks: acctest.NeedsEphemeralResources,
		Steps: []resource.TestStep{
			{
				Config:      env.ProviderConfig() + accessTokenConfig(fmt.Sprintf("%q", emulator.DefaultOptions().CloudClientID), `"not-the-secret"`),
				ExpectError: acctest.ErrorPhrases(`OAuth Client Cannot Sign In`, `invalid_client`),
			},
		},
	})
}

// checkTokensStoredNowhere finds the tokens the emulator issued to the client (at least one: the
// ephemeral resource signed in) and searches every file under workDirs, terraform's working
// directories with their state and saved plans, for each.
func checkTokensStoredNowhere(t *testing.T, emu *emulator.Server, clientID, workDirs string) error {
	t.Helper()
	tokens := emu.IssuedCloudTokens(clientID)
	if len(tokens) == 0 {
		t.Fatalf("the emulator issued no token to %s: the ephemeral resource never signed in", clientID)
	}
	searched := 0
	err := filepath.WalkDir(workDirs, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, string(filepath.Separator)+".terraform"+string(filepath.Separator)) {
			return err
		}
		data, err := os.ReadFile(path) //nolint:gosec // G304: the test's own working directory
		if err != nil {
			return err
		}
		searched++
		for _, token := range tokens {
			if strings.Contains(string(data), token) {
				t.Errorf("a token of %s is stored in %s", clientID, path)
			}
		}
		return nil
	})
	if err == nil && searched == 0 {
		t.Fatalf("no file under %s: the search proves nothing", workDirs)
	}
	t.Logf("searched %d files for %d tokens", searched, len(tokens))
	return err
}
