package kit

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// SecretRequired refuses a configuration that gives a user-chosen secret neither as attr nor as
// its write-only twin attr_wo. The API never returns such a secret, so an imported object, and
// the block `terraform plan -generate-config-out` writes for it (attr = null), cannot supply one:
// the error says what to write instead of the generic "exactly one of" message. Both set at
// once is resourcevalidator.Conflicting's to report.
type SecretRequired struct {
	Attr string // "client_secret"
	What string // "GAuth API client secret", for the messages
}

var _ resource.ConfigValidator = SecretRequired{}

func (v SecretRequired) Description(context.Context) string {
	return fmt.Sprintf("%s or %s_wo must be set", v.Attr, v.Attr)
}

func (v SecretRequired) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v SecretRequired) ValidateResource(ctx context.Context, req resource.ValidateConfigRequest, resp *resource.ValidateConfigResponse) {
	var plain, writeOnly types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(v.Attr), &plain)...)
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root(v.Attr+"_wo"), &writeOnly)...)
	if resp.Diagnostics.HasError() || !plain.IsNull() || !writeOnly.IsNull() {
		return // set, or not known until apply
	}
	resp.Diagnostics.AddAttributeError(path.Root(v.Attr), "Missing "+titleCase(v.What),
		fmt.Sprintf("GAuth never returns the %[1]s, so the configuration must give it: set %[2]s (from a sensitive variable), "+
			"or %[2]s_wo together with %[2]s_wo_version (Terraform 1.11 or later). A block written by "+
			"terraform plan -generate-config-out has %[2]s = null: replace null with the secret, which the next apply sends.",
			v.What, v.Attr))
}
